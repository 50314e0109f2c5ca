/**
 * Look-ups by id, built once per dataset: views call them for every value, so a linear search
 * would make a dataset with many sources or places cost quadratic time.
 */
import type { Dataset } from "./load.js";
import type { Fact, Place, Source, Theme } from "./schema.js";

export interface DatasetIndex {
  themes: ReadonlyMap<string, Theme>;
  places: ReadonlyMap<string, Place>;
  sources: ReadonlyMap<string, Source>;
  facts: ReadonlyMap<string, Fact>;
  /** A theme's order, the section number of its locators. */
  order: ReadonlyMap<string, number>;
}

const cache = new WeakMap<Dataset, DatasetIndex>();

function byId<T extends { id: string }>(items: readonly T[]): Map<string, T> {
  const map = new Map<string, T>();
  for (const item of items) if (!map.has(item.id)) map.set(item.id, item);
  return map;
}

/** The dataset's items by id (the first of an id, as a linear search finds it). */
export function datasetIndex(dataset: Dataset): DatasetIndex {
  let index = cache.get(dataset);
  if (!index) {
    index = {
      themes: byId(dataset.themes),
      places: byId(dataset.places),
      sources: byId(dataset.sources),
      facts: byId(dataset.facts),
      order: new Map(dataset.themes.map((t) => [t.id, t.order])),
    };
    cache.set(dataset, index);
  }
  return index;
}
