/**
 * A line chart view → text. asciichart draws each stretch of a series between points of
 * consecutive years, with the rows fixed by the view (levels from 0 to height − 1), and the
 * stretches are laid onto one grid at their columns; markers, dots across gaps, value labels, the
 * axes and the legend are laid out here. Nothing is computed: every position comes with the view.
 */
import asciichart from "asciichart";
import type { Paint } from "../core/color.js";
import type { LegendEntry, LineChartView } from "../view/chart.js";
import { type Glyphs, glyphs, seriesPaint, styleOf } from "./glyphs.js";
import { padStart, wrapText } from "./text.js";
import { displayWidth } from "./width.js";

export interface ChartRenderContext {
  chalk: Paint;
  width: number;
  ascii: boolean;
}

type Kind = "gap" | "line" | "marker" | "label";

interface GridCell {
  ch: string;
  style: number;
  kind: Kind;
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
  return `${cell.style}:${cell.kind === "label" ? "line" : cell.kind}`;
}

function paintRun(chalk: Paint, text: string, cell: GridCell | undefined): string {
  if (!cell) return text;
  const colour = seriesPaint(chalk, cell.style);
  if (cell.kind === "gap") return chalk.dim(colour(text));
  if (cell.kind === "marker") return chalk.bold(colour(text));
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

function fill(view: LineChartView, g: Glyphs): Grid {
  const width = view.plotWidth + view.rightMargin;
  const grid: Grid = Array.from({ length: view.height }, () => Array.from({ length: width }, () => undefined));
  const put = (row: number, col: number, cell: GridCell) => {
    const r = grid[row];
    if (r && col >= 0 && col < width) r[col] = cell;
  };
  for (const s of view.draw) {
    for (const c of s.layout.gaps)
      if (!grid[c.row]?.[c.col]) put(c.row, c.col, { ch: g.gap, style: s.style, kind: "gap" });
  }
  for (const s of view.draw) {
    const symbols = styleOf(g.lines, s.lineStyle);
    for (const seg of s.layout.segments) {
      const rows = plotStretch(seg.levels, view.height, symbols);
      rows.forEach((text, row) => {
        const chars = Array.from(text);
        // Column 0 is asciichart's axis; the stretch's first point gets a marker there.
        for (let j = 1; j < seg.levels.length; j++) {
          const ch = chars[j];
          if (ch && ch !== " ") put(row, seg.start + j, { ch, style: s.style, kind: "line" });
        }
      });
    }
  }
  for (const s of view.draw) {
    const m = styleOf(g.markers, s.style);
    for (const mk of s.layout.markers) {
      const derived = s.derived[mk.index] === true;
      put(mk.row, mk.col, { ch: derived ? m.derived : m.observed, style: s.style, kind: "marker", derived });
    }
  }
  // Labels of the series on top first; none for a marker hidden under another series' marker.
  for (const s of [...view.draw].reverse()) {
    for (const mk of s.layout.markers) {
      const text = s.valueLabels[mk.index];
      const seen = grid[mk.row]?.[mk.col];
      if (text && seen?.kind === "marker" && seen.style === s.style)
        placeLabel(grid, mk.row, mk.col, Array.from(text), s.style);
    }
  }
  return grid;
}

/**
 * A value beside its marker, where the cells (and one either side) are free: right of it, left of
 * it, then on the row above or below; not at all if there is no room.
 */
function placeLabel(grid: Grid, row: number, col: number, chars: string[], style: number): void {
  const w = chars.length;
  const free = (r: number, from: number, to: number) => {
    const cells = grid[r];
    // Dots across a gap are no data: a label may cover them.
    return (
      cells !== undefined &&
      from >= 0 &&
      to < cells.length &&
      cells.slice(from, to + 1).every((c) => !c || c.kind === "gap")
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
  const spot = spots.find(([r, start]) => free(r, start - 1, start + w - (r === row ? 0 : -1)));
  if (!spot) return;
  const [r, start] = spot;
  const cells = grid[r] as Grid[number];
  // Clear the dots either side, so the label stands apart from them.
  for (const c of [start - 1, start + w]) if (cells[c]?.kind === "gap") cells[c] = undefined;
  chars.forEach((ch, i) => {
    cells[start + i] = { ch, style, kind: "label" };
  });
}

function legendSample(g: Glyphs, e: LegendEntry): string {
  const m = styleOf(g.markers, e.style);
  const first = e.observed ? m.observed : e.derived ? m.derived : " ";
  const middle = e.line ? styleOf(g.lines, e.lineStyle)[4].repeat(2) : e.gap ? `${g.gap}${g.gap}` : "  ";
  const last = e.derived && (e.line || e.gap || e.observed) ? m.derived : e.line || e.gap ? m.observed : " ";
  return `${first}${middle}${last}`;
}

export function renderLineChart(view: LineChartView, ctx: ChartRenderContext): string {
  const { chalk } = ctx;
  const g = glyphs(ctx.ascii);
  const out: string[] = [];
  for (const line of wrapText(view.title, ctx.width)) out.push(chalk.bold(line));
  out.push(chalk.dim(view.unit));
  const grid = fill(view, g);
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
  out.push("");
  for (const e of view.legend) {
    const sample = legendSample(g, e);
    const indent = " ".repeat(displayWidth(sample) + 2);
    const lines = wrapText(`${e.name} · ${e.detail}`, ctx.width - indent.length);
    lines.forEach((text, i) => {
      const named = i === 0 && text.startsWith(e.name);
      const body = named ? `${chalk.bold(e.name)}${chalk.dim(text.slice(e.name.length))}` : chalk.dim(text);
      out.push(i === 0 ? ` ${seriesPaint(chalk, e.style)(sample)} ${body}` : `${indent}${body}`);
    });
  }
  const m0 = styleOf(g.markers, 0);
  const keyGlyph = { observed: m0.observed, derived: m0.derived, gap: g.gap.repeat(2) };
  const key = view.key.map((k) => `${keyGlyph[k.glyph]} ${k.text}`).join("   ");
  for (const line of wrapText(key, ctx.width, "  ")) out.push(chalk.dim(line));
  for (const note of view.notes) for (const line of wrapText(note, ctx.width, "  ")) out.push(chalk.dim(line));
  return `${out.join("\n")}\n`;
}
