import { displayWidth as stringWidth } from "./width.js";

/**
 * Wrap text to `width` terminal columns. Breaks at spaces in Latin text and between any two
 * characters in CJK text (which has no spaces); CJK characters count two columns.
 */
export function wrapText(text: string, width: number, indent = ""): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split("\n")) {
    let line = "";
    let lineWidth = 0;
    const tokens = paragraph.match(/[\u2E80-\uFFEF]|[^\s\u2E80-\uFFEF]+|\s+/g) ?? [];
    for (const token of tokens) {
      const w = stringWidth(token);
      if (/^\s+$/.test(token)) {
        if (lineWidth > 0 && lineWidth + w < width) {
          line += token;
          lineWidth += w;
        }
        continue;
      }
      if (lineWidth + w > width && lineWidth > stringWidth(indent)) {
        lines.push(line.trimEnd());
        line = indent;
        lineWidth = stringWidth(indent);
      }
      if (lineWidth + w > width) {
        // A word longer than the line: break it, at a hyphen where there is one.
        for (const ch of token) {
          const cw = stringWidth(ch);
          if (lineWidth + cw > width && lineWidth > stringWidth(indent)) {
            lines.push(line.trimEnd());
            line = indent;
            lineWidth = stringWidth(indent);
          }
          line += ch;
          lineWidth += cw;
        }
        continue;
      }
      line += token;
      lineWidth += w;
    }
    lines.push(line.trimEnd());
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
