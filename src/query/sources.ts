/** What each source contributes: the facts, values and stated changes that cite it. */
import type { Dataset } from "../dataset/load.js";
import type { Source } from "../dataset/schema.js";

export interface Contribution {
  source: Source;
  /** Ids of the facts citing the source, in data order. */
  facts: string[];
  /** Stated values citing it. */
  values: number;
  /** Stated changes citing it. */
  changes: number;
  /** Dated events citing it. */
  events: number;
}

export function contributions(dataset: Dataset): Contribution[] {
  const by = new Map<string, Contribution>(
    dataset.sources.map((source) => [source.id, { source, facts: [], values: 0, changes: 0, events: 0 }]),
  );
  const cite = (ref: string, factId: string) => {
    const c = by.get(ref);
    // A fact's citations all come while it is read: it is listed already only if it was listed last.
    if (c && c.facts[c.facts.length - 1] !== factId) c.facts.push(factId);
    return c;
  };
  for (const fact of dataset.facts) {
    if (fact.kind === "event") {
      const c = cite(fact.source.ref, fact.id);
      if (c) c.events++;
      continue;
    }
    for (const v of fact.values) {
      const c = cite(v.source.ref, fact.id);
      if (c) c.values++;
    }
    for (const ch of fact.changes ?? []) {
      const c = cite(ch.source.ref, fact.id);
      if (c) c.changes++;
    }
  }
  return [...by.values()];
}
