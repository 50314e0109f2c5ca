/**
 * Rows of cells → CSV or TSV. CSV is RFC 4180 (csv-stringify: fields with commas, quotes or line
 * breaks are quoted, quotes doubled, CRLF between records), UTF-8 without a byte-order mark.
 * TSV has no quoting: tab, newline, carriage return and backslash are escaped as \t \n \r \\.
 */
import { stringify } from "csv-stringify/sync";

/** Records as CSV lines, each ended by CRLF (a large table is written a batch of lines at a time). */
export function csvLines(rows: readonly (readonly string[])[]): string {
  // csv-stringify quotes a field with the record delimiter (CRLF) but not a lone LF or CR: quote those too.
  return stringify(rows as string[][], { record_delimiter: "windows", quoted_match: /[\r\n]/ });
}

function tsvCell(text: string): string {
  return text.replace(/\\/g, "\\\\").replace(/\t/g, "\\t").replace(/\n/g, "\\n").replace(/\r/g, "\\r");
}

/** Records as TSV lines, each ended by LF. */
export function tsvLines(rows: readonly (readonly string[])[]): string {
  return rows.map((r) => `${r.map(tsvCell).join("\t")}\n`).join("");
}
