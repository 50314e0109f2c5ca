/** TableView → string, with cli-table3: CJK-aware widths, fitted to the terminal, colour via our chalk. */

import Table from "cli-table3";
import type { Paint } from "../core/color.js";
import { append } from "../lib/append.js";
import { maxOf } from "../lib/extremes.js";
import type { Cell, Column, TableView, Tone } from "../view/types.js";
import { wrapText } from "./text.js";
import { NARROW_TEXT, displayWidth as stringWidth } from "./width.js";

export interface RenderContext {
  chalk: Paint;
  width: number;
  /** Plain ASCII borders, for terminals and fonts without box-drawing characters. */
  ascii?: boolean;
}

const ASCII_CHARS = {
  top: "-",
  "top-mid": "+",
  "top-left": "+",
  "top-right": "+",
  bottom: "-",
  "bottom-mid": "+",
  "bottom-left": "+",
  "bottom-right": "+",
  left: "|",
  "left-mid": "+",
  mid: "-",
  "mid-mid": "+",
  right: "|",
  "right-mid": "+",
  middle: "|",
};

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

const PADDING = 2;

/** Rows drawn by cli-table3 at a time: see renderTable. */
const ROWS_PER_PIECE = 100;

const UP = new Set(["└", "┴", "┘", "+"]);
const DOWN = new Set(["┌", "┬", "┐", "+"]);

/**
 * The rule between two pieces of one table: the bottom border of the upper piece and the top
 * border of the lower one, merged (└─┴─┘ over ┌───┐ gives ├─┴─┤). Same length: same columns.
 */
function joinRule(bottom: string, top: string): string {
  const ascii = bottom.startsWith("+");
  const out: string[] = [];
  for (let i = 0; i < bottom.length; i++) {
    const up = UP.has(bottom[i] ?? "");
    const down = DOWN.has(top[i] ?? "");
    if (ascii) out.push(up || down ? "+" : "-");
    else if (i === 0) out.push("├");
    else if (i === bottom.length - 1) out.push("┤");
    else out.push(up && down ? "┼" : up ? "┴" : down ? "┬" : "─");
  }
  return out.join("");
}

function maxLineWidth(text: string): number {
  return maxOf(
    text.split("\n").map((l) => stringWidth(l)),
    0,
  );
}

/**
 * The longest piece of a text that may not be broken: in prose a word or one CJK character; in
 * other cells (figures, short terms such as 个百分点 or 改善) everything between two spaces.
 */
export function longestToken(text: string, prose: boolean): number {
  let max = 0;
  if (NARROW_TEXT.test(text)) {
    // No wide characters to break at, and each character one column: the longest word's length.
    for (const token of text.split(/\s+/)) if (token.length > max) max = token.length;
    return max;
  }
  const pieces = prose ? /\s+|(?=[\u2E80-\uFFEF\u{20000}-\u{3FFFF}])|(?<=[\u2E80-\uFFEF\u{20000}-\u{3FFFF}])/u : /\s+/;
  for (const token of text.split(pieces)) max = Math.max(max, stringWidth(token));
  return max;
}

/** Column widths by a measure of the cells; headers never wrap, so they count whole. */
function columnWidths(columns: Column[], rows: Cell[][], measure: (text: string, col: Column) => number): number[] {
  return columns.map(
    (col, i) =>
      maxOf(
        rows.map((r) => Math.max(measure(r[i]?.text ?? "", col), measure(r[i]?.sub ?? "", col))),
        maxLineWidth(col.header),
      ) + PADDING,
  );
}

const unbreakable = (t: string, col: Column) =>
  col.nowrap
    ? maxLineWidth(t)
    : maxOf(
        t.split("\n").map((line) => longestToken(line, col.prose === true)),
        0,
      );

const total = (widths: number[]) => widths.reduce((a, b) => a + b, 0) + widths.length + 1;

/**
 * Drop optional columns, last first, until the unbreakable pieces of the rest fit `width`.
 * Returns the indexes of the columns to show.
 */
function visibleColumns(columns: Column[], rows: Cell[][], width: number): number[] {
  let shown = columns.map((_, i) => i);
  const fits = () =>
    total(
      columnWidths(
        shown.map((i) => columns[i] as Column),
        rows.map((r) => shown.map((i) => r[i] ?? { text: "" })),
        unbreakable,
      ),
    ) <= width;
  for (let i = columns.length - 1; i >= 0 && !fits(); i--) {
    if (columns[i]?.optional) shown = shown.filter((j) => j !== i);
  }
  return shown;
}

/**
 * Column widths (content + padding) that fit `width`, as a browser lays out a table: each column
 * gets at least its longest unbreakable piece (so a figure never splits), and the room left is
 * shared in proportion to how much more each column would like. Only when even the unbreakable
 * pieces do not fit are words broken.
 */
export function fitColumns(columns: Column[], rows: Cell[][], width: number): number[] {
  const natural = columnWidths(columns, rows, maxLineWidth);
  if (total(natural) <= width) return natural;
  const least = columnWidths(columns, rows, unbreakable);
  const room = width - total(least);
  if (room < 0) {
    // Not even the unbreakable pieces fit: shrink those in proportion, breaking words.
    const inner = width - (columns.length + 1);
    const sum = least.reduce((a, b) => a + b, 0);
    return least.map((w) => Math.max(PADDING + 1, Math.floor((w * inner) / sum)));
  }
  // Share the room in proportion to what each column would like, then hand what rounding left
  // to the columns closest to their full width, so that short cells are not wrapped for a column.
  const want = natural.map((w, i) => w - (least[i] ?? 0));
  const wanted = want.reduce((a, b) => a + b, 0);
  const widths = least.map((w, i) => w + Math.floor(((want[i] ?? 0) * room) / wanted));
  let left = width - total(widths);
  const byDeficit = widths
    .map((w, i) => ({ i, deficit: (natural[i] ?? 0) - w }))
    .filter((c) => c.deficit > 0)
    .sort((a, b) => a.deficit - b.deficit);
  for (const { i, deficit } of byDeficit) {
    const give = Math.min(deficit, left);
    widths[i] = (widths[i] ?? 0) + give;
    left -= give;
  }
  return widths;
}

