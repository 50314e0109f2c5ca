/**
 * Big type for the back of a classroom: a pixel font of our own for the characters a headline
 * figure is made of (0-9 . , % − + → and the hedges ≥ > < ≤ ≈, * for a derived value and ‡ for
 * an inferred year), and
 * the renderer that draws a text in it at a given size. Pure: text in, lines out.
 */

/** Five pixel rows per glyph; "#" is ink. Glyphs differ in width. */
const GLYPHS: Record<string, readonly string[]> = {
  "0": ["###", "#.#", "#.#", "#.#", "###"],
  "1": [".#.", "##.", ".#.", ".#.", "###"],
  "2": ["###", "..#", "###", "#..", "###"],
  "3": ["###", "..#", "###", "..#", "###"],
  "4": ["#.#", "#.#", "###", "..#", "..#"],
  "5": ["###", "#..", "###", "..#", "###"],
  "6": ["###", "#..", "###", "#.#", "###"],
  "7": ["###", "..#", "..#", "..#", "..#"],
  "8": ["###", "#.#", "###", "#.#", "###"],
  "9": ["###", "#.#", "###", "..#", "###"],
  ".": [".", ".", ".", ".", "#"],
  ",": ["..", "..", "..", ".#", "#."],
  "%": ["#.#", "..#", ".#.", "#..", "#.#"],
  "−": ["...", "...", "###", "...", "..."],
  "-": ["...", "...", "###", "...", "..."],
  "+": ["...", ".#.", "###", ".#.", "..."],
  "→": ["..#..", "...#.", "#####", "...#.", "..#.."],
  ">": ["#..", ".#.", "..#", ".#.", "#.."],
  "<": ["..#", ".#.", "#..", ".#.", "..#"],
  "≥": ["#..", ".#.", "#..", "...", "###"],
  "≤": ["..#", ".#.", "..#", "...", "###"],
  "≈": ["...", ".##", "#..", ".##", "#.."],
  "*": ["#.#", ".#.", "#.#", "...", "..."],
  "‡": [".#.", "###", ".#.", "###", ".#."],
  " ": ["..", "..", "..", "..", ".."],
};

const GLYPH_ROWS = 5;

/**
 * How big: each pixel is `cols` terminal columns wide and `halves` half rows tall (a terminal row
 * holds two half rows, drawn with ▀ ▄ █). A terminal cell is about twice as tall as wide, so a
 * pixel of n columns and n half rows is about square.
 */
export interface FontSize {
  name: "giant" | "huge" | "big" | "large" | "medium";
  cols: number;
  halves: number;
}

/** From the largest down: 13, 10, 8, 5 and 3 rows tall. */
export const SIZES: readonly FontSize[] = [
  { name: "giant", cols: 5, halves: 5 },
  { name: "huge", cols: 4, halves: 4 },
  { name: "big", cols: 3, halves: 3 },
  { name: "large", cols: 2, halves: 2 },
  { name: "medium", cols: 1, halves: 1 },
];

/** Can this text be drawn in big type? Only when the font has every character. */
export function drawable(text: string): boolean {
  return text.length > 0 && [...text].every((ch) => Object.hasOwn(GLYPHS, ch));
}

function pixels(text: string): string[] {
  const rows: string[] = Array.from({ length: GLYPH_ROWS }, () => "");
  [...text].forEach((ch, i) => {
    const glyph = GLYPHS[ch] ?? GLYPHS[" "] ?? [];
    for (let r = 0; r < GLYPH_ROWS; r++) rows[r] += (i > 0 ? "." : "") + (glyph[r] ?? "");
  });
  return rows;
}

/** The width in columns of a text drawn at a size. */
export function bigWidth(text: string, size: FontSize): number {
  return (pixels(text)[0]?.length ?? 0) * size.cols;
}

/** The height in rows of big type at a size. */
export function bigHeight(size: FontSize): number {
  return Math.ceil((GLYPH_ROWS * size.halves) / 2);
}

/**
 * A text in big type: `bigHeight(size)` lines of exactly `bigWidth(text, size)` columns, every
 * line as wide as the others (the block is drawn, and centred, as one piece). Full and half
 * blocks, or `#` in ASCII (where a cell with any ink is `#`).
 */
export function renderBig(text: string, size: FontSize, ascii = false): string[] {
  const px = pixels(text);
  // The pixel rows, each repeated `halves` times: the text on a grid of half rows.
  const halves = px.flatMap((row) => Array.from({ length: size.halves }, () => row));
  const ink = ascii ? "#" : "█";
  const out: string[] = [];
  for (let r = 0; r < halves.length; r += 2) {
    const top = halves[r] ?? "";
    const bottom = halves[r + 1] ?? "";
    let line = "";
    for (let c = 0; c < top.length; c++) {
      const t = top[c] === "#";
      const b = bottom[c] === "#";
      const cell = t && b ? ink : t ? (ascii ? "#" : "▀") : b ? (ascii ? "#" : "▄") : " ";
      line += cell.repeat(size.cols);
    }
    out.push(line);
  }
  return out;
}
