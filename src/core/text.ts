/**
 * The one output filter: text from a data file, an argument or any input is data, never control.
 * Every character that a terminal, a Markdown viewer or a spreadsheet could take as control is
 * shown as an escape instead: C0 and C1 controls (`\x1b`), DEL, bidi overrides and isolates
 * (`\u202e`), zero-width characters and other invisible format characters (`\u200b`), and the line
 * and paragraph separators.
 */

/** Invisible format characters: soft hyphen, bidi marks, overrides and isolates, zero-width, BOM. */
const FORMAT = "\\u00ad\\u061c\\u115f\\u1160\\u180e\\u200b-\\u200f\\u2028-\\u202e\\u2060-\\u206f\\ufeff\\ufff9-\\ufffb";
/** Controls other than tab and newline, DEL, C1, and the format characters. */
const CONTROL = new RegExp(`[\\u0000-\\u0008\\u000b-\\u001f\\u007f-\\u009f${FORMAT}]`, "g");
/** The same, tab and newline included: for text that must stay on one line. */
const CONTROL_OR_BREAK = new RegExp(`[\\u0000-\\u001f\\u007f-\\u009f${FORMAT}]`, "g");
/** jjj's own colours and styles: SGR sequences (ESC [ … m), which only the writer lets pass. */
const SGR = new RegExp(`${String.fromCharCode(0x1b)}\\[[0-9;]*m`, "y");

function escapeChar(ch: string): string {
  const code = ch.charCodeAt(0);
  if (code === 0x09) return "\\t";
  if (code === 0x0a) return "\\n";
  if (code === 0x0d) return "\\r";
  return code < 0x100 ? `\\x${code.toString(16).padStart(2, "0")}` : `\\u${code.toString(16).padStart(4, "0")}`;
}

/** `text` with every control character made visible; tab and newline are kept. */
export function visible(text: string): string {
  return text.replace(CONTROL, escapeChar);
}

/** `text` on one line: every control character made visible, tab and newline too. */
export function visibleLine(text: string): string {
  return text.replace(CONTROL_OR_BREAK, escapeChar);
}

/** Whether `text` holds a character that visible() would change. */
export function hasControl(text: string): boolean {
  CONTROL.lastIndex = 0;
  return CONTROL.test(text);
}

/**
 * What the writer sends to a terminal or a file: visible(), except jjj's own SGR colour sequences
 * when colour is on (`sgr`). Nothing else that could move the cursor, retitle the window or write
 * the clipboard gets through.
 */
export function terminalSafe(text: string, sgr: boolean): string {
  if (!sgr || !text.includes("\u001b")) return visible(text);
  let out = "";
  let last = 0;
  for (let i = text.indexOf("\u001b"); i >= 0; i = text.indexOf("\u001b", last)) {
    SGR.lastIndex = i;
    const keep = SGR.test(text);
    const end = keep ? SGR.lastIndex : i + 1;
    out += visible(text.slice(last, i)) + (keep ? text.slice(i, end) : "\\x1b");
    last = end;
  }
  return out + visible(text.slice(last));
}

/** Echoed input, cut to a sensible length and made visible: `"pm25\r"` → `"pm25\r"` shown as `pm25\r`. */
export function echo(text: string, max = 80): string {
  const cut = text.length > max ? `${text.slice(0, max)}…` : text;
  return visibleLine(cut);
}

/**
 * JSON as it is written: the same document, with the characters JSON.stringify leaves raw but a
 * terminal would act on (C1 controls, bidi, zero-width) written as \u escapes.
 */
export function jsonSafe(json: string): string {
  return json.replace(CONTROL, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

/** CSV as it is written: its CRLF line ends kept, every other control character made visible. */
export function csvSafe(csv: string): string {
  return csv.split("\r\n").map(visible).join("\r\n");
}
