/**
 * What a chart shows: which facts, as which series of points, in which unit. Pure; the chart's
 * geometry (columns, rows, bar lengths) is in `plot.ts`, its words in `src/view/chart.ts`.
 */
import type { Dataset } from "../dataset/load.js";
import type { Fact, Locator, Qualifier, QuantityFact, UnitId } from "../dataset/schema.js";
import { UNITS } from "../dataset/units.js";
import { maxOf, minOf } from "../lib/extremes.js";
import { round } from "./decimal.js";
import { type Derivation, type Point, points, seriesPoints } from "./points.js";

/** An id as typed, reduced for matching: lower case, letters, digits and CJK only ("PM2.5" → "pm25"). */
export function normalizeId(input: string): string {
  return input.toLowerCase().replace(/[^a-z0-9\u3400-\u9fff]/g, "");
}

export type FactMatch = { fact: Fact } | { candidates: string[] };

/**
 * Find a fact by id, forgiving case and punctuation ("PM2.5", "pm2.5" → pm25), by its label in
 * either language, or by a prefix that names one family of ids ("pm" → pm25, because every id
 * starting with "pm" starts with "pm25"). Otherwise: the ids that start with the input, if any.
 */
export function matchFact(dataset: Dataset, input: string): FactMatch {
  const exact = dataset.facts.find((f) => f.id === input);
  if (exact) return { fact: exact };
  const q = normalizeId(input);
  if (!q) return { candidates: [] };
  const byId = dataset.facts.filter((f) => normalizeId(f.id) === q);
  if (byId.length === 1 && byId[0]) return { fact: byId[0] };
  const byLabel = dataset.facts.filter((f) => normalizeId(f.label.zh) === q || normalizeId(f.label.en) === q);
  if (byLabel.length === 1 && byLabel[0]) return { fact: byLabel[0] };
  const prefixed = dataset.facts.filter((f) => normalizeId(f.id).startsWith(q));
  const root = [...prefixed].sort((a, b) => a.id.length - b.id.length)[0];
  if (root && prefixed.every((f) => f.id === root.id || f.id.startsWith(`${root.id}-`))) return { fact: root };
  return { candidates: prefixed.map((f) => f.id) };
}

/** The supplementary facts that extend a fact, in data order. */
export function extensionsOf(dataset: Dataset, id: string): QuantityFact[] {
  return dataset.facts.filter((f): f is QuantityFact => f.kind === "quantity" && f.extends === id);
}

/**
 * How many official series a chart adds to each named fact by itself. Four lines read from the back
 * of a classroom; six turn the PM2.5 chart's last years into a knot (Tianjin's only point falls under
 * the "2+26" mark). Named on the command line, any series is drawn.
 */
export const MAX_AUTO_EXTENSIONS = 3;

export interface ChartSelection {
  facts: ChartFact[];
  /** Official series that extend a named fact but were left out to keep the chart readable. */
  left: QuantityFact[];
}

/**
 * A chart's facts: each requested fact followed by up to `maxExtensions` of the facts that extend
 * it: those with the most yearly points (ties in data order), drawn in data order. Each fact once.
 */
export function chartFacts(
  dataset: Dataset,
  requested: readonly QuantityFact[],
  maxExtensions = MAX_AUTO_EXTENSIONS,
): ChartSelection {
  const facts: ChartFact[] = [];
  const left: QuantityFact[] = [];
  const named = new Set(requested.map((f) => f.id));
  const seen = new Set<string>();
  const add = (fact: QuantityFact, role: ChartFact["role"]) => {
    if (seen.has(fact.id)) return;
    seen.add(fact.id);
    facts.push({ fact, role });
  };
  for (const fact of requested) {
    add(fact, "requested");
    const extensions = extensionsOf(dataset, fact.id).filter((f) => !named.has(f.id));
    const size = (f: QuantityFact) => new Set(seriesPoints(f).map((p) => p.year)).size;
    const chosen = new Set(
      extensions
        .map((f, i) => ({ f, i }))
        .sort((a, b) => size(b.f) - size(a.f) || a.i - b.i)
        .slice(0, maxExtensions)
        .map((x) => x.f.id),
    );
    for (const ext of extensions) {
      if (chosen.has(ext.id)) add(ext, "extension");
      else if (!left.includes(ext)) left.push(ext);
    }
  }
  return { facts, left: left.filter((f) => !seen.has(f.id)) };
}

export interface ChartFact {
  fact: QuantityFact;
  /** Named on the command line, or brought in because it extends a named fact. */
  role: "requested" | "extension";
}

export type PointStatus = "observed" | "derived";

export interface ChartPoint {
  year: number;
  /** The value in the chart's unit. */
  value: number;
  /** The value as drawn: `value`, or its index (first year = 100) with --index. */
  plotted: number;
  /** The value in the fact's own unit (which the chart's unit may differ from, by a power of ten). */
  factValue: number;
  status: PointStatus;
  qualifier?: Qualifier;
  stated?: string;
  derived?: Derivation;
  source: Locator;
}

export interface ChartSeries {
  fact: QuantityFact;
  role: ChartFact["role"];
  points: ChartPoint[];
}

/** The unit the chart's values are shown in, or the two units that cannot share an axis. */
export type UnitCheck = { unit: UnitId } | { conflict: [UnitId, UnitId] };

/**
 * One axis needs one unit. Units of the same base (km and 10,000 km) are converted to the unit of
 * the first fact that has points; different bases conflict.
 */
