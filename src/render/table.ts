/** TableView → string, with cli-table3: CJK-aware widths, fitted to the terminal, colour via our chalk. */

import Table from "cli-table3";
import type { Paint } from "../cli/color.js";
import type { Cell, Column, TableView, Tone } from "../view/types.js";
import { wrapText } from "./text.js";
import { displayWidth as stringWidth } from "./width.js";

export interface RenderContext {
  chalk: Paint;
  width: number;
  /** Borders in plain ASCII (--ascii, TERM=dumb). */
  ascii?: boolean;
}

/** cli-table3's border characters in plain ASCII. */
const ASCII_BORDERS = {
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
const MIN_WRAP = 6;

function maxLineWidth(text: string): number {
  return Math.max(0, ...text.split("\n").map((l) => stringWidth(l)));
}

function naturalWidths(columns: Column[], rows: Cell[][]): number[] {
  return columns.map(
    (col, i) =>
      Math.max(
        stringWidth(col.header),
        ...rows.map((r) => Math.max(maxLineWidth(r[i]?.text ?? ""), maxLineWidth(r[i]?.sub ?? ""))),
      ) + PADDING,
  );
}

const total = (widths: number[]) => widths.reduce((a, b) => a + b, 0) + widths.length + 1;

/**
 * Column widths (content + padding) that fit `width`: columns that may not wrap keep their natural
 * width; the wrappable ones share what is left in proportion to their natural widths.
 */
export function fitColumns(columns: Column[], rows: Cell[][], width: number): number[] {
  const widths = naturalWidths(columns, rows);
  if (total(widths) <= width) return widths;
  const wrappable = columns.map((c, i) => (c.wrap ? i : -1)).filter((i) => i >= 0);
  const fixed = total(widths) - wrappable.reduce((sum, i) => sum + (widths[i] ?? 0), 0);
  const available = Math.max(0, width - fixed);
  const wanted = wrappable.reduce((sum, i) => sum + (widths[i] ?? 0), 0);
  let left = available;
  for (const i of wrappable) {
    const share = Math.max(MIN_WRAP + PADDING, Math.floor((available * (widths[i] ?? 0)) / wanted));
    widths[i] = Math.min(widths[i] ?? 0, share);
    left -= widths[i] ?? 0;
  }
  // Hand out what rounding left over, one column at a time, to those still short of natural width.
  const natural = naturalWidths(columns, rows);
  for (let k = 0; left > 0 && k < 1000; k++) {
    const short = wrappable.filter((i) => (widths[i] ?? 0) < (natural[i] ?? 0));
    if (!short.length) break;
    for (const i of short) {
      if (left <= 0) break;
      widths[i] = (widths[i] ?? 0) + 1;
      left--;
    }
  }
  return widths;
}

function cellText(chalk: Paint, c: Cell, inner: number, inline = false): string {
  if (inline && c.sub && stringWidth(c.text) + 3 + stringWidth(c.sub) <= inner) {
    return `${paint(chalk, c.text, c.tone)}   ${chalk.dim(c.sub)}`;
  }
  const lines = wrapText(c.text, inner).map((line) => paint(chalk, line, c.tone));
  if (c.sub) lines.push(...wrapText(c.sub, inner).map((line) => chalk.dim(line)));
  return lines.join("\n");
}

/** Does the table fit without squeezing its first column below a readable width? */
function fitsSideBySide(view: TableView, width: number): boolean {
  const natural = naturalWidths(view.columns, view.rows);
  const first = natural[0] ?? 0;
  const rest = total(natural.slice(1)) + (natural.length > 1 ? 0 : 1);
  return rest + Math.min(first, 32) <= width;
}

export function renderTable(view: TableView, ctx: RenderContext): string {
  const { chalk } = ctx;
  const stacked = view.stackable === true && !fitsSideBySide(view, ctx.width);
  const columns = stacked ? view.columns.slice(1) : view.columns;
  const bodyRows = stacked ? view.rows.map((r) => r.slice(1)) : view.rows;
  const colWidths = fitColumns(columns, bodyRows, ctx.width);
  const tableWidth = total(colWidths);
  const table = new Table({
    head: columns.map((c) => chalk.bold(c.header)),
    colWidths,
    colAligns: columns.map((c) => c.align ?? "left"),
    wordWrap: false,
    style: { head: [], border: [], "padding-left": 1, "padding-right": 1 },
    // Side by side: no lines between rows. Stacked: lines between rows, so label and figures group.
    chars: {
      ...(ctx.ascii ? ASCII_BORDERS : {}),
      ...(stacked ? {} : { mid: "", "left-mid": "", "mid-mid": "", "right-mid": "" }),
    },
  });
  const spanInner = tableWidth - 2 - PADDING;
  for (const row of view.rows) {
    if (stacked) {
      const first = row[0];
      if (first)
        table.push([{ colSpan: columns.length, hAlign: "left", content: cellText(chalk, first, spanInner, true) }]);
    }
    const cells = stacked ? row.slice(1) : row;
    table.push(cells.map((c, i) => cellText(chalk, c, Math.max(1, (colWidths[i] ?? 0) - PADDING))));
  }
  const parts: string[] = [];
  if (view.title) parts.push(chalk.bold(view.title));
  parts.push(table.toString());
  for (const note of [...view.notes, ...(view.source ? [view.source] : [])]) {
    for (const line of wrapText(note, ctx.width, "  ")) parts.push(chalk.dim(line));
  }
  return `${parts.join("\n")}\n`;
}
