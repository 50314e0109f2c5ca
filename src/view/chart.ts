/**
 * chart: series → JSON records and chart views. A chart view holds every word and every position
 * the renderer needs; the positions come from `src/query/plot.ts`, the words are built here.
 */

import type { ChartableRecord, ChartBarsRecord, ChartSeriesRecord } from "../contract/chart.js";
import { sayer } from "../core/messages/index.js";
import { datasetIndex } from "../dataset/ids.js";
import type { Fact, Locator, QuantityFact, UnitId } from "../dataset/schema.js";
import { unitLabel } from "../dataset/units.js";
import { maxOf } from "../lib/extremes.js";
import {
  type BarGroup,
  type BarKey,
  type ChartFact,
  type ChartPoint,
  type ChartSeries,
  chartability,
  yearSpan,
} from "../query/chart.js";
import { barEighths, layoutSeries, rowOf, type SeriesLayout, yearTicks, yScale } from "../query/plot.js";
import { formatScaled, formatWhen, type Scale, unitScale } from "../render/format.js";
import { displayWidth } from "../render/width.js";
import { derivationText, layerTag, locator, locatorJson, placeName, placeRef, type ViewContext } from "./common.js";
import { changeText } from "./facts.js";
import { cell, type TableView, type Tone } from "./types.js";

/** How many series one chart can tell apart without colour (one marker shape and line style each). */
export const MAX_SERIES = 6;
/** Columns right of the plot, so that the last year's label fits. */
export const RIGHT_MARGIN = 2;

// ── JSON ────────────────────────────────────────────────────────────────────────────────────────

function pointJson(ctx: ViewContext, p: Omit<ChartPoint, "year"> & { year?: number }) {
  return {
    year: p.year ?? null,
    value: p.value,
    plotted: p.plotted,
    status: p.status,
    qualifier: p.qualifier ?? null,
    stated: p.stated ?? null,
    formula: p.derived?.formula ?? null,
    interval: p.derived?.interval ?? null,
    source: locatorJson(ctx, p.source),
  };
}

function factJson(ctx: ViewContext, fact: QuantityFact, role: ChartFact["role"], unit: UnitId, indexed: boolean) {
  return {
    id: fact.id,
    label: fact.label,
    layer: fact.layer,
    role,
    extends: fact.extends ?? null,
    basis: fact.basis ?? null,
    place: placeRef(ctx, fact.place),
    unit,
    unitLabel: unitLabel(unit, fact.counter),
    indexed,
  };
}

/** The JSON contract of `jjj chart <id>...`: the plotted series, not the drawing. */
export function lineChartRecords(
  ctx: ViewContext,
  series: readonly ChartSeries[],
  unit: UnitId,
  indexed: boolean,
): ChartSeriesRecord[] {
  return series.map((s) => ({
    ...factJson(ctx, s.fact, s.role, unit, indexed),
    points: s.points.map((p) => pointJson(ctx, p)),
  }));
}

function barKeyJson(ctx: ViewContext, key: BarKey) {
  switch (key.kind) {
    case "year":
      return { kind: key.kind, year: key.year };
    case "period":
      return { kind: key.kind, from: key.from, to: key.to };
    case "place": {
      return { kind: key.kind, place: placeRef(ctx, key.place) };
    }
    case "category":
      return { kind: key.kind, category: key.category, place: key.place ?? null };
  }
}

/** The JSON contract of `jjj chart <id>... --bars`. */
export function barChartRecords(
  ctx: ViewContext,
  groups: readonly BarGroup[],
  unit: UnitId,
  indexed: boolean,
): ChartBarsRecord[] {
  return groups.map((g) => ({
    ...factJson(ctx, g.fact, g.role, unit, indexed),
    bars: g.bars.map((b) => ({ key: barKeyJson(ctx, b.key), ...pointJson(ctx, b.point) })),
  }));
}

// ── Words shared by line and bar charts ──────────────────────────────────────────────────────────

