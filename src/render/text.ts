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
/** A qualifier at the end of a label: "(Beijing)", "（白皮书）". */
const QUALIFIER = /^(.*?)(\s*)([(（][^()（）]+[)）])$/u;

/**
 * `text` within `width` columns: as it is when it fits, else cut at a word boundary (or between
 * two Chinese characters, or at a dash between names) and ended with `ellipsis`. A short qualifier
 * at the end is kept where the cut would lose it, so that "PM2.5 annual mean (Beijing)" reads
 * "PM2.5… (Beijing)", not "PM2.5 annual mean…", beside "PM2.5 annual mean".
 */
export function shorten(text: string, width: number, ellipsis = "…"): string {
  if (stringWidth(text) <= width) return text;
  const q = QUALIFIER.exec(text);
  if (q?.[1] && q[3]) {
    const tail = `${q[2] ? " " : ""}${q[3]}`;
    const short = cut(q[1], width - stringWidth(tail), ellipsis);
    const cutShort = ellipsis !== "" && short.endsWith(ellipsis) && short !== q[1];
    const head = cutShort ? short.slice(0, -ellipsis.length) : short;
    // Worth it only for a short qualifier, and while the head keeps whole words of its own.
    const whole = /^$|^[^\p{L}\p{N}]/u.test(q[1].slice(head.length)) || /[\u2E80-\uFFEF]$/u.test(head);
    if (stringWidth(tail) <= width * 0.6 && stringWidth(head) >= 3 && whole)
      return head + (cutShort ? ellipsis : "") + tail;
  }
  return cut(text, width, ellipsis);
}

function cut(text: string, width: number, ellipsis: string): string {
  if (stringWidth(text) <= width) return text;
  const room = width - stringWidth(ellipsis);
  if (room <= 0) return ellipsis.slice(0, Math.max(0, width));
  let out = "";
  let used = 0;
  for (const ch of text) {
    const w = stringWidth(ch);
    if (used + w > room) break;
    out += ch;
    used += w;
  }
  const next = text.slice(out.length, out.length + 1);
  // Inside a Latin word: go back to the space before it, or to a dash within it (Beijing–Tianjin),
  // unless that loses two thirds.
  if (/[\p{L}\p{N}]$/u.test(out) && /[\p{L}\p{N}]/u.test(next) && !/[\u2E80-\uFFEF]$/u.test(out)) {
    const brk = /[\s–—/][^\s–—/]*$/u.exec(out);
    if (brk && brk.index >= room / 3) out = out.slice(0, brk.index);
  }
  return out.replace(/[\s,;:·(（–—-]+$/u, "") + ellipsis;
}

export function padEnd(text: string, width: number): string {
  return text + " ".repeat(Math.max(0, width - stringWidth(text)));
}

export function padStart(text: string, width: number): string {
  return " ".repeat(Math.max(0, width - stringWidth(text))) + text;
}
