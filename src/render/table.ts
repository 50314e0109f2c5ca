/**
 * TableView → string, the way `gh pr list` reads: one line per item, aligned columns separated by
 * two spaces, numbers right-aligned, a rule under the header and no borders. When the table is
 * wider than the terminal, optional columns go first (last first), then the prose column gives
 * way: its text is shortened with … at a word boundary (or wrapped inside its own cell). Only
 * below about 60 columns, where no row fits on a line, does a stackable table put each row's
 * first cell on a line of its own.
 */

import Table from "cli-table3";
import type { Paint } from "../core/color.js";
import type { Cell, Column, TableView, Tone } from "../view/types.js";
import { asciiText } from "./glyphs.js";
import { padEnd, padStart, shorten, wrapText } from "./text.js";
import { displayWidth } from "./width.js";

export interface RenderContext {
  chalk: Paint;
  width: number;
  /** Plain ASCII: no box drawing, arrows or typographic marks (`--ascii`, `TERM=dumb`). */
  ascii?: boolean;
}

export function paint(chalk: Paint, text: string, tone: Tone | undefined): string {
  switch (tone) {
    case "good":
      return chalk.green(text);
    case "bad":
      return chalk.red(text);
    case "muted":
      return chalk.dim(text);
    case "strong":
      return chalk.bold(text);
    case "accent":
      return chalk.cyan(text);
    case "derived":
      return chalk.yellow(text);
    default:
      return text;
  }
}

/** Spaces between two columns. */
const GAP = 2;
/** Below this width a stackable table puts each row's first cell on a line of its own. */
export const STACK_BELOW = 60;
/** What a prose column is given, where it can, before optional columns stay in. */
const PROSE_WANT = 28;
/** The least a prose column is given: optional columns are left out before it gets less. */
const PROSE_MIN = 16;

/** The lines of a cell: its text's lines, the sub after the first. */
function cellLines(c: Cell | undefined): string[] {
  if (!c) return [""];
  return c.text.split("\n");
}

function subOf(c: Cell | undefined): string {
  return c?.sub ?? "";
}

function naturalWidth(column: Column, cells: (Cell | undefined)[]): number {
  let w = displayWidth(column.header);
  for (const c of cells) {
    const lines = cellLines(c);
    lines.forEach((line, k) => {
      const sub = k === 0 && subOf(c) ? GAP + displayWidth(subOf(c)) : 0;
      w = Math.max(w, displayWidth(line) + sub);
    });
  }
  return w;
}

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

/**
 * The columns shown and their widths within `width`: optional columns left out (last first) until
 * the fixed columns and the prose columns at their least fit; then the room left shared by the
 * prose columns in proportion to their natural width.
 */
export function layoutColumns(
  columns: Column[],
  rows: Cell[][],
  width: number,
): { shown: number[]; widths: number[]; squeezed?: boolean } {
  const natural = columns.map((col, i) =>
    naturalWidth(
      col,
      rows.map((r) => r[i]),
    ),
  );
  const firstProse = columns.findIndex((col) => col.prose);
  const atLeast = (min: number) =>
    columns.map((col, i) =>
      col.prose ? Math.min(natural[i] ?? 0, Math.max(displayWidth(col.header), min)) : (natural[i] ?? 0),
    );
  // The first prose column (the label) and an optional prose column want a readable width (else
  // the optional one is left out); any other prose column its least.
  const wanted0 = atLeast(PROSE_MIN).map((w, i) =>
    i === firstProse || (columns[i]?.prose && columns[i]?.optional)
      ? Math.min(natural[i] ?? 0, Math.max(w, PROSE_WANT))
      : w,
  );
  const least = atLeast(PROSE_MIN);
  let shown = columns.map((_, i) => i);
  const need = (which: number[], w: number[]) => sum(which.map((i) => w[i] ?? 0)) + GAP * (which.length - 1);
  for (let i = columns.length - 1; i >= 0 && need(shown, wanted0) > width; i--) {
    if (columns[i]?.optional) shown = shown.filter((j) => j !== i);
  }
  const widths = columns.map((_, i) => natural[i] ?? 0);
  if (need(shown, natural) <= width) return { shown, widths };
  const prose = shown.filter((i) => columns[i]?.prose);
  const fixed = shown.filter((i) => !columns[i]?.prose);
  let room = width - need(fixed, natural) - GAP * prose.length;
  if (fixed.length === 0) room += GAP;
  if (prose.length > 0 && room < sum(prose.map((i) => least[i] ?? 0)) && room >= 6 * prose.length) {
    // The prose columns share what the others leave, in proportion to their natural width.
    const total = sum(prose.map((i) => natural[i] ?? 0)) || 1;
    for (const i of prose) widths[i] = Math.max(6, Math.floor(((natural[i] ?? 0) * room) / total));
    const first = prose[0] as number;
    widths[first] = (widths[first] ?? 0) + (room - sum(prose.map((i) => widths[i] ?? 0)));
    return { shown, widths };
  }
  if (prose.length === 0 || room < sum(prose.map((i) => least[i] ?? 0))) {
    // Nothing gives way enough: every column but the nowrap ones in proportion (lines are then
    // cut to the width).
    const kept = shown.filter((i) => columns[i]?.nowrap);
    const shrink = shown.filter((i) => !columns[i]?.nowrap);
    const inner = width - GAP * (shown.length - 1) - sum(kept.map((i) => natural[i] ?? 0));
    const total = sum(shrink.map((i) => natural[i] ?? 0)) || 1;
    for (const i of shrink) widths[i] = Math.max(1, Math.floor(((natural[i] ?? 0) * inner) / total));
    return { shown, widths, squeezed: true };
  }
  // Each prose column first gets its floor (the label its readable width, where there is room),
  // then the room left in proportion to what it would still like.
  const floor = room >= sum(prose.map((i) => wanted0[i] ?? 0)) ? wanted0 : least;
  const want = prose.map((i) => (natural[i] ?? 0) - (floor[i] ?? 0));
  const extra = room - sum(prose.map((i) => floor[i] ?? 0));
  const wanted = sum(want);
  prose.forEach((i, k) => {
    widths[i] = (floor[i] ?? 0) + (wanted ? Math.floor(((want[k] ?? 0) * extra) / wanted) : 0);
  });
  // What rounding left goes to the first prose column.
  const first = prose[0] as number;
  widths[first] = (widths[first] ?? 0) + (room - sum(prose.map((i) => widths[i] ?? 0)));
  return { shown, widths };
}

