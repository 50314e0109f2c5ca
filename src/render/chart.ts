/**
 * A line chart view → text. asciichart draws each stretch of a series between points of
 * consecutive years, with the rows fixed by the view (levels from 0 to height − 1), and the
 * stretches are laid onto one grid at their columns; markers, dots across gaps, value labels, the
 * axes and the legend are laid out here. Nothing is computed: every position comes with the view.
 */
import asciichart from "asciichart";
import type { Paint } from "../core/color.js";
import type { ChartSeries } from "../query/chart.js";
import {
  type KeyItem,
  type LegendEntry,
  type LineChartView,
  type LineOptions,
  lineChartView,
  type Weight,
} from "../view/chart.js";
import type { ViewContext } from "../view/common.js";
import { type Glyphs, glyphs, seriesPaint, styleOf } from "./glyphs.js";
import { padStart, shorten, wrapText } from "./text.js";
import { displayWidth } from "./width.js";

/** How the notes under a chart are shown: every one in full, in at most two lines, or not at all (a slide). */
export type NotesMode = "all" | "short" | "none";

export interface ChartRenderContext {
  chalk: Paint;
  width: number;
  ascii: boolean;
  /** Short of rows: the unit beside the title, one line per legend entry, a short key. */
  compact?: boolean;
  /** "short" unless told: notes in at most two lines. */
  notes?: NotesMode;
}

/** Rows of a plot, at the least and at the most, when a chart is fitted to a window. */
export const PLOT_MIN = 5;
export const PLOT_MAX = 100;
/** The full layout only when its plot keeps this many rows, and half the window. */
const FULL_LAYOUT_MIN = 14;
/** Lines of notes under a chart unless all are asked for. */
export const SHORT_NOTES = 2;

/**
 * Notes in at most `SHORT_NOTES` lines: all of them when they fit, else their summary (which
 * names the command that prints them), else as many lines as fit, the last one cut.
 */
export function shortNotes(notes: readonly string[], summary: string | undefined, width: number): string[] {
  const full = notes.flatMap((n) => wrapText(n, width, "  "));
  if (full.length <= SHORT_NOTES) return full;
  const lines = summary ? wrapText(summary, width, "  ") : full;
  if (lines.length <= SHORT_NOTES) return lines;
  const kept = lines.slice(0, SHORT_NOTES);
  kept[SHORT_NOTES - 1] = shorten(`${kept[SHORT_NOTES - 1]} …`, width);
  return kept;
}

/** Per weight: the marker shapes of light (official) series, smaller than those of bold ones. */
const LIGHT_MARKERS = [
  { observed: "▪", derived: "▫" },
  { observed: "▴", derived: "▵" },
  { observed: "▾", derived: "▿" },
  { observed: "▸", derived: "▹" },
];
/** Which of the line styles each weight takes: heavy lines for bold series, thin ones for light. */
const LINE_STYLES: Record<Weight, number[]> = { bold: [1, 4, 2], light: [0, 3, 5, 2] };

function markersOf(g: Glyphs, ascii: boolean, e: { weight: Weight; mark: number; style: number }) {
  if (ascii) return styleOf(g.markers, e.style);
  return e.weight === "bold" ? styleOf(g.markers, e.mark) : styleOf(LIGHT_MARKERS, e.mark);
}

function linesOf(g: Glyphs, e: { weight: Weight; lineStyle: number }) {
  return styleOf(g.lines, styleOf(LINE_STYLES[e.weight], e.lineStyle));
}

/** A bold series' dots across a gap are heavier than a light one's. */
function gapOf(g: Glyphs, ascii: boolean, weight: Weight): string {
  if (weight === "light") return g.gap;
  return ascii ? ":" : "•";
}

type Kind = "gap" | "line" | "marker" | "label";

interface GridCell {
  ch: string;
  style: number;
  kind: Kind;
  bold: boolean;
  derived?: boolean;
}

type Grid = (GridCell | undefined)[][];

