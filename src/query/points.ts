/**
 * The values of a quantity as points: those the source states, and those it implies, derived
 * here from a stated relative change and the value at its other end. All arithmetic on figures
 * lives in src/query; renderers only lay out what these functions return.
 */
import type { Change, Locator, Qualifier, QuantityFact, Text, Value } from "../dataset/schema.js";
import { decimals, halfUnit, round } from "./decimal.js";

export interface Derivation {
  /** The formula with the stated inputs, e.g. "44 / (1 − 0.51)". */
  formula: string;
  /** The range the true value lies in, given that each input is rounded as stated. */
  interval: { low: number; high: number };
  /** The unrounded result. */
  exact: number;
  /** The stated change it comes from. */
  change: Change;
  /** The stated value it comes from. */
  input: Value;
  /** Which end was missing: "from" divides the later value by (1 + rate), "to" multiplies. */
  missing: "from" | "to";
  /** The stated relative change as a fraction: −0.51. */
  rate: number;
}

export interface Point {
  /** The year the value refers to (a date's year, a period's last year); absent for "as of publication". */
  year?: number;
  date?: string;
  period?: { from: number; to: number };
  asOfPublication?: true;
  approximate?: true;
  yearInferred?: true;
  yearNote?: Text;
  /** A status reached by this date ("by the end of 2020"), not an event of it. */
  asOf?: true;
  value: number;
  qualifier?: Qualifier;
  place?: string;
  category?: Text;
  /** The figure as the source writes it (stated values only). */
  stated?: string;
  derived?: Derivation;
  source: Locator;
}

export function pointYear(v: Pick<Value, "year" | "date" | "period">): number | undefined {
  if (v.year !== undefined) return v.year;
  if (v.date !== undefined) return Number(v.date.slice(0, 4));
  return v.period?.to;
}

/**
 * Written out key by key: on Node 20, properties added after a spread (`{ ...v, year }`) cost
 * about a microsecond each, which a file of 100,000 facts feels.
 */
function fromValue(v: Value): Point {
  return {
    year: pointYear(v),
    date: v.date,
    period: v.period,
    asOfPublication: v.asOfPublication,
    approximate: v.approximate,
    yearInferred: v.yearInferred,
    yearNote: v.yearNote,
    asOf: v.asOf,
    value: v.value,
    qualifier: v.qualifier,
    place: v.place,
    category: v.category,
    stated: v.stated,
    source: v.source,
    // Every field of a value: one added to the schema and not here fails to compile.
  } satisfies Record<keyof Value | "year", unknown>;
}

/** A point of a plain time series: a single year, no breakdown by place or category. */
function isSeriesValue(v: Value): boolean {
  return v.period === undefined && v.asOfPublication === undefined && v.place === undefined && v.category === undefined;
}

function fraction(percent: number): number {
  return round(percent / 100, decimals(percent) + 2);
}

function minus(n: number): string {
  return String(n).replace("-", "−");
}

/**
 * Derive the missing end of a stated change from the value at the other end.
 * from = to / (1 + r), to = from × (1 + r); the interval takes every combination of the inputs'
 * rounding bounds. Hedged changes or values ("more than 25%") derive nothing.
 */
export function derive(change: Change, known: Value, missing: "from" | "to"): Derivation {
  const r = fraction(change.percent);
  const hr = halfUnit(change.percent) / 100;
  const v = known.value;
  const hv = halfUnit(v);
  const f = (value: number, rate: number) => (missing === "from" ? value / (1 + rate) : value * (1 + rate));
  const exact = f(v, r);
  const corners = [f(v - hv, r - hr), f(v - hv, r + hr), f(v + hv, r - hr), f(v + hv, r + hr)];
  const places = decimals(v) + 1;
  const sign = r < 0 ? "−" : "+";
  const formula =
    missing === "from" ? `${minus(v)} / (1 ${sign} ${Math.abs(r)})` : `${minus(v)} × (1 ${sign} ${Math.abs(r)})`;
  return {
    formula,
    interval: { low: round(Math.min(...corners), places), high: round(Math.max(...corners), places) },
    exact,
    change,
    input: known,
    missing,
    rate: r,
  };
}

/** The points a quantity's stated changes imply (see `derive`), in the order of its changes. */
export function derivedPoints(fact: QuantityFact): Point[] {
  const out: Point[] = [];
  if (!fact.changes?.length) return out;
  const series = fact.values.filter(isSeriesValue);
  const at = (year: number) => series.find((v) => pointYear(v) === year);
  for (const change of fact.changes) {
    if (change.qualifier) continue;
    const from = at(change.from);
    const to = at(change.to);
    if (from && to) continue;
    const known = from ?? to;
    if (!known || known.qualifier) continue;
    const missing = from ? "to" : "from";
    const d = derive(change, known, missing);
    out.push({
      year: missing === "from" ? change.from : change.to,
      value: round(d.exact, decimals(known.value) + 1),
      derived: d,
      source: change.source,
    });
  }
  return out;
}

const pointsOf = new WeakMap<QuantityFact, readonly Point[]>();

/**
 * Every point of a quantity, stated and derived, ordered by year (undated last). Worked out once
 * per fact (facts are not changed once loaded; a run asks for the same fact's points many times).
 */
export function points(fact: QuantityFact): readonly Point[] {
  const known = pointsOf.get(fact);
  if (known) return known;
  const out = fact.values.map(fromValue);
  for (const p of derivedPoints(fact)) out.push(p);
  out.sort((a, b) => (a.year ?? 9999) - (b.year ?? 9999));
  pointsOf.set(fact, out);
  return out;
}

/**
 * The point of the time series nearest to `year` among the years `allowed`, within `tolerance`
 * years: the year itself if it has a point (a stated one before a derived one), else the closest
 * year, the earlier of two as close; among points of the same year, the first of `points` order.
 * The same as searching `seriesPoints(fact)`, without building a point for every value.
 */
export function nearestPoint(
  fact: QuantityFact,
  derived: readonly Point[],
  year: number,
  allowed: (y: number) => boolean,
  tolerance: number,
): Point | undefined {
  let exact: Value | undefined;
  let best: Value | undefined;
  let bestYear = 0;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const v of fact.values) {
    if (!isSeriesValue(v)) continue;
    const y = pointYear(v);
    if (y === undefined || !allowed(y)) continue;
    if (y === year) {
      exact = v;
      break;
    }
    const d = Math.abs(y - year);
    if (d <= tolerance && (d < bestDistance || (d === bestDistance && y < bestYear))) {
      best = v;
      bestYear = y;
      bestDistance = d;
    }
  }
  if (exact) return fromValue(exact);
  // Derived points come after stated ones of the same year: they win only a strictly better place.
  let bestDerived: Point | undefined;
  for (const p of derived) {
    const y = p.year as number;
    if (!allowed(y)) continue;
    if (y === year) return p;
    const d = Math.abs(y - year);
    if (d <= tolerance && (d < bestDistance || (d === bestDistance && y < bestYear))) {
      bestDerived = p;
      bestYear = y;
      bestDistance = d;
    }
  }
  return bestDerived ?? (best ? fromValue(best) : undefined);
}

/** Points that form a time series (one value a year, no breakdown), for comparisons and charts. */
export function seriesPoints(fact: QuantityFact): Point[] {
  return points(fact).filter(
    (p) => p.year !== undefined && !p.period && !p.asOfPublication && p.place === undefined && !p.category,
  );
}
