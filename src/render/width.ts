/**
 * Display width in terminal columns: CJK and other East Asian wide characters count two, combining
 * marks and zero-width characters none, ANSI colour codes none. Uses get-east-asian-width (the
 * Unicode East Asian Width table that string-width is built on) without string-width's grapheme
 * and emoji segmentation, which costs tens of milliseconds at start-up and which jjj's text,
 * Chinese and English prose and figures, does not need.
 */
import { eastAsianWidth } from "get-east-asian-width";

/** Combining marks, zero-width spaces and joiners, direction marks, variation selectors, BOM. */
function zeroWidth(cp: number): boolean {
  return (
    (cp >= 0x0300 && cp <= 0x036f) ||
    (cp >= 0x200b && cp <= 0x200f) ||
    (cp >= 0x2028 && cp <= 0x202e) ||
    (cp >= 0x2060 && cp <= 0x2064) ||
    (cp >= 0xfe00 && cp <= 0xfe0f) ||
    cp === 0xfeff
  );
}

/** Where an ANSI colour code (ESC [ digits and semicolons m) that starts at `i` ends, or -1. */
function colourCodeEnd(text: string, i: number): number {
  if (text.charCodeAt(i + 1) !== 0x5b) return -1;
  for (let j = i + 2; j < text.length; j++) {
    const c = text.charCodeAt(j);
    if (c === 0x6d) return j;
    if (!((c >= 0x30 && c <= 0x39) || c === 0x3b)) return -1;
  }
  return -1;
}

/**
 * Text made only of characters one column wide each: printable ASCII, Latin-1 and the other Latin,
 * Greek and Cyrillic letters, general punctuation (– — “ ” …), arrows and mathematical operators
 * (− ≥ ≈), box drawing, block elements and the geometric shapes jjj draws with (▲ ● ◆ □), none of
 * them East Asian wide, zero-width or a control (a test checks every one).
 */
const NARROW = "\\x20-\\x7e\\u00a0-\\u02ff\\u0370-\\u052f\\u2010-\\u2027\\u2030-\\u205e\\u2190-\\u22ff\\u2500-\\u25fc";
export const NARROW_TEXT = new RegExp(`^[${NARROW}]*$`);

/**
 * The wide characters of Chinese text, two columns each: CJK symbols and punctuation (、。「」),
 * CJK unified ideographs and fullwidth forms (（），：). A test checks every one.
 */
const CJK = "\\u3000-\\u303e\\u4e00-\\u9fff\\uff01-\\uff60";
export const WIDE_CJK = new RegExp(`[${CJK}]`, "g");

/** Text of narrow characters and those wide ones: most Chinese text jjj shows. */
const NARROW_OR_CJK = new RegExp(`^[${NARROW}${CJK}]*$`);

// biome-ignore lint/suspicious/noControlCharactersInRegex: ANSI colour codes are the point
const COLOUR_CODES = /\u001b\[[0-9;]*m/g;

/** The width of text known to be narrow characters and common CJK ones. */
function narrowOrCjkWidth(text: string): number {
  return text.length + (text.match(WIDE_CJK)?.length ?? 0);
}

/**
 * Measured a character code at a time (tables measure every line of every cell, often): printable
 * ASCII costs one comparison, and only characters from U+1100 up are looked up in the table. Text
 * all of narrow characters (most of an English table, borders included), once colour codes are
 * removed, is one regular-expression test, and Chinese text of common characters two: V8 runs
 * those as native code, where a loop over the characters would run in the interpreter on a
 * short run.
 */
export function displayWidth(text: string): number {
  if (NARROW_TEXT.test(text)) return text.length;
  if (NARROW_OR_CJK.test(text)) return narrowOrCjkWidth(text);
  if (text.includes("\u001b")) {
    const plain = text.replace(COLOUR_CODES, "");
    if (NARROW_OR_CJK.test(plain)) return narrowOrCjkWidth(plain);
  }
  let width = 0;
  for (let i = 0; i < text.length; i++) {
    let cp = text.charCodeAt(i);
    if (cp >= 0x20 && cp < 0x7f) {
      width++;
      continue;
    }
    if (cp === 0x1b) {
      const end = colourCodeEnd(text, i);
      if (end > 0) i = end;
      continue;
    }
    if (cp >= 0xd800 && cp < 0xdc00 && i + 1 < text.length) {
      const low = text.charCodeAt(i + 1);
      if (low >= 0xdc00 && low < 0xe000) {
        cp = (cp - 0xd800) * 0x400 + (low - 0xdc00) + 0x10000;
        i++;
      }
    }
    if (cp < 0x20 || (cp >= 0x7f && cp < 0xa0) || zeroWidth(cp)) continue;
    width += cp < 0x1100 ? 1 : eastAsianWidth(cp);
  }
  return width;
}