export function commonUnit(facts: readonly ChartFact[]): UnitCheck {
  const withPoints = facts.find((f) => f.fact.values.length > 0) ?? facts[0];
  if (!withPoints) return { unit: "count" };
  const unit = withPoints.fact.unit;
  for (const { fact } of facts) {
    if (UNITS[fact.unit].base !== UNITS[unit].base) return { conflict: [unit, fact.unit] };
  }
  return { unit };
}

/**
 * A value stated in `from` expressed in `to` (same base): 1.03 (10,000 km) → 10300 (km). Exact in
 * decimal: the exponent of the value's shortest decimal form is moved, at any magnitude (1e21 too).
 */
export function convert(value: number, from: UnitId, to: UnitId): number {
  if (from === to) return value;
  const exp = Math.round(Math.log10(UNITS[from].factor / UNITS[to].factor));
  const [mantissa, e = "0"] = String(value).split("e");
  return Number(`${mantissa}e${Number(e) + exp}`);
}

function chartPoint(p: Point, from: UnitId, to: UnitId): ChartPoint {
  const value = convert(p.value, from, to);
  return {
    year: p.year as number,
    value,
    plotted: value,
    factValue: p.value,
    status: p.derived ? "derived" : "observed",
    ...(p.qualifier ? { qualifier: p.qualifier } : {}),
    ...(p.stated ? { stated: p.stated } : {}),
    ...(p.derived ? { derived: p.derived } : {}),
    source: p.source,
  };
}

/** The series of a line chart: each fact's yearly points (stated and derived), one per year, in `unit`. */
export function lineSeries(facts: readonly ChartFact[], unit: UnitId): ChartSeries[] {
  return facts.map(({ fact, role }) => {
    const byYear = new Map<number, ChartPoint>();
    for (const p of seriesPoints(fact)) {
      const year = p.year as number;
      const before = byYear.get(year);
      // One point a year: a stated value wins over a derived one.
      if (!before || (before.status === "derived" && !p.derived)) byYear.set(year, chartPoint(p, fact.unit, unit));
    }
    return { fact, role, points: [...byYear.values()].sort((a, b) => a.year - b.year) };
  });
}

/** Why a series cannot be indexed: its first value is zero or negative. */
export function indexProblem(series: readonly ChartSeries[]): ChartSeries | undefined {
  return series.find((s) => s.points.length > 0 && (s.points[0]?.value ?? 0) <= 0);
}

/** Rescale each series to its first year = 100 (to one decimal). Check `indexProblem` first. */
export function indexSeries(series: readonly ChartSeries[]): ChartSeries[] {
  return series.map((s) => {
    const base = s.points[0]?.value;
    if (base === undefined || base <= 0) return s;
    return { ...s, points: s.points.map((p) => ({ ...p, plotted: round((p.value / base) * 100, 1) })) };
  });
}

/** How a bar is named: by year, period, place, category, or the fact's own place. */
export type BarKey =
  | { kind: "year"; year: number }
  | { kind: "period"; from: number; to: number }
  | { kind: "place"; place: string }
  | { kind: "category"; category: { zh: string; en: string }; place?: string };

export interface Bar {
  key: BarKey;
  point: ChartPoint | (Omit<ChartPoint, "year"> & { year?: number });
}

export interface BarGroup {
  fact: QuantityFact;
  role: ChartFact["role"];
  bars: Bar[];
}

/** Every value of each fact as a bar, in the chart's unit: by year, by place or by category. */
export function barGroups(facts: readonly ChartFact[], unit: UnitId): BarGroup[] {
  return facts.map(({ fact, role }) => ({
    fact,
    role,
    bars: points(fact).map((p) => {
      const key: BarKey = p.category
        ? { kind: "category", category: p.category, ...(p.place ? { place: p.place } : {}) }
        : p.place
          ? { kind: "place", place: p.place }
          : p.period
            ? { kind: "period", from: p.period.from, to: p.period.to }
            : p.year !== undefined && !p.asOfPublication
              ? { kind: "year", year: p.year }
              : { kind: "place", place: fact.place };
      const cp = chartPoint(p, fact.unit, unit);
      const { year: _y, ...rest } = cp;
      return { key, point: p.year !== undefined ? cp : rest };
    }),
  }));
}

/** Index bar groups: each group's first bar = 100. */
export function indexBarGroups(groups: readonly BarGroup[]): BarGroup[] {
  return groups.map((g) => {
    const base = g.bars[0]?.point.value;
    if (base === undefined || base <= 0) return g;
    return {
      ...g,
      bars: g.bars.map((b) => ({ ...b, point: { ...b.point, plotted: round((b.point.value / base) * 100, 1) } })),
    };
  });
}

export type Chartability = { line: boolean; bars: boolean; years: number[]; values: number };

/**
 * Can a fact be charted? As a line when it has two or more yearly points (stated or derived), as
 * bars when it has two or more values of any kind (years, places, categories).
 */
export function chartability(fact: Fact): Chartability {
  if (fact.kind !== "quantity") return { line: false, bars: false, years: [], values: 0 };
  const years = [...new Set(seriesPoints(fact).map((p) => p.year as number))];
  const all = points(fact).length;
  return { line: years.length >= 2, bars: all >= 2, years, values: all };
}

/** The span of years over all series, or undefined when no series has a point. */
export function yearSpan(series: readonly ChartSeries[]): { min: number; max: number } | undefined {
  const years = series.flatMap((s) => s.points.map((p) => p.year));
  if (!years.length) return undefined;
  return { min: minOf(years), max: maxOf(years) };
}
