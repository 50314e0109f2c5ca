/**
 * The geometry of jjj's charts, as plain numbers: which column a year falls in, which row a value
 * falls in, where the y-axis ticks go, how long a bar is in eighths of a cell, how high each mark of
 * a sparkline is. Pure arithmetic; the renderers only put characters where these functions say.
 *
 * Rows count from the top (row 0) to the bottom (row height − 1). A value's *level* is its height
 * above the bottom row in rows, unrounded; its row is `height − 1 − round(level)`. That is the
 * mapping asciichart uses when it is given levels with min 0, max height − 1 and height − 1, so the
 * line asciichart draws and the markers drawn over it agree to the row.
 */

import { maxOf, minOf } from "../lib/extremes.js";
import { round } from "./decimal.js";

export interface YScale {
  /** The value of the bottom row. */
  lo: number;
  /** The value of the top row. */
  hi: number;
  /** Rows in the plot. */
  height: number;
  /** Distance between two ticks. */
  step: number;
  /** Tick values, ascending, each a multiple of `step` within [lo, hi]. */
  ticks: number[];
}

/** A nice step, m × 10^k with m of 1, 2 or 5. */
interface Step {
  m: number;
  k: number;
}

/** Nice steps around a span: 1, 2, 5 × 10^k. */
function niceSteps(span: number): Step[] {
  if (!(span > 0 && Number.isFinite(span))) return [];
  const k0 = Math.floor(Math.log10(span)) - 3;
  const out: Step[] = [];
  for (let k = k0; k <= k0 + 6; k++) for (const m of [1, 2, 5]) out.push({ m, k });
  return out;
}

/** n × 10^k as the double nearest the decimal (no binary drift: 3 × 0.2 is 0.6, 2 × 5e20 is 1e21). */
function decimal(n: number, k: number): number {
  return Number(`${n}e${k}`);
}

/**
 * Past this magnitude the axis is worked out on values divided by a power of ten, so that no
 * bound, step or tick overflows to Infinity (1e308 plus half a step is beyond a double).
 */
const HUGE = 1e300;

/**
 * A value axis for `values` on `height` rows: the range is the data's, widened to half a tick step,
 * and ticks sit at round values (multiples of 1, 2 or 5 × 10^k) at least three rows apart (two on
 * short charts). A flat series gets a range around its value; no values gives 0–1. Values near the
 * largest double get an axis clamped to it, with every tick finite.
 */
export function yScale(values: readonly number[], height: number): YScale {
  const finite = values.filter(Number.isFinite);
  const biggest = maxOf(finite.map(Math.abs), 0);
  if (biggest < HUGE) return niceScale(finite, height);
  const factor = 10 ** Math.floor(Math.log10(biggest));
  const s = niceScale(
    finite.map((v) => v / factor),
    height,
  );
  const clamp = (v: number) => Math.max(-Number.MAX_VALUE, Math.min(Number.MAX_VALUE, v * factor));
  const lo = clamp(s.lo);
  const hi = clamp(s.hi);
  const ticks = s.ticks.map((t) => t * factor).filter((t) => Number.isFinite(t) && t >= lo && t <= hi);
  return { lo, hi, height, step: clamp(s.step), ticks };
}

function niceScale(values: readonly number[], height: number): YScale {
  const rows = Math.max(1, height - 1);
  let min = values.length ? minOf(values) : 0;
  let max = values.length ? maxOf(values) : 1;
  if (min === max) {
    const pad = min === 0 ? 1 : Math.abs(min) * 0.1;
    min -= pad;
    max += pad;
  }
  const minGap = rows >= 14 ? 3 : 2;
  for (const { m, k } of niceSteps(max - min)) {
    const step = decimal(m, k);
    const half = step / 2;
    // Bounds at multiples of half a step, ticks at multiples of a step.
    const lo = decimal((Math.floor(round(min / half, 9)) * m) / 2, k);
    const hi = decimal((Math.ceil(round(max / half, 9)) * m) / 2, k);
    // Steps too fine for the rows are passed over before their (many) ticks are listed.
    if (!(hi > lo) || (rows * step) / (hi - lo) < minGap) continue;
    const ticks: number[] = [];
    for (let i = Math.ceil(round(lo / step, 9)); ticks.length <= rows; i++) {
      const tick = decimal(i * m, k);
      if (tick > hi + step * 1e-9) break;
      ticks.push(tick);
    }
    if (ticks.length >= 2) return { lo, hi, height, step, ticks };
  }
  return { lo: min, hi: max, height, step: max - min, ticks: [min, max] };
}

/** A value's height above the bottom row, in rows (unrounded). */
export function levelOf(scale: YScale, value: number): number {
  // Halves first: the distance between two doubles near the largest one would overflow.
  return ((value / 2 - scale.lo / 2) / (scale.hi / 2 - scale.lo / 2)) * (scale.height - 1);
}

/** The row a level falls in (0 = top): the same rounding as asciichart. */
export function rowOfLevel(scale: YScale, level: number): number {
  return scale.height - 1 - Math.round(level);
}

export function rowOf(scale: YScale, value: number): number {
  return rowOfLevel(scale, levelOf(scale, value));
}

export interface YearSpan {
  min: number;
  max: number;
}