/** Every string of the view spelt in ASCII. */
function asciiView(view: TableView): TableView {
  const c = (x: Cell): Cell => ({ ...x, text: asciiText(x.text), ...(x.sub ? { sub: asciiText(x.sub) } : {}) });
  return {
    ...view,
    ...(view.title ? { title: asciiText(view.title) } : {}),
    columns: view.columns.map((col) => ({ ...col, header: asciiText(col.header) })),
    rows: view.rows.map((r) => r.map(c)),
    notes: view.notes.map(asciiText),
    ...(view.source ? { source: asciiText(view.source) } : {}),
    ...(view.hiddenNote
      ? { hiddenNote: (columns: readonly string[]) => asciiText(view.hiddenNote?.(columns) ?? "") }
      : {}),
  };
}

/** One cell's lines at `width`: each line shortened (or wrapped), the sub dimmed after the first. */
function fitCell(ctx: RenderContext, c: Cell | undefined, col: Column, width: number): string[] {
  const ellipsis = ctx.ascii ? "..." : "…";
  const out: string[] = [];
  cellLines(c).forEach((line, k) => {
    const sub = k === 0 ? subOf(c) : "";
    if (col.prose && col.wrap) {
      for (const piece of wrapText(line, width)) out.push(paint(ctx.chalk, shorten(piece, width, ellipsis), c?.tone));
      if (sub) for (const piece of wrapText(sub, width)) out.push(ctx.chalk.dim(shorten(piece, width, ellipsis)));
      return;
    }
    // The sub (an id) only whole: the text gives way for it while at least 12 columns are left.
    const subWidth = sub ? displayWidth(sub) + GAP : 0;
    const keepSub = sub !== "" && width - subWidth >= Math.min(12, displayWidth(line));
    const text = shorten(line, keepSub ? width - subWidth : width, ellipsis);
    const tail = keepSub ? " ".repeat(GAP) + sub : "";
    out.push(paint(ctx.chalk, text, c?.tone) + (tail ? ctx.chalk.dim(tail) : ""));
  });
  return out;
}

