/** View models: plain data that renderers lay out. Built by pure functions in src/view. */

export type Tone = "good" | "bad" | "muted" | "strong" | "accent" | "derived";

export interface Cell {
  /** The cell's text; a newline starts a line that belongs beside the same line of its row's other cells. */
  text: string;
  tone?: Tone;
  /** A dimmed addition: after the text on a table's line, under it in Markdown and the stacked layout. */
  sub?: string;
}

export interface Column {
  header: string;
  align?: "left" | "right";
  /**
   * Prose (labels, summaries): the column that gives way when the table is too wide. Its lines are
   * shortened with … at a word boundary, or wrapped inside the cell when `wrap` is set.
   */
  prose?: boolean;
  /** Wrap this prose column's text inside its cell instead of shortening it. */
  wrap?: boolean;
  /** May this column be left out when the table does not fit the width? (The rightmost goes first.) */
  optional?: boolean;
  /** Never wrap or shorten this column's cells (dates such as 26 Feb 2014). */
  nowrap?: boolean;
}

export interface TableView {
  title?: string;
  columns: Column[];
  rows: Cell[][];
  /** Footnotes under the table: each kind once, short. */
  notes: string[];
  /** The source line. */
  source?: string;
  /** Below about 60 columns, where no row fits on one line: each row's first cell on a line of its own. */
  stackable?: boolean;
  /** Said under the table when optional columns are left out, naming them. */
  hiddenNote?: (columns: readonly string[]) => string;
  /** Printed to stderr when there are no rows. */
  empty?: string;
}

export function cell(text: string, tone?: Tone): Cell {
  return tone ? { text, tone } : { text };
}