/** A series' name in a legend: an extension by what sets it apart ("Beijing"), the article by its place. */
export function seriesName(ctx: ViewContext, fact: QuantityFact, facts: readonly ChartFact[]): string {
  const { lang } = ctx;
  const parent = fact.extends ? facts.find((f) => f.fact.id === fact.extends)?.fact : undefined;
  if (parent) {
    // "PM2.5 annual mean (Beijing)" under "PM2.5 annual mean" → "Beijing".
    const label = fact.label[lang];
    const base = parent.label[lang];
    const rest = label.startsWith(base) ? label.slice(base.length).trim() : "";
    const inner = /^[（(](.+)[）)]$/.exec(rest)?.[1];
    return inner ?? label;
  }
  if (facts.some((f) => f.fact.extends === fact.id)) {
    const place = placeName(ctx, fact.place)?.[lang] ?? fact.place;
    const say = sayer(lang);
    const layer =
      fact.layer === "article"
        ? say("chart.layer.article")
        : fact.layer === "user"
          ? say("chart.layer.user")
          : say("chart.layer.official");
    return `${layer} · ${place}`;
  }
  return fact.label[lang];
}

/** Who a series' figures come from: the article's section and paragraph, or the official publisher. */
export function sourcesOf(ctx: ViewContext, locs: readonly Locator[]): string {
  const { lang } = ctx;
  const parts: string[] = [];
  for (const loc of locs) {
    let text: string;
    if (loc.section !== undefined) text = sayer(lang)("chart.articleAt", { at: locator(ctx, loc) });
    else {
      const source = datasetIndex(ctx.dataset).sources.get(loc.ref);
      text = source?.publisher?.[lang] ?? source?.title[lang] ?? loc.ref;
    }
    if (!parts.includes(text)) parts.push(text);
  }
  return parts.join(sayer(lang)("chart.sep.list"));
}

/** 2013–2017, or 2014, 2020 when years are missing in between. */
export function yearsText(years: readonly number[]): string {
  const sorted = [...new Set(years)].sort((a, b) => a - b);
  const runs: string[] = [];
  let start = sorted[0];
  for (let i = 0; i < sorted.length; i++) {
    const y = sorted[i] as number;
    const next = sorted[i + 1];
    if (next !== y + 1) {
      runs.push(start === y ? String(y) : `${start}–${y}`);
      start = next;
    }
  }
  return runs.join(", ");
}

function axisScale(ctx: ViewContext, unit: UnitId, fact: QuantityFact | undefined, values: number[], indexed: boolean) {
  if (indexed) {
    const scale: Scale = { exp: 0, unit: "", space: "" };
    return { scale, unit: sayer(ctx.lang)("chart.indexUnit") };
  }
  const scale = unitScale(unit, ctx.lang, fact?.counter, values);
  const label = unitLabel(unit, fact?.counter);
  return { scale, unit: scale.unit || label[ctx.lang] };
}

function titleOf(ctx: ViewContext, facts: readonly ChartFact[]): string {
  const requested = facts.filter((f) => f.role === "requested").map((f) => f.fact.label[ctx.lang]);
  // One line per named fact: long labels wrap less badly than joined ones.
  return requested.join("\n");
}

// ── Line charts ─────────────────────────────────────────────────────────────────────────────────

/** The named facts are drawn bold; the official series that extend them, light. */
export type Weight = "bold" | "light";

export interface LineSeriesView {
  /** Which colour (0 = the first series of the legend). */
  style: number;
  weight: Weight;
  /** Which marker shape: counted over the series of the same weight. */
  mark: number;
  /** Which line style: counted over the series that have lines, so the clearest styles go to them. */
  lineStyle: number;
  layout: SeriesLayout;
  /** Per point: derived (a hollow marker) rather than stated. */
  derived: boolean[];
  /** Per point: a value written beside the marker, if there is room. */
  valueLabels: (string | undefined)[];
}

