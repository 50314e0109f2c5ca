/**
 * The bundled dataset. The build (scripts/build.mjs) and the tests validate these files against
 * the schema, so a normal run trusts them and does not pay for validating them again.
 */
import article from "../../data/article.json" with { type: "json" };
import supplement from "../../data/supplement.json" with { type: "json" };
import type { Dataset } from "./load.js";
import type { DatasetFile } from "./schema.js";

export const BUNDLED_FILES = ["data/article.json", "data/supplement.json"] as const;

function trusted(file: unknown): DatasetFile {
  const f = file as Partial<DatasetFile>;
  return { sources: f.sources ?? [], themes: f.themes ?? [], places: f.places ?? [], facts: f.facts ?? [] };
}

let cached: Dataset | undefined;

/** The bundled files, parsed and trusted, to merge user files onto. */
export function bundledFiles(): { file: string; data: DatasetFile }[] {
  return [
    { file: BUNDLED_FILES[0], data: trusted(article) },
    { file: BUNDLED_FILES[1], data: trusted(supplement) },
  ];
}

export function bundledDataset(): Dataset {
  if (cached) return cached;
  const files = bundledFiles().map((f) => f.data);
  const dataset: Dataset = {
    sources: files.flatMap((f) => f.sources),
    themes: files.flatMap((f) => f.themes).sort((a, b) => a.order - b.order),
    places: files.flatMap((f) => f.places),
    facts: files.flatMap((f) => f.facts),
  };
  cached = dataset;
  return dataset;
}
