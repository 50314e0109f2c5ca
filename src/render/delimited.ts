/**
 * Rows of cells → CSV or TSV. CSV is RFC 4180 (csv-stringify: fields with commas, quotes or line
 * breaks are quoted, quotes doubled, CRLF between records), UTF-8 without a byte-order mark.
 * TSV has no quoting: tab, newline, carriage return and backslash are escaped as \t \n \r \\.
 *
 * Both are opened by spreadsheets, which take a cell that starts with = + - or @ as a formula
 * (`=HYPERLINK(…)`, `@SUM(…)`, `-2+3`). A text cell that starts so gets a leading `'`, which
 * spreadsheets read as "this is text" (OWASP's advice for CSV injection). A number is left as it
 * is, -45.8 and 1e+21 included: it is not text, and a spreadsheet reads it as the number it is.
 * jjj's ids never start with those characters, so only text from a data file is ever changed.
 */
import { stringify } from "csv-stringify/sync";

/** A number as JSON writes it (-45.8, 1e+21): a spreadsheet reads it as that number. */
const NUMBER = /^-?\d+(\.\d+)?([eE][+-]?\d+)?$/;

/** A cell a spreadsheet would run as a formula, made text: `=1+1` → `'=1+1`; numbers stay. */
export function spreadsheetSafe(cell: string): string {
  return /^[=+\-@]/.test(cell) && !NUMBER.test(cell) ? `'${cell}` : cell;
}

/** Records as CSV lines, each ended by CRLF (a large table is written a batch of lines at a time). */
export function csvLines(rows: readonly (readonly string[])[]): string {
  // csv-stringify quotes a field with the record delimiter (CRLF) but not a lone LF or CR: quote those too.
  return stringify(
    rows.map((r) => r.map(spreadsheetSafe)),
    { record_delimiter: "windows", quoted_match: /[\r\n]/ },
  );
}

function tsvCell(text: string): string {
  return text.replace(/\\/g, "\\\\").replace(/\t/g, "\\t").replace(/\n/g, "\\n").replace(/\r/g, "\\r");
}

/** Records as TSV lines, each ended by LF. */
export function tsvLines(rows: readonly (readonly string[])[]): string {
  return rows.map((r) => `${r.map((c) => tsvCell(spreadsheetSafe(c))).join("\t")}\n`).join("");
}
