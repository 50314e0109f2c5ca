/** Compare every quantity between two years: values at each end, absolute, relative and annual change. */
import type { Dataset } from "../dataset/load.js";
import type { Change, Qualifier, QuantityFact } from "../dataset/schema.js";
import { UNITS } from "../dataset/units.js";
import { decimals, round } from "./decimal.js";
import { derivedPoints, nearestPoint, type Point, points } from "./points.js";

/**
 * How far from the requested year an end may be taken, when the source has no figure for it: one
 * year, so that a row never reaches outside `from − 1` … `to + 1` (the years asked for are the
 * years shown, give or take a marked year).
 */
export const BASELINE_TOLERANCE = 1;
/** The tolerance of earlier versions: quantities it would have compared and the rule above leaves out are counted. */
const LOOSE_TOLERANCE = 2;

export interface CompareOptions {
  from: number;
  to: number;
  theme?: string;
}

export interface CompareEnd {
  requestedYear: number;
  point: Point;
  /** The source gives this end for another year than the one asked for. */
  substituted: boolean;
}

export type Direction = "improved" | "worsened" | "unchanged" | "up" | "down";

export interface CompareChange {
  absolute: number | null;
  /** A fraction: −0.51 for −51%. */
  relative: number | null;
  /** For shares: the change in percentage points. */
  percentagePoints: number | null;
  /** Compound annual growth rate, a fraction; for non-share quantities over two years or more. */
  cagr: number | null;
  /**
   * The change is only a bound, because an end or the stated change is hedged; "about" when it is
   * approximate (an end is "about", or both ends are hedged the same way).
   */
  bound: "atLeast" | "atMost" | "moreThan" | "lessThan" | "about" | null;
  /** The relative change is the source's own stated figure rather than computed. */
  stated: Change | null;
}

export interface CompareRow {
  fact: QuantityFact;
  from: CompareEnd | null;
  to: CompareEnd | null;
  change: CompareChange;
  direction: Direction | null;
}

function end(point: Point | undefined, requestedYear: number): CompareEnd | null {
  return point ? { requestedYear, point, substituted: point.year !== requestedYear } : null;
}

/** Combine hedges: a lower bound at the end, or an upper bound at the start, bounds the change from below. */
function changeBound(from: Qualifier | undefined, to: Qualifier | undefined): CompareChange["bound"] {
  if (from === "about" || to === "about") return "about";
  const lower = (q: Qualifier | undefined) => q === "atLeast" || q === "moreThan";
  const upper = (q: Qualifier | undefined) => q === "atMost" || q === "lessThan";
  if ((lower(to) || !to) && (upper(from) || !from) && (to || from)) {
    return to === "moreThan" || from === "lessThan" ? "moreThan" : "atLeast";
  }
  if ((upper(to) || !to) && (lower(from) || !from) && (to || from)) {
    return to === "lessThan" || from === "moreThan" ? "lessThan" : "atMost";
  }
  return from || to ? "about" : null;
}

function directionOf(fact: QuantityFact, delta: number): Direction {
  if (delta === 0) return "unchanged";
  if (!fact.better) return delta > 0 ? "up" : "down";
  return delta > 0 === (fact.better === "higher") ? "improved" : "worsened";
}

const NO_CHANGE: CompareChange = {
  absolute: null,
  relative: null,
  percentagePoints: null,
  cagr: null,
  bound: null,
  stated: null,
};

export function compareFact(
  fact: QuantityFact,
  opts: CompareOptions,
  tolerance: number = BASELINE_TOLERANCE,
): CompareRow | null {
  if (opts.from >= opts.to) return null;
  const derived = derivedPoints(fact);
  const fromPoint = nearestPoint(fact, derived, opts.from, (y) => y < opts.to, tolerance);
  const after = fromPoint?.year ?? opts.from;
  const toPoint = nearestPoint(fact, derived, opts.to, (y) => y > after, tolerance);
  const statedChange = (fact.changes ?? []).find((c) => c.from === opts.from && c.to === opts.to);
  if (!fromPoint || !toPoint || fromPoint.year === undefined || toPoint.year === undefined) {
    if (!statedChange) return null;
    // Only the change is known: report it as stated.
    const relative = statedChange.percent / 100;
    return {
      fact,
      from: end(fromPoint, opts.from),
      to: end(toPoint, opts.to),
      change: {
        ...NO_CHANGE,
        relative: round(relative, decimals(statedChange.percent) + 2),
        bound: statedChange.qualifier ?? null,
        stated: statedChange,
      },
      direction: directionOf(fact, relative),
    };
  }
  const from = end(fromPoint, opts.from) as CompareEnd;
  const to = end(toPoint, opts.to) as CompareEnd;
  const places = Math.max(decimals(fromPoint.value), decimals(toPoint.value));
  const absolute = round(toPoint.value - fromPoint.value, places);
  const unit = UNITS[fact.unit];
  const sameYears = (c: Change) => c.from === fromPoint.year && c.to === toPoint.year;
  const stated = (fact.changes ?? []).find(sameYears) ?? null;
  const relative = stated
    ? round(stated.percent / 100, decimals(stated.percent) + 2)
    : fromPoint.value !== 0
      ? round(toPoint.value / fromPoint.value - 1, 4)
      : null;
  const years = toPoint.year - fromPoint.year;
  const cagr =
    !unit.share && years >= 2 && fromPoint.value > 0 && toPoint.value > 0
      ? round((toPoint.value / fromPoint.value) ** (1 / years) - 1, 4)
      : null;
  return {
    fact,
    from,
    to,
    change: {
      absolute,
      relative,
      percentagePoints: unit.share ? absolute : null,
      cagr,
      bound: changeBound(fromPoint.qualifier, toPoint.qualifier),
      stated,
    },
    direction: directionOf(fact, absolute),
  };
}

/**
 * A headline: the comparison when the quantity has figures at both ends, else its latest figure
 * alone as the later end (e.g. the 1.293 million people out of poverty by the end of 2020).
 */
export function headline(fact: QuantityFact, opts: CompareOptions): CompareRow | null {
  const row = compareFact(fact, opts);
  if (row) return row;
  const latest = points(fact)
    .filter((p) => !p.derived)
    .at(-1);
  if (!latest) return null;
  return {
    fact,
    from: null,
    to: { requestedYear: opts.to, point: latest, substituted: latest.year !== opts.to },
    change: NO_CHANGE,
    direction: null,
  };
}

/** Every quantity with figures at both ends (or a stated change over the span), in theme then data order. */
export function compare(dataset: Dataset, opts: CompareOptions): CompareRow[] {
  return compareWithCount(dataset, opts).rows;
}

/**
 * compare(), and how many quantities were left out because they have no figure within a year of
 * an end asked for (the nearest ones lie further away).
 */
export function compareWithCount(dataset: Dataset, opts: CompareOptions): { rows: CompareRow[]; leftOut: number } {
  const themeOrder = new Map(dataset.themes.map((t) => [t.id, t.order]));
  const rows: CompareRow[] = [];
  let leftOut = 0;
  for (const fact of dataset.facts) {
    if (fact.kind !== "quantity") continue;
    if (opts.theme && fact.theme !== opts.theme) continue;
    const row = compareFact(fact, opts);
    if (row) rows.push(row);
    else if (compareFact(fact, opts, LOOSE_TOLERANCE)) leftOut++;
  }
  // A stable sort: data order within a theme.
  rows.sort((a, b) => (themeOrder.get(a.fact.theme) ?? 0) - (themeOrder.get(b.fact.theme) ?? 0));
  return { rows, leftOut };
}