export interface LegendEntry {
  style: number;
  weight: Weight;
  mark: number;
  lineStyle: number;
  name: string;
  detail: string;
  /** What the sample shows: a line, dots across a gap, a stated and/or a derived marker. */
  line: boolean;
  gap: boolean;
  observed: boolean;
  derived: boolean;
}

export type KeyItem = { glyph: "observed" | "derived" | "gap"; text: string };

export interface LineChartView {
  title: string;
  /** The y axis' unit, written above it. */
  unit: string;
  height: number;
  /** Width of the y-axis labels. */
  labelWidth: number;
  plotWidth: number;
  rightMargin: number;
  yLabels: { row: number; text: string }[];
  xTicks: { col: number; label?: string }[];
  /** In drawing order: later series are drawn over earlier ones. */
  draw: LineSeriesView[];
  legend: LegendEntry[];
  key: KeyItem[];
  /** The same items in a word or two, for a chart short of room. */
  keyShort: KeyItem[];
  /** Every note, in full (`--notes`). */
  notes: string[];
  /** The notes summed up in a sentence that names the command printing them all. */
  noteSummary?: string;
}

export interface LineOptions {
  width: number;
  height: number;
  unit: UnitId;
  indexed: boolean;
  /** Official series left out to keep the chart readable (named in a note). */
  left?: readonly QuantityFact[];
  /** The command line that prints every note (`jjj chart pm25 --notes`), for the notes' summary. */
  notesCommand?: string;
}

/** A note naming the official series left out, with the command that draws them. */
function leftNote(
  ctx: ViewContext,
  facts: readonly ChartFact[],
  left: readonly QuantityFact[],
  bars: boolean,
): string[] {
  if (!left.length) return [];
  const say = sayer(ctx.lang);
  const parents = facts.filter((f) => f.role === "requested").map((f) => f.fact.id);
  const names = left.map(
    (f) => `${seriesName(ctx, f, [...facts, ...left.map((l) => ({ fact: l, role: "extension" as const }))])} (${f.id})`,
  );
  const cmd = `jjj chart ${[...parents, ...left.map((f) => f.id)].join(" ")}${bars ? " --bars" : ""}`;
  return [say("chart.leftOut", { names: names.join(say("chart.sep.items")), cmd })];
}