/** The column of a year on a time axis `plotWidth` columns wide: years placed in proportion to time. */
export function columnOf(year: number, span: YearSpan, plotWidth: number): number {
  if (span.max === span.min) return Math.floor((plotWidth - 1) / 2);
  return Math.round(((year - span.min) / (span.max - span.min)) * (plotWidth - 1));
}

export interface YearTick {
  year: number;
  col: number;
  /** Is the year written under the axis (there may not be room for every year)? */
  labelled: boolean;
}

/**
 * A tick for every year of the span (one per column), and labels `labelWidth` wide on as many as fit
 * with a space between them: every year, every second, every fifth (2015, 2020) and so on.
 */
export function yearTicks(span: YearSpan, plotWidth: number, labelWidth = 4): YearTick[] {
  const years = span.max - span.min;
  const perYear = years === 0 ? plotWidth : (plotWidth - 1) / years;
  const step = [1, 2, 5, 10, 20, 50].find((s) => s * perYear >= labelWidth + 1) ?? 100;
  const byCol = new Map<number, YearTick>();
  for (let year = span.min; year <= span.max; year++) {
    const col = columnOf(year, span, plotWidth);
    const labelled = step <= 2 ? (year - span.min) % step === 0 : year % step === 0;
    // Fewer than two columns a year: tick only the labelled years.
    if (perYear < 2 && !labelled) continue;
    const before = byCol.get(col);
    if (!before || (labelled && !before.labelled)) byCol.set(col, { year, col, labelled });
  }
  return [...byCol.values()].sort((a, b) => a.col - b.col);
}

export interface PlotPoint {
  year: number;
  plotted: number;
}

/** A stretch of a series between points of consecutive years, as one level per column. */
export interface Segment {
  /** The column of the stretch's first point. */
  start: number;
  /** One level per column from `start`, interpolated in a straight line between the points. */
  levels: number[];
}

export interface Marker {
  /** Index of the point in its series. */
  index: number;
  col: number;
  row: number;
}

export interface Cell {
  col: number;
  row: number;
}

export interface SeriesLayout {
  /** Stretches drawn as a line: only between points of consecutive years. */
  segments: Segment[];
  /** Every point. */
  markers: Marker[];
  /** Where a dotted line would cross a gap of missing years (to guide the eye, never as data). */
  gaps: Cell[];
}

function lerp(a: number, b: number, t: number): number {
  return a + (b - a) * t;
}

/**
 * Lay a series out on the plot: a marker for every point; a line only between points of
 * consecutive years (a missing year is a gap, never bridged by the line); dots across each gap.
 */
export function layoutSeries(
  points: readonly PlotPoint[],
  scale: YScale,
  span: YearSpan,
  plotWidth: number,
): SeriesLayout {
  const cols = points.map((p) => columnOf(p.year, span, plotWidth));
  const levels = points.map((p) => levelOf(scale, p.plotted));
  const markers = points.map((_, index) => ({
    index,
    col: cols[index] as number,
    row: rowOfLevel(scale, levels[index] as number),
  }));
  const segments: Segment[] = [];
  const gaps: Cell[] = [];
  let current: Segment | undefined;
  for (let i = 0; i + 1 < points.length; i++) {
    const [a, b] = [points[i] as PlotPoint, points[i + 1] as PlotPoint];
    const [ca, cb] = [cols[i] as number, cols[i + 1] as number];
    const [la, lb] = [levels[i] as number, levels[i + 1] as number];
    if (b.year - a.year === 1) {
      if (!current || current.start + current.levels.length - 1 !== ca) {
        current = { start: ca, levels: [la] };
        segments.push(current);
      }
      for (let c = ca + 1; c <= cb; c++) current.levels.push(lerp(la, lb, (c - ca) / (cb - ca)));
    } else {
      current = undefined;
      for (let c = ca + 1; c < cb; c++)
        gaps.push({ col: c, row: rowOfLevel(scale, lerp(la, lb, (c - ca) / (cb - ca))) });
    }
  }
  return { segments: segments.filter((s) => s.levels.length >= 2), markers, gaps };
}

/** Bar length in eighths of a cell: |value| / max of `width` cells; a non-zero value shows at least an eighth. */
export function barEighths(value: number, max: number, width: number): number {
  if (max <= 0 || value === 0) return 0;
  return Math.max(1, Math.round((Math.abs(value) / max) * width * 8));
}

/**
 * A sparkline's marks: one per year from the first year to the last, each a level from 0 (lowest
 * value) to `levels − 1` (highest), or null for a year without a value. A flat series sits mid-height.
 */
export function sparkLevels(points: readonly PlotPoint[], levels = 8): (number | null)[] {
  if (!points.length) return [];
  const years = points.map((p) => p.year);
  const first = minOf(years);
  const last = maxOf(years);
  const values = points.map((p) => p.plotted);
  const min = minOf(values);
  const max = maxOf(values);
  const out: (number | null)[] = Array.from({ length: last - first + 1 }, () => null);
  for (const p of points) {
    out[p.year - first] =
      max === min ? Math.floor((levels - 1) / 2) : Math.round(((p.plotted - min) / (max - min)) * (levels - 1));
  }
  return out;
}
