/**
 * The timeline: every dated event, and every stated value with a year or a date, in date order.
 * Dates keep the source's precision (2014, 2017-09, 2019-01-11). Within a year, a date known to
 * the day comes before one known to the month, which comes before one known only by its year
 * (a yearly figure describes the year as a whole, so it stands at the year's end).
 */
import { datasetIndex } from "../dataset/ids.js";
import type { Dataset } from "../dataset/load.js";
import type { EventFact, QuantityFact, Value } from "../dataset/schema.js";

export type TimelineEntry =
  | { kind: "event"; date: string; approximate: boolean; fact: EventFact }
  | { kind: "value"; date: string; approximate: boolean; fact: QuantityFact; value: Value };

export interface TimelineOptions {
  theme?: string;
  kind?: "event" | "value";
}

/** A sort key for an ISO date at any precision: missing month or day sorts after the known ones. */
export function dateKey(date: string): number {
  const [y = 0, m = 13, d = 32] = date.split("-").map(Number);
  return y * 10_000 + m * 100 + d;
}

export function timeline(dataset: Dataset, options: TimelineOptions = {}): TimelineEntry[] {
  const { order } = datasetIndex(dataset);
  const entries: TimelineEntry[] = [];
  for (const fact of dataset.facts) {
    if (options.theme && fact.theme !== options.theme) continue;
    if (fact.kind === "event") {
      if (options.kind !== "value")
        entries.push({ kind: "event", date: fact.date, approximate: fact.approximate === true, fact });
      continue;
    }
    if (options.kind === "event") continue;
    for (const value of fact.values) {
      const date = value.date ?? (value.year !== undefined ? String(value.year) : undefined);
      if (date === undefined) continue; // periods and "as of publication" have no single date
      entries.push({ kind: "value", date, approximate: value.approximate === true, fact, value });
    }
  }
  // A stable sort: ties keep data order. Each entry's keys are worked out once, not at every comparison.
  const keyed = entries.map((entry) => ({
    entry,
    date: dateKey(entry.date),
    kind: entry.kind === "event" ? 0 : 1,
    theme: order.get(entry.fact.theme) ?? 0,
  }));
  keyed.sort((a, b) => a.date - b.date || a.kind - b.kind || a.theme - b.theme);
  return keyed.map((k) => k.entry);
}