export function lineChartView(ctx: ViewContext, series: readonly ChartSeries[], opts: LineOptions): LineChartView {
  const { lang } = ctx;
  const say = sayer(lang);
  const facts = series.map((s) => ({ fact: s.fact, role: s.role }));
  const span = yearSpan(series) ?? { min: 0, max: 0 };
  const values = series.flatMap((s) => s.points.map((p) => p.plotted));
  const y = yScale(values, opts.height);
  const first = series.find((s) => s.points.length)?.fact ?? series[0]?.fact;
  const axis = axisScale(ctx, opts.unit, first, values, opts.indexed);
  const fmt = (v: number, p?: ChartPoint) => formatScaled(v, axis.scale, lang, { qualifier: p?.qualifier });
  const yLabels = y.ticks.map((tick) => ({ row: rowOf(y, tick), text: fmt(tick) }));
  // The unit has a line of its own above the axis, so only the tick labels set the width.
  const labelWidth = Math.max(1, ...yLabels.map((l) => displayWidth(l.text)));
  const plotWidth = Math.max(8, opts.width - labelWidth - 2 - RIGHT_MARGIN);
  const xTicks = yearTicks(span, plotWidth).map((t) =>
    t.labelled ? { col: t.col, label: String(t.year) } : { col: t.col },
  );

  // Marker shapes and line styles are counted within each weight, so that the clearest go first.
  const counters = { bold: { marks: 0, lines: 0 }, light: { marks: 0, lines: 0 } };
  const views: LineSeriesView[] = series.map((s, style) => {
    const layout = layoutSeries(s.points, y, span, plotWidth);
    const weight: Weight = s.role === "requested" ? "bold" : "light";
    const count = counters[weight];
    const ends = s.role === "requested" ? new Set([0, s.points.length - 1]) : new Set<number>();
    return {
      style,
      weight,
      mark: count.marks++,
      lineStyle: layout.segments.length ? count.lines++ : 0,
      layout,
      derived: s.points.map((p) => p.status === "derived"),
      valueLabels: s.points.map((p, i) => (ends.has(i) ? fmt(p.plotted, p) : undefined)),
    };
  });
  // The named facts are drawn last, on top.
  const draw = [...views].reverse();

  const legend: LegendEntry[] = series.map((s, style) => {
    const years = s.points.map((p) => p.year);
    const view = views[style] as LineSeriesView;
    const layout = view.layout;
    let detail: string;
    if (!s.points.length) {
      const changes = changeText(ctx, s.fact);
      detail = [say("chart.noYearly"), ...changes].join(say("chart.sep.list"));
    } else {
      const derivedSources = s.points.flatMap((p) => (p.derived ? [p.derived.change.source] : []));
      detail = `${yearsText(years)} · ${sourcesOf(ctx, [...s.points.map((p) => p.source), ...derivedSources])}`;
    }
    return {
      style,
      weight: view.weight,
      mark: view.mark,
      lineStyle: view.lineStyle,
      name: seriesName(ctx, s.fact, facts),
      detail,
      line: layout.segments.length > 0,
      gap: layout.gaps.length > 0,
      observed: s.points.some((p) => p.status === "observed"),
      derived: s.points.some((p) => p.status === "derived"),
    };
  });

  const glyphsShown: KeyItem["glyph"][] = ["observed"];
  if (legend.some((l) => l.derived)) glyphsShown.push("derived");
  if (legend.some((l) => l.gap)) glyphsShown.push("gap");
  const key: KeyItem[] = glyphsShown.map((glyph) => ({ glyph, text: say(`chart.key.${glyph}`) }));
  const keyShort: KeyItem[] = glyphsShown.map((glyph) => ({ glyph, text: say(`chart.keyShort.${glyph}`) }));

  const notes: string[] = [];
  let derivedCount = 0;
  for (const s of series) {
    const name = seriesName(ctx, s.fact, facts);
    for (const p of s.points) {
      if (!p.derived) continue;
      const d = derivationText(ctx, s.fact, p.derived, p.factValue);
      notes.push(say("chart.derived", { year: p.year, name, formula: d.formula, low: d.low, high: d.high }));
      derivedCount++;
    }
  }
  const hidden = hiddenMarks(ctx, series, views, facts, fmt);
  if (hidden.length) notes.push(say("chart.hidden", { marks: hidden.join(say("chart.sep.items")) }));
  const official = series.filter((s) => s.role === "extension").map((s) => seriesName(ctx, s.fact, facts));
  if (official.length === 1) notes.push(say("chart.officialApartOne", { name: official[0] as string }));
  else if (official.length > 1)
    notes.push(say("chart.officialApartMany", { names: official.join(say("chart.sep.items")) }));
  const left = leftNote(ctx, facts, opts.left ?? [], false);
  notes.push(...left);

  const parts = [
    derivedCount ? say("chart.notes.derived", { n: derivedCount }) : "",
    hidden.length ? say("chart.notes.hidden", { n: hidden.length }) : "",
    official.length ? say("chart.notes.apart") : "",
    opts.left?.length ? say("chart.notes.left", { n: opts.left.length }) : "",
  ].filter(Boolean);
  const noteSummary =
    opts.notesCommand && parts.length
      ? say("chart.notes.summary", { parts: parts.join(say("chart.sep.clauses")), cmd: opts.notesCommand })
      : undefined;
  const title = titleOf(ctx, facts);
  return {
    title: span.max > span.min ? say("chart.titleYears", { title, from: span.min, to: span.max }) : title,
    unit: axis.unit,
    height: opts.height,
    labelWidth,
    plotWidth,
    rightMargin: RIGHT_MARGIN,
    yLabels,
    xTicks,
    draw,
    legend,
    key,
    keyShort,
    notes,
    ...(noteSummary ? { noteSummary } : {}),
  };
}

