import { append } from "../lib/append.js";
import { displayWidth as stringWidth } from "./width.js";

/**
 * Wide (CJK) characters: a line may break before or after any of them, except that closing
 * punctuation （。，）stays with the character before it and opening punctuation with the one
 * after, as Chinese typesetting requires. Read by code point (`u`), so that a character outside
 * the Basic Multilingual Plane (a rare ideograph, an emoji) is never split in two.
 */
const TOKENS =
  /[（“‘「『《〈【]*[\u2E80-\uFFEF\u{20000}-\u{3FFFF}][）”’」』》〉】。，、；：！？]*|[^\s\u2E80-\uFFEF\u{20000}-\u{3FFFF}]+[）”’」』》〉】。，、；：！？]*|\s+/gu;

/**
 * Wrap text to `width` terminal columns. Breaks at spaces in Latin text and between any two
 * characters in CJK text (which has no spaces); CJK characters count two columns. A word longer
 * than a line is broken. Continuation lines start with `indent`.
 */
export function wrapText(text: string, width: number, indent = ""): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split("\n")) {
    // Most paragraphs fit (a table cell, a note): kept as they are, without the tokens.
    if (!EDGE_SPACE.test(paragraph) && stringWidth(paragraph) <= width) lines.push(paragraph);
    else append(lines, wrapByTokens(paragraph, width, indent));
  }
  return lines;
}

const EDGE_SPACE = /^\s|\s$/;

/** wrapText, a token at a time, for any text (exported for a test: wrapText must agree with it). */
export function wrapByTokens(text: string, width: number, indent = ""): string[] {
  const lines: string[] = [];
  const indentWidth = stringWidth(indent);
  for (const paragraph of text.split("\n")) {
    let line = "";
    let lineWidth = 0;
    // Spaces wait until the next word: kept (as written) when it fits, dropped at a line break.
    let pending = "";
    const breakLine = () => {
      lines.push(line);
      line = indent;
      lineWidth = indentWidth;
      pending = "";
    };
    for (const token of paragraph.match(TOKENS) ?? []) {
      if (/^\s+$/.test(token)) {
        if (line === "") {
          // Leading spaces of a paragraph are indentation: keep them.
          line = token;
          lineWidth = stringWidth(token);
        } else pending += token;
        continue;
      }
      const w = stringWidth(token);
      const gap = stringWidth(pending);
      if (lineWidth + gap + w > width && lineWidth > indentWidth && line.trim() !== "") breakLine();
      else {
        line += pending;
        lineWidth += gap;
      }
      pending = "";
      if (lineWidth + w <= width) {
        line += token;
        lineWidth += w;
        continue;
      }
      // A word longer than the line: break it.
      for (const ch of token) {
        const cw = stringWidth(ch);
        if (lineWidth + cw > width && lineWidth > indentWidth) breakLine();
        line += ch;
        lineWidth += cw;
      }
    }
    lines.push(line);
  }
  return lines;
}

/** Pad to a display width (CJK-aware). */
export function padEnd(text: string, width: number): string {
  return text + " ".repeat(Math.max(0, width - stringWidth(text)));
}

export function padStart(text: string, width: number): string {
  return " ".repeat(Math.max(0, width - stringWidth(text))) + text;
}