/**
 * A cell shows at most this many lines, the last of them "…" when there are more (the full text is
 * in `show` and the JSON). cli-table3 rescans a whole cell for each line it draws: a cell of
 * thousands of lines would take minutes.
 */
const MAX_CELL_LINES = 100;

function cellText(chalk: Paint, c: Cell, inner: number, inline = false): string {
  if (inline && c.sub && stringWidth(c.text) + 3 + stringWidth(c.sub) <= inner) {
    return `${paint(chalk, c.text, c.tone)}   ${chalk.dim(c.sub)}`;
  }
  const lines = wrapText(c.text, inner).map((line) => paint(chalk, line, c.tone));
  if (c.sub)
    append(
      lines,
      wrapText(c.sub, inner).map((line) => chalk.dim(line)),
    );
  if (lines.length > MAX_CELL_LINES) lines.splice(MAX_CELL_LINES - 1, Infinity, chalk.dim("…"));
  return lines.join("\n");
}

/** Does the table fit without squeezing its first column below a readable width? */
function fitsSideBySide(view: TableView, width: number): boolean {
  const natural = columnWidths(view.columns, view.rows, maxLineWidth);
  const first = natural[0] ?? 0;
  const rest = total(natural.slice(1)) + (natural.length > 1 ? 0 : 1);
  return rest + Math.min(first, 32) <= width;
}

export function renderTable(full: TableView, ctx: RenderContext): string {
  const { chalk } = ctx;
  const stacked = full.stackable === true && !fitsSideBySide(full, ctx.width);
  // Which columns fit: in a stacked table the first column has a line of its own.
  const offset = stacked ? 1 : 0;
  const shown = visibleColumns(
    full.columns.slice(offset),
    full.rows.map((r) => r.slice(offset)),
    ctx.width,
  ).map((i) => i + offset);
  const keep = stacked ? [0, ...shown] : shown;
  const hidden = full.columns.filter((_, i) => !keep.includes(i)).map((c) => c.header);
  const view: TableView = {
    ...full,
    columns: keep.map((i) => full.columns[i] as Column),
    rows: full.rows.map((r) => keep.map((i) => r[i] ?? { text: "" })),
    notes: hidden.length
      ? [...full.notes, `${hidden.join(", ")}: ${full.hiddenNote ?? "not shown at this width"}`]
      : full.notes,
  };
  const columns = stacked ? view.columns.slice(1) : view.columns;
  const bodyRows = stacked ? view.rows.map((r) => r.slice(1)) : view.rows;
  const colWidths = fitColumns(columns, bodyRows, ctx.width);
  const tableWidth = total(colWidths);
  const newTable = (withHead: boolean) =>
    new Table({
      head: withHead ? columns.map((c) => chalk.bold(c.header)) : [],
      colWidths,
      colAligns: columns.map((c) => c.align ?? "left"),
      wordWrap: false,
      style: { head: [], border: [], "padding-left": 1, "padding-right": 1 },
      // Stacked: lines between rows, so that a label and its figures group. Side by side: only the
      // line under the header is kept (below).
      chars: ctx.ascii ? ASCII_CHARS : {},
    });
  const spanInner = tableWidth - 2 - PADDING;
  // cli-table3 lays out a table in time quadratic in its rows (it checks each cell against every
  // row above): draw it in pieces of the same column widths and join them with a rule.
  const pieces: string[][] = [];
  for (let start = 0; start === 0 || start < view.rows.length; start += ROWS_PER_PIECE) {
    const table = newTable(start === 0);
    for (const row of view.rows.slice(start, start + ROWS_PER_PIECE)) {
      if (stacked) {
        const first = row[0];
        if (first)
          table.push([{ colSpan: columns.length, hAlign: "left", content: cellText(chalk, first, spanInner, true) }]);
      }
      const cells = stacked ? row.slice(1) : row;
      table.push(cells.map((c, i) => cellText(chalk, c, Math.max(1, (colWidths[i] ?? 0) - PADDING))));
    }
    pieces.push(table.toString().split("\n"));
  }
  const joined = pieces[0] ?? [];
  for (const piece of pieces.slice(1)) {
    const bottom = joined.pop() ?? "";
    joined.push(joinRule(bottom, piece[0] ?? ""));
    append(joined, piece.slice(1));
  }
  const parts: string[] = [];
  if (view.title) parts.push(chalk.bold(view.title));
  let body = joined.join("\n");
  if (!stacked) {
    // Keep the rule under the header; drop those between rows.
    const leftMid = ctx.ascii ? "+" : "├";
    const lines = body.split("\n");
    let ruled = false;
    body = lines
      .filter((line, k) => {
        if (k === 0 || k === lines.length - 1 || !line.startsWith(leftMid)) return true;
        const keep = !ruled;
        ruled = true;
        return keep;
      })
      .join("\n");
  }
  parts.push(body);
  for (const note of [...view.notes, ...(view.source ? [view.source] : [])]) {
    for (const line of wrapText(note, ctx.width, "  ")) parts.push(chalk.dim(line));
  }
  return `${parts.join("\n")}\n`;
}