/** Marks that fall on the same cell: the one drawn later hides the others. Named, with value. */
function hiddenMarks(
  ctx: ViewContext,
  series: readonly ChartSeries[],
  views: readonly LineSeriesView[],
  facts: readonly ChartFact[],
  fmt: (v: number, p?: ChartPoint) => string,
): string[] {
  const at = new Map<string, { s: ChartSeries; p: ChartPoint }[]>();
  // In drawing order: the last one at a cell is the one seen.
  for (const v of [...views].reverse()) {
    const s = series[v.style];
    if (!s) continue;
    for (const m of v.layout.markers) {
      const p = s.points[m.index];
      if (!p) continue;
      const k = `${m.col},${m.row}`;
      const here = at.get(k);
      if (here) here.push({ s, p });
      else at.set(k, [{ s, p }]);
    }
  }
  const hidden: string[] = [];
  for (const marks of at.values()) {
    for (const m of marks.slice(0, -1))
      hidden.push(`${seriesName(ctx, m.s.fact, facts)} ${m.p.year} (${fmt(m.p.plotted, m.p)})`);
  }
  return hidden;
}

// ── Bar charts ──────────────────────────────────────────────────────────────────────────────────

export interface BarView {
  label: string;
  /** Length in eighths of a cell. */
  eighths: number;
  value: string;
  tone?: Tone;
}

export interface BarGroupView {
  title?: string;
  /** A dimmed line after the title: unit, change, source. */
  sub?: string;
  /** Shown instead of bars when a group has none. */
  empty?: string;
  style: number;
  bars: BarView[];
}

export interface BarChartView {
  title: string;
  unit?: string;
  /** Width of the bar labels. */
  labelWidth: number;
  /** Cells a bar may take at most. */
  barWidth: number;
  groups: BarGroupView[];
  /** Every note, in full. */
  notes: string[];
  /** The notes summed up in a sentence that names the command printing them all. */
  noteSummary?: string;
}

/** Room for bars: indent, label, a space, the bar, a space and the widest value. */
export function barWidthFor(width: number, labelWidth: number, valueWidth: number): number {
  return Math.max(4, width - 2 - labelWidth - 1 - 1 - valueWidth);
}

function barLabel(ctx: ViewContext, key: BarKey): string {
  const { lang } = ctx;
  switch (key.kind) {
    case "year":
      return String(key.year);
    case "period":
      return formatWhen({ period: { from: key.from, to: key.to } }, lang);
    case "place":
      return placeName(ctx, key.place)?.[lang] ?? key.place;
    case "category": {
      const place = placeName(ctx, key.place)?.[lang];
      return place ? `${place} · ${key.category[lang]}` : key.category[lang];
    }
  }
}

