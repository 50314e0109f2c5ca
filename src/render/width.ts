/**
 * Display width in terminal columns: CJK and other East Asian wide characters count two, combining
 * marks and zero-width characters none, ANSI colour codes none. Uses get-east-asian-width (the
 * Unicode East Asian Width table that string-width is built on) without string-width's grapheme
 * and emoji segmentation, which costs tens of milliseconds at start-up and which jjj's text,
 * Chinese and English prose and figures, does not need.
 */
import { eastAsianWidth } from "get-east-asian-width";

// biome-ignore lint/suspicious/noControlCharactersInRegex: matching ANSI escape sequences is the point
const ANSI = /\u001b\[[0-9;]*m/g;

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

export function displayWidth(text: string): number {
  const plain = text.includes("\u001b") ? text.replace(ANSI, "") : text;
  let width = 0;
  for (const ch of plain) {
    const cp = ch.codePointAt(0) ?? 0;
    if (cp < 0x20 || (cp >= 0x7f && cp < 0xa0) || zeroWidth(cp)) continue;
    width += cp < 0x1100 ? 1 : eastAsianWidth(cp);
  }
  return width;
}
