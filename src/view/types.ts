/** View models: plain data that renderers lay out. Built by pure functions in src/view. */

export type Tone = "good" | "bad" | "muted" | "strong" | "accent" | "derived";

export interface Cell {
  text: string;
  tone?: Tone;
  /** A second, dimmed line: the unit and source under a label. */
  sub?: string;
}

export interface Column {
  header: string;
  align?: "left" | "right";
  /** Prose (labels, summaries): may break between any two Chinese characters, not only at spaces. */
  prose?: boolean;
  /** May this column be left out when the table does not fit the width? (The rightmost goes first.) */
  optional?: boolean;
  /** Never wrap this column's cells (dates such as 26 Feb 2014): its natural width is its least. */
  nowrap?: boolean;
}

export interface TableView {
  title?: string;
  columns: Column[];
  rows: Cell[][];
  /** Footnotes under the table (derived values, substituted years, hedges). */
  notes: string[];
  /** The source line. */
  source?: string;
  /**
   * When the table is too wide, put each row's first cell on a line of its own spanning the
   * table, above the rest of the row (keeps long labels readable on narrow terminals).
   */
  stackable?: boolean;
  /** Said under the table when optional columns are left out, after their headers. */
  hiddenNote?: string;
  /** Printed to stderr when there are no rows. */
  empty?: string;
}

export function cell(text: string, tone?: Tone): Cell {
  return tone ? { text, tone } : { text };
}