// biome-ignore lint/suspicious/noControlCharactersInRegex: colour codes are the point.
const TRAILING = /\s+((?:\u001b\[[0-9;]*m)*)$/;

/** A line without trailing spaces, also where they sit inside a colour code. */
function trimLine(line: string): string {
  return line.replace(TRAILING, "$1");
}

/** No borders: each column's gap before it is cli-table3's padding (a column may be empty). */
const NO_BORDER = Object.fromEntries(
  "top top-mid top-left top-right bottom bottom-mid bottom-left bottom-right left left-mid mid mid-mid right right-mid middle"
    .split(" ")
    .map((name) => [name, ""]),
);
/** Longer tables are drawn here: cli-table3 takes about a millisecond a row. */
const GRID_ROWS = 500;

/**
 * The table, one line per item (more only where a cell holds several lines or a prose cell
 * wraps): the heading (bold with its padding, and whole above a squeezed column) and its rule
 * drawn here, the rows by cli-table3 (of a long table, here too).
 */
function renderRows(view: TableView, ctx: RenderContext, shown: number[], widths: number[]): string[] {
  const gap = " ".repeat(GAP);
  const right = (i: number) => view.columns[i]?.align === "right";
  const align = (text: string, i: number) => (right(i) ? padStart : padEnd)(text, widths[i] ?? 0);
  const lines = [trimLine(shown.map((i) => ctx.chalk.bold(align(view.columns[i]?.header ?? "", i))).join(gap))];
  lines.push(ctx.chalk.dim(shown.map((i) => (ctx.ascii ? "-" : "─").repeat(widths[i] ?? 0)).join(gap)));
  // One entry a line on screen: a row whose cells hold several lines gives several. cli-table3 gets
  // them one a row too: 0.6.5 redoes work over a whole cell for each of its lines
  // (cli-table/cli-table3#362), so a cell of 80 lines took 30 s.
  const screenLines = view.rows.flatMap((row) => {
    const cells = shown.map((i) => fitCell(ctx, row[i], view.columns[i] as Column, widths[i] ?? 0));
    const height = Math.max(...cells.map((c) => c.length));
    return Array.from({ length: height }, (_, k) => cells.map((c) => c[k] ?? ""));
  });
  if (view.rows.length === 0 || view.rows.length > GRID_ROWS) {
    for (const cells of screenLines) lines.push(trimLine(shown.map((i, j) => align(cells[j] ?? "", i)).join(gap)));
    return lines;
  }
  const grid = new Table({
    colWidths: shown.map((i) => GAP + (widths[i] ?? 0)),
    colAligns: shown.map((i) => (right(i) ? "right" : "left")),
    wordWrap: false,
    chars: NO_BORDER,
    style: { head: [], border: [], "padding-left": GAP, "padding-right": 0 },
  });
  for (const cells of screenLines) grid.push(cells);
  // The first column's gap is not wanted.
  for (const line of grid.toString().split("\n")) lines.push(trimLine(line.slice(GAP)));
  return lines;
}

/** Below about 60 columns: each row's first cell on a line, the others indented under it. */
function renderStacked(view: TableView, ctx: RenderContext, shown: number[]): string[] {
  const { chalk } = ctx;
  const lines: string[] = [];
  for (const row of view.rows) {
    const [first, ...rest] = shown;
    const label = row[first ?? 0];
    for (const line of wrapText(label?.text ?? "", ctx.width)) lines.push(paint(chalk, line, label?.tone ?? "strong"));
    if (label?.sub) for (const line of wrapText(label.sub, ctx.width, "  ")) lines.push(chalk.dim(line));
    const parts: string[] = [];
    for (const i of rest) {
      const c = row[i];
      const text = (c?.text ?? "").split("\n").filter(Boolean).join(" · ");
      if (!text) continue;
      const header = view.columns[i]?.header;
      parts.push(header && view.columns[i]?.align === "right" ? `${header} ${text}` : text);
    }
    for (const line of wrapText(`  ${parts.join("  ")}`, ctx.width, "  ")) lines.push(line);
  }
  return lines;
}

export function renderTable(given: TableView, ctx: RenderContext): string {
  const view = ctx.ascii ? asciiView(given) : given;
  const { chalk, width } = ctx;
  const layout = layoutColumns(view.columns, view.rows, width);
  // Stacked only where a row cannot fit on a line: below about 60 columns, or where even the
  // figures alone do not fit.
  const stacked = view.stackable === true && (width < STACK_BELOW || layout.squeezed === true);
  const { shown, widths } = stacked ? { shown: view.columns.map((_, i) => i), widths: [] } : layout;
  // Columns left out, by name (one without a heading, such as a sparkline, goes unsaid).
  const hidden = view.columns.filter((c, i) => !shown.includes(i) && c.header !== "").map((c) => c.header);
  const notes = hidden.length
    ? [...view.notes, view.hiddenNote ? view.hiddenNote(hidden) : `Left out at this width: ${hidden.join(", ")}`]
    : view.notes;
  const parts: string[] = [];
  if (view.title) for (const line of wrapText(view.title, width)) parts.push(chalk.bold(line));
  const body = stacked ? renderStacked(view, ctx, shown) : renderRows(view, ctx, shown, widths);
  // A last guard: nothing wider than the terminal, whatever a cell held.
  for (const line of body)
    parts.push(displayWidth(line) > width ? shorten(line, width, ctx.ascii ? "..." : "…") : line);
  for (const note of [...notes, ...(view.source ? [view.source] : [])]) {
    for (const line of wrapText(note, width, "  ")) parts.push(chalk.dim(line));
  }
  return `${parts.join("\n")}\n`;
}