export function barChartView(
  ctx: ViewContext,
  groups: readonly BarGroup[],
  opts: { width: number; unit: UnitId; indexed: boolean; left?: readonly QuantityFact[]; notesCommand?: string },
): BarChartView {
  const { lang } = ctx;
  const say = sayer(lang);
  const facts = groups.map((g) => ({ fact: g.fact, role: g.role }));
  const values = groups.flatMap((g) => g.bars.map((b) => b.point.plotted));
  const first = groups.find((g) => g.bars.length)?.fact;
  const axis = axisScale(ctx, opts.unit, first, values, opts.indexed);
  const labelled = groups.map((g) =>
    g.bars.map((b) => ({
      label: barLabel(ctx, b.key),
      value: `${formatScaled(b.point.plotted, axis.scale, lang, { qualifier: b.point.qualifier })}${b.point.status === "derived" ? "*" : ""}`,
      derived: b.point.status === "derived",
      plotted: b.point.plotted,
    })),
  );
  const all = labelled.flat();
  const labelWidth = maxOf(
    all.map((b) => displayWidth(b.label)),
    0,
  );
  const valueWidth = maxOf(
    all.map((b) => displayWidth(b.value)),
    0,
  );
  const barWidth = barWidthFor(opts.width, labelWidth, valueWidth);
  const max = maxOf(values.map(Math.abs), 0);
  // One fact per group and several facts: a title per group. One fact alone: its label is the title.
  const single = groups.length === 1;
  const notes: string[] = [];
  const groupViews: BarGroupView[] = groups.map((g, style) => {
    for (const b of g.bars) {
      const d = b.point.derived;
      if (!d) continue;
      const t = derivationText(ctx, g.fact, d, b.point.factValue);
      notes.push(
        say("chart.bar.derived", {
          label: barLabel(ctx, b.key),
          name: seriesName(ctx, g.fact, facts),
          formula: t.formula,
          low: t.low,
          high: t.high,
        }),
      );
    }
    const locs = g.bars.map((b) => b.point.source);
    const sub = locs.length ? sourcesOf(ctx, locs) : undefined;
    return {
      ...(single ? {} : { title: seriesName(ctx, g.fact, facts) }),
      ...(sub ? { sub } : {}),
      ...(g.bars.length ? {} : { empty: say("chart.bar.none") }),
      style,
      bars: (labelled[style] ?? []).map((b) => ({
        label: b.label,
        eighths: barEighths(b.plotted, max, barWidth),
        value: b.value,
        ...(b.derived ? { tone: "derived" as const } : {}),
      })),
    };
  });
  const derivedCount = notes.length;
  if (values.some((v) => v < 0)) notes.push(say("chart.bar.negative"));
  if (groups.some((g) => g.role === "extension")) notes.push(say("chart.bar.officialApart"));
  notes.push(...leftNote(ctx, facts, opts.left ?? [], true));
  const others = notes.length - derivedCount;
  const parts = [
    derivedCount ? say("chart.notes.derived", { n: derivedCount }) : "",
    others ? say("chart.notes.more", { n: others }) : "",
  ].filter(Boolean);
  const noteSummary =
    opts.notesCommand && parts.length
      ? say("chart.notes.summary", { parts: parts.join(say("chart.sep.clauses")), cmd: opts.notesCommand })
      : undefined;
  return {
    title: titleOf(ctx, facts),
    unit: axis.unit,
    labelWidth,
    barWidth,
    groups: groupViews,
    notes,
    ...(noteSummary ? { noteSummary } : {}),
  };
}

// ── What can be charted ─────────────────────────────────────────────────────────────────────────

export function chartableRecord(fact: Fact): ChartableRecord {
  const c = chartability(fact);
  return {
    id: fact.id,
    label: fact.label,
    layer: fact.layer,
    extends: fact.kind === "quantity" ? (fact.extends ?? null) : null,
    unit: fact.kind === "quantity" ? fact.unit : null,
    line: c.line,
    bars: c.bars,
    years: c.years,
    values: c.values,
  };
}

export function chartableTable(ctx: ViewContext, facts: readonly Fact[]): TableView {
  const { lang } = ctx;
  const say = sayer(lang);
  return {
    title: say("chart.list.title"),
    columns: [
      { header: say("chart.list.fact"), prose: true },
      { header: say("chart.list.years"), nowrap: true },
      { header: say("chart.list.chart"), nowrap: true },
    ],
    rows: facts.map((fact) => {
      const c = chartability(fact);
      const what = c.years.length >= 2 ? yearsText(c.years) : say("chart.list.values", { n: c.values });
      const kinds = [c.line ? say("chart.list.line") : "", c.bars ? say("chart.list.bars") : ""]
        .filter(Boolean)
        .join(say("chart.sep.items"));
      const layer = layerTag(fact.layer, lang);
      return [
        { text: fact.label[lang], tone: "strong" as const, sub: [fact.id, layer].filter(Boolean).join(" · ") },
        cell(what),
        cell(kinds),
      ];
    }),
    stackable: true,
    notes: [say("chart.list.note")],
    empty: say("chart.list.empty"),
  };
}