/** The rows asciichart draws for one stretch: levels from 0 to height − 1, one column per level. */
export function plotStretch(levels: readonly number[], height: number, symbols: Glyphs["lines"][number]): string[] {
  const out = asciichart.plot([...levels], {
    min: 0,
    max: height - 1,
    height: height - 1,
    offset: 1,
    // One character, so that asciichart's label cell keeps every row the same length.
    format: () => " ",
    symbols,
  });
  return out.split("\n");
}

/** How a cell is painted: its series' colour, dim for gap dots, bold for markers. */
function look(cell: GridCell | undefined): string {
  if (!cell) return "";
  return `${cell.style}:${cell.bold}:${cell.kind === "label" ? "line" : cell.kind}`;
}

/** The article's series bold throughout (its dots too); official series plain, their dots dim. */
function paintRun(chalk: Paint, text: string, cell: GridCell | undefined): string {
  if (!cell) return text;
  const colour = seriesPaint(chalk, cell.style);
  if (cell.bold) return chalk.bold(colour(text));
  if (cell.kind === "gap") return chalk.dim(colour(text));
  return colour(text);
}

/** A row of cells as text, each run of cells painted alike coloured once. */
function paintRow(chalk: Paint, cells: readonly (GridCell | undefined)[]): string {
  let out = "";
  let run = "";
  let first: GridCell | undefined;
  cells.forEach((cell, i) => {
    if (i > 0 && look(cell) !== look(first)) {
      out += paintRun(chalk, run, first);
      run = "";
    }
    if (run === "") first = cell;
    run += cell?.ch ?? " ";
  });
  return out + paintRun(chalk, run, first);
}

function fill(view: LineChartView, g: Glyphs, ascii: boolean): Grid {
  const width = view.plotWidth + view.rightMargin;
  const grid: Grid = Array.from({ length: view.height }, () => Array.from({ length: width }, () => undefined));
  const put = (row: number, col: number, cell: GridCell) => {
    const r = grid[row];
    if (r && col >= 0 && col < width) r[col] = cell;
  };
  for (const s of view.draw) {
    const bold = s.weight === "bold";
    const gap = gapOf(g, ascii, s.weight);
    for (const c of s.layout.gaps) {
      const seen = grid[c.row]?.[c.col];
      // A bold series' dots cover a light one's.
      if (!seen || (bold && !seen.bold)) put(c.row, c.col, { ch: gap, style: s.style, kind: "gap", bold });
    }
  }
  for (const s of view.draw) {
    const bold = s.weight === "bold";
    const symbols = linesOf(g, s);
    for (const seg of s.layout.segments) {
      const rows = plotStretch(seg.levels, view.height, symbols);
      rows.forEach((text, row) => {
        const chars = Array.from(text);
        // Column 0 is asciichart's axis; the stretch's first point gets a marker there.
        for (let j = 1; j < seg.levels.length; j++) {
          const ch = chars[j];
          if (ch && ch !== " ") put(row, seg.start + j, { ch, style: s.style, kind: "line", bold });
        }
      });
    }
  }
  for (const s of view.draw) {
    const m = markersOf(g, ascii, s);
    const bold = s.weight === "bold";
    for (const mk of s.layout.markers) {
      const derived = s.derived[mk.index] === true;
      put(mk.row, mk.col, { ch: derived ? m.derived : m.observed, style: s.style, kind: "marker", bold, derived });
    }
  }
  // Labels of the series on top first; none for a marker hidden under another series' marker.
  for (const s of [...view.draw].reverse()) {
    for (const mk of s.layout.markers) {
      const text = s.valueLabels[mk.index];
      const seen = grid[mk.row]?.[mk.col];
      if (text && seen?.kind === "marker" && seen.style === s.style)
        placeLabel(grid, mk.row, mk.col, Array.from(text), s.style, s.weight === "bold");
    }
  }
  return grid;
}

/**
 * A value beside its marker, where the cells (and one either side) are free: right of it, left of
 * it, then on the row above or below; not at all if there is no room.
 */
