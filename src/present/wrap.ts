/**
 * Line breaking for text read from the back of a room (slides) and by students (the quiz): at
 * spaces in Latin text, between characters in Chinese, never inside a word; an opening bracket or
 * quote stays with what follows it and closing punctuation （，。）with what precedes it, whatever
 * script that is (no `60%（` at a line's end, no line starting with `）`). Text cut to fit ends
 * with "…" after a whole word. Pure.
 */
import { displayWidth } from "../render/width.js";

/** A wide (CJK) character, a run of anything else but spaces, or a run of spaces. */
const ATOMS = /[\u2E80-\uFFEF\u{20000}-\u{3FFFF}]|[^\s\u2E80-\uFFEF\u{20000}-\u{3FFFF}]+|\s+/gu;
const WIDE = /[\u2E80-\uFFEF\u{20000}-\u{3FFFF}]/u;
const OPENING = /^[（“‘「『《〈【([]+$/u;
const CLOSING = /^[）”’」』》〉】。，、；：！？)\],.;:!?]+$/u;

/** The unbreakable pieces of a text, spaces kept as pieces of their own. */
export function tokens(text: string): string[] {
  const out: string[] = [];
  let open = "";
  for (const atom of text.match(ATOMS) ?? []) {
    if (/^\s+$/.test(atom)) {
      if (open) {
        out.push(open);
        open = "";
      }
      out.push(atom);
      continue;
    }
    if (OPENING.test(atom)) {
      open += atom;
      continue;
    }
    const last = out.length - 1;
    const before = out[last] ?? "";
    const glued = !open && last >= 0 && !/^\s+$/.test(before);
    // Closing punctuation stays with what precedes it; so does a Latin piece with a Latin one.
    if (glued && (CLOSING.test(atom) || (!WIDE.test(before.slice(-1)) && !WIDE.test(atom)))) {
      out[last] += atom;
      continue;
    }
    out.push(open + atom);
    open = "";
  }
  if (open) out.push(open);
  return out;
}

/** A piece too wide for a line, in pieces that fit. */
function splitWide(token: string, width: number): string[] {
  const out: string[] = [];
  let part = "";
  for (const ch of token) {
    if (part && displayWidth(part + ch) > width) {
      out.push(part);
      part = "";
    }
    part += ch;
  }
  if (part) out.push(part);
  return out;
}

/** `text` in lines of at most `width` columns (a newline in the text starts a new line). */
export function wrapWords(text: string, width: number): string[] {
  const w = Math.max(1, width);
  const lines: string[] = [];
  for (const paragraph of text.split("\n")) {
    // Most texts fit (a label, a short note): kept as they are, without the tokens.
    if (!/^\s|\s$/.test(paragraph) && displayWidth(paragraph) <= w) {
      lines.push(paragraph);
      continue;
    }
    let line = "";
    let pending = "";
    for (const token of tokens(paragraph)) {
      if (/^\s+$/.test(token)) {
        if (line) pending = token;
        continue;
      }
      const pieces = displayWidth(token) > w ? splitWide(token, w) : [token];
      for (const piece of pieces) {
        if (line && displayWidth(line + pending + piece) > w) {
          lines.push(line);
          line = piece;
        } else line += (line ? pending : "") + piece;
        pending = "";
      }
    }
    lines.push(line);
  }
  return lines;
}

/** `text` cut to `width` columns after a whole word, ending with "…" when cut. */
export function cutWords(text: string, width: number): string {
  if (displayWidth(text) <= width) return text;
  let line = "";
  let pending = "";
  for (const token of tokens(text)) {
    if (/^\s+$/.test(token)) {
      if (line) pending = " ";
      continue;
    }
    const next = line + pending + token;
    if (displayWidth(next) + 1 > width) break;
    line = next;
    pending = "";
  }
  // Not one word fits: cut within it.
  if (!line) {
    for (const ch of text) {
      if (displayWidth(line + ch) + 1 > width) break;
      line += ch;
    }
  }
  return `${line.replace(/[\s,;:，、；：]+$/u, "")}…`;
}

/** Wrap to a width, at most `max` lines: the last one cut after a whole word with "…". */
export function wrapClamp(text: string, width: number, max = Number.POSITIVE_INFINITY): string[] {
  if (text === "") return [];
  const lines = wrapWords(text, width);
  if (lines.length <= max) return lines;
  const kept = lines.slice(0, max);
  const last = kept.length - 1;
  kept[last] = cutWords(lines.slice(last).reduce(joinLines), width);
  return kept;
}

/** Two wrapped lines as one text again: a space between Latin words, none next to a wide character. */
function joinLines(a: string, b: string): string {
  return /[\u2E80-\uFFEF]$/u.test(a) || /^[\u2E80-\uFFEF]/u.test(b) ? a + b : `${a} ${b}`;
}
