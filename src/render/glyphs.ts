/**
 * The characters charts are drawn with, in Unicode and in plain ASCII (`--ascii`, `TERM=dumb`), and
 * each series' style: a marker shape, a line style and a colour, so that a legend reads without colour.
 */
import type { Paint } from "../core/color.js";

/** asciichart's symbols: ┼ ┤ ╶ ╴ ─ ╰ ╭ ╮ ╯ │ (first value, axis, unused, unused, flat, turns, vertical). */
export type LineSymbols = [string, string, string, string, string, string, string, string, string, string];

export interface Glyphs {
  /** Per style: the marker of a published figure and of a derived one. */
  markers: { observed: string; derived: string }[];
  /** Per style: the line asciichart draws. */
  lines: LineSymbols[];
  /** A dot across a gap between years. */
  gap: string;
  axis: { tick: string; rule: string; corner: string; x: string; xTick: string };
  /** A bar: the full cell, and the partial cells for 1–7 eighths (none in ASCII). */
  bar: { full: string; partial: string[] };
  /** Sparkline marks, lowest to highest (eight levels). */
  spark: string[];
}

const line = (h: string, v: string, corners: [string, string, string, string]): LineSymbols => [
  "┼",
  "┤",
  "╶",
  "╴",
  h,
  corners[0],
  corners[1],
  corners[2],
  corners[3],
  v,
];

export const UNICODE: Glyphs = {
  markers: [
    { observed: "●", derived: "○" },
    { observed: "■", derived: "□" },
    { observed: "▲", derived: "△" },
    { observed: "◆", derived: "◇" },
    { observed: "▼", derived: "▽" },
    { observed: "★", derived: "☆" },
  ],
  lines: [
    line("─", "│", ["╰", "╭", "╮", "╯"]),
    line("━", "┃", ["┗", "┏", "┓", "┛"]),
    line("═", "║", ["╚", "╔", "╗", "╝"]),
    line("╌", "╎", ["╰", "╭", "╮", "╯"]),
    line("╍", "╏", ["┗", "┏", "┓", "┛"]),
    line("┄", "┆", ["╰", "╭", "╮", "╯"]),
  ],
  gap: "·",
  axis: { tick: "┤", rule: "│", corner: "└", x: "─", xTick: "┬" },
  bar: { full: "█", partial: ["", "▏", "▎", "▍", "▌", "▋", "▊", "▉"] },
  spark: ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"],
};

const asciiLine = (h: string): LineSymbols => ["+", "|", "-", "-", h, "+", "+", "+", "+", "|"];

export const ASCII: Glyphs = {
  markers: [
    { observed: "o", derived: "*" },
    { observed: "#", derived: "*" },
    { observed: "x", derived: "*" },
    { observed: "@", derived: "*" },
    { observed: "%", derived: "*" },
    { observed: "&", derived: "*" },
  ],
  lines: [asciiLine("-"), asciiLine("="), asciiLine("~"), asciiLine("-"), asciiLine("="), asciiLine("~")],
  gap: ".",
  axis: { tick: "+", rule: "|", corner: "+", x: "-", xTick: "+" },
  bar: { full: "#", partial: [] },
  spark: ["_", "_", ".", "-", "-", "~", "^", "^"],
};

export function glyphs(ascii: boolean): Glyphs {
  return ascii ? ASCII : UNICODE;
}

export function styleOf<T>(list: readonly T[], style: number): T {
  return list[style % list.length] as T;
}

/** Each series' colour, by style. */
export function seriesPaint(chalk: Paint, style: number): (text: string) => string {
  const palette = [chalk.cyan, chalk.yellow, chalk.green, chalk.magenta, chalk.blue, chalk.red];
  return styleOf(palette, style);
}

/** A bar `eighths` eighths of a cell long. */
export function barText(g: Glyphs, eighths: number): string {
  if (!g.bar.partial.length) return g.bar.full.repeat(eighths > 0 ? Math.max(1, Math.round(eighths / 8)) : 0);
  return g.bar.full.repeat(Math.floor(eighths / 8)) + (g.bar.partial[eighths % 8] ?? "");
}

/** A sparkline from levels 0–7; a missing year is a space. */
export function sparkline(g: Glyphs, levels: readonly (number | null)[]): string {
  return levels.map((l) => (l === null ? " " : (g.spark[l] ?? ""))).join("");
}

/**
 * The symbols of jjj's text in plain ASCII, for `--ascii` and `TERM=dumb`: arrows, marks, units and
 * typographic punctuation. Chinese text is left as it is (it has no ASCII form).
 */
const ASCII_TEXT: ReadonlyMap<string, string> = new Map([
  ["▲", "^"],
  ["▼", "v"],
  ["→", "->"],
  ["←", "<-"],
  ["µ", "u"],
  ["²", "2"],
  ["³", "3"],
  ["—", "-"],
  ["–", "-"],
  ["−", "-"],
  ["≥", ">="],
  ["≤", "<="],
  ["≈", "~"],
  ["…", "..."],
  ["‡", "#"],
  ["·", "|"],
  ["“", '"'],
  ["”", '"'],
  ["‘", "'"],
  ["’", "'"],
  ["×", "x"],
  ["§", "S"],
  ["¶", "P"],
  ["─", "-"],
  ["━", "="],
  ["│", "|"],
  ["█", "#"],
  ["▁", "_"],
  ["▂", "_"],
  ["▃", "."],
  ["▄", "-"],
  ["▅", "-"],
  ["▆", "~"],
  ["▇", "^"],
  ["\u00a0", " "],
]);
const ASCII_PATTERN = new RegExp(`[${[...ASCII_TEXT.keys()].join("")}]`, "gu");

/** `text` with jjj's symbols spelt in ASCII: ▲ → ^, µg/m³ → ug/m3, … → ... */
export function asciiText(text: string): string {
  return text.replace(ASCII_PATTERN, (ch) => ASCII_TEXT.get(ch) ?? ch);
}