function placeLabel(grid: Grid, row: number, col: number, chars: string[], style: number, bold: boolean): void {
  const w = chars.length;
  // Dots across a gap are no data: a label may cover them. The named fact's labels (its first and
  // last figures, the story told) may also cover the lines of light series when there is no other
  // room, never a marker.
  const coverable = (c: GridCell | undefined, lines: boolean) =>
    !c || c.kind === "gap" || (lines && !c.bold && c.kind === "line");
  const free = (r: number, from: number, to: number, lines: boolean) => {
    const cells = grid[r];
    return (
      cells !== undefined &&
      from >= 0 &&
      to < cells.length &&
      cells.slice(from, to + 1).every((c) => coverable(c, lines))
    );
  };
  const spots: [number, number][] = [
    [row, col + 2],
    [row, col - 1 - w],
    [row - 1, col + 1],
    [row + 1, col + 1],
    [row - 1, col - w],
    [row + 1, col - w],
  ];
  // Room that covers nothing first; then, for a bold label, room over light lines.
  const at = (lines: boolean) =>
    spots.find(([r, start]) => free(r, start - 1, start + w - (r === row ? 0 : -1), lines));
  const spot = at(false) ?? (bold ? at(true) : undefined);
  if (!spot) return;
  const [r, start] = spot;
  const cells = grid[r] as Grid[number];
  // Clear the dots either side, so the label stands apart from them.
  for (const c of [start - 1, start + w]) if (cells[c]?.kind === "gap") cells[c] = undefined;
  chars.forEach((ch, i) => {
    cells[start + i] = { ch, style, kind: "label", bold };
  });
}

function legendSample(g: Glyphs, ascii: boolean, e: LegendEntry): string {
  const m = markersOf(g, ascii, e);
  const first = e.observed ? m.observed : e.derived ? m.derived : " ";
  const gap = gapOf(g, ascii, e.weight);
  const middle = e.line ? linesOf(g, e)[4].repeat(2) : e.gap ? `${gap}${gap}` : "  ";
  const last = e.derived && (e.line || e.gap || e.observed) ? m.derived : e.line || e.gap ? m.observed : " ";
  return `${first}${middle}${last}`;
}

function keyLine(g: Glyphs, ascii: boolean, items: readonly KeyItem[], legend: readonly LegendEntry[]): string {
  const m0 = markersOf(g, ascii, { weight: "bold", mark: 0, style: 0 });
  // The dots of the named fact, when it has a gap: those are the ones the eye follows.
  const gap = gapOf(g, ascii, legend.some((e) => e.gap && e.weight === "bold") ? "bold" : "light");
  const keyGlyph = { observed: m0.observed, derived: m0.derived, gap: gap.repeat(2) };
  return items.map((k) => `${keyGlyph[k.glyph]} ${k.text}`).join("   ");
}

export function renderLineChart(view: LineChartView, ctx: ChartRenderContext): string {
  const { chalk } = ctx;
  const g = glyphs(ctx.ascii);
  const compact = ctx.compact === true;
  const out: string[] = [];
  const title = wrapText(view.title, ctx.width);
  const last = title.length - 1;
  // Short of rows: the unit on the title's last line, when it fits there.
  const unitBeside = compact && displayWidth(title[last] ?? "") + 3 + displayWidth(view.unit) <= ctx.width;
  title.forEach((line, i) => {
    out.push(i === last && unitBeside ? `${chalk.bold(line)}   ${chalk.dim(view.unit)}` : chalk.bold(line));
  });
  if (!unitBeside) out.push(chalk.dim(view.unit));
  const grid = fill(view, g, ctx.ascii);
  const labels = new Map(view.yLabels.map((l) => [l.row, l.text]));
  grid.forEach((cells, row) => {
    const label = labels.get(row);
    const axis = label !== undefined ? g.axis.tick : g.axis.rule;
    const body = paintRow(chalk, cells);
    out.push(`${chalk.dim(`${padStart(label ?? "", view.labelWidth)} ${axis}`)}${body}`.trimEnd());
  });
  const ticks = new Set(view.xTicks.map((t) => t.col));
  let rule = "";
  for (let c = 0; c < view.plotWidth; c++) rule += ticks.has(c) ? g.axis.xTick : g.axis.x;
  out.push(chalk.dim(`${" ".repeat(view.labelWidth + 1)}${g.axis.corner}${rule}`));
  const left = view.labelWidth + 2;
  const total = left + view.plotWidth + view.rightMargin;
  const row = Array.from({ length: total }, () => " ");
  for (const t of view.xTicks) {
    if (!t.label) continue;
    const w = t.label.length;
    const start = Math.max(0, Math.min(total - w, left + t.col - Math.floor((w - 1) / 2)));
    for (let i = 0; i < w; i++) row[start + i] = t.label[i] as string;
  }
  out.push(chalk.dim(row.join("").trimEnd()));
  if (!compact) out.push("");
  for (const e of view.legend) {
    const sample = legendSample(g, ctx.ascii, e);
    const indent = " ".repeat(displayWidth(sample) + 2);
    const text = `${e.name} · ${e.detail}`;
    const room = ctx.width - indent.length;
    const lines = compact ? [shorten(text, room)] : wrapText(text, room);
    const name = (t: string) => (e.weight === "bold" ? chalk.bold(t) : t);
    lines.forEach((line, i) => {
      const named = i === 0 && line.startsWith(e.name);
      const body = named ? `${name(e.name)}${chalk.dim(line.slice(e.name.length))}` : chalk.dim(line);
      out.push(i === 0 ? ` ${seriesPaint(chalk, e.style)(sample)} ${body}` : `${indent}${body}`);
    });
  }
  if (compact) out.push(chalk.dim(shorten(keyLine(g, ctx.ascii, view.keyShort, view.legend), ctx.width)));
  else
    for (const line of wrapText(keyLine(g, ctx.ascii, view.key, view.legend), ctx.width, "  "))
      out.push(chalk.dim(line));
  const notes =
    ctx.notes === "none"
      ? []
      : ctx.notes === "all"
        ? view.notes.flatMap((n) => wrapText(n, ctx.width, "  "))
        : shortNotes(view.notes, view.noteSummary, ctx.width);
  for (const line of notes) out.push(chalk.dim(line));
  return `${out.join("\n")}\n`;
}

/** What a fitted chart is drawn from: the series, and the options of its view but its size. */
export interface FitOptions extends Omit<LineOptions, "width" | "height"> {
  chalk: Paint;
  ascii: boolean;
  notes?: NotesMode;
  /** Rows of the plot, as asked (`--height`): no fitting, the full layout. */
  plotHeight?: number;
}

const lineCount = (text: string) => text.replace(/\n$/, "").split("\n").length;

/**
 * A line chart drawn to fill `size`: `width` columns and `height` rows for the whole of it
 * (title, plot, axis, legend, key, notes), like plotext. The plot takes the rows the rest leaves
 * (from PLOT_MIN to PLOT_MAX); when that is too few in the full layout, the compact one (unit
 * beside the title, one line per legend entry, short key) gives it more. Returns the text.
 */
export function fitLineChart(
  ctx: ViewContext,
  series: readonly ChartSeries[],
  size: { width: number; height: number },
  opts: FitOptions,
): string {
  const { chalk, ascii, notes, plotHeight, ...viewOpts } = opts;
  const draw = (h: number, compact: boolean) =>
    renderLineChart(lineChartView(ctx, series, { ...viewOpts, width: size.width, height: h }), {
      chalk,
      width: size.width,
      ascii,
      compact,
      ...(notes ? { notes } : {}),
    });
  if (plotHeight !== undefined) return draw(plotHeight, false);
  let fallback = "";
  for (const compact of [false, true]) {
    const extra = lineCount(draw(PLOT_MIN, compact)) - PLOT_MIN;
    let h = Math.min(PLOT_MAX, size.height - extra);
    if (!compact && (h < FULL_LAYOUT_MIN || h < size.height / 2)) continue;
    h = Math.max(PLOT_MIN, h);
    let out = draw(h, compact);
    // The rest may grow by a line with the plot (a note on marks hidden at this height).
    while (lineCount(out) > size.height && h > PLOT_MIN) out = draw(--h, compact);
    fallback = out;
    break;
  }
  return fallback;
}
