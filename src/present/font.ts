/**
 * Big type for the back of a classroom: a pixel font of our own for the characters a headline
 * figure is made of (0-9 . , % − + → and the hedges ≥ > < ≤ ≈, and * for a derived value), and
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
  "→": ["....", "..#.", "####", "..#.", "...."],
  ">": ["#..", ".#.", "..#", ".#.", "#.."],
  "<": ["..#", ".#.", "#..", ".#.", "..#"],
  "≥": ["#..", ".#.", "#..", "...", "###"],
  "≤": ["..#", ".#.", "..#", "...", "###"],
  "≈": ["...", ".##", "#..", ".##", "#.."],
  "*": ["#.#", ".#.", "#.#", "...", "..."],
  " ": ["..", "..", "..", "..", ".."],
};

const GLYPH_ROWS = 5;

/** How big: `cols` terminal columns and `rows` terminal rows per pixel; `half` packs two pixel rows in one row (▀▄). */
export interface FontSize {
  name: "huge" | "large" | "medium";
  cols: number;
  rows: number;
  half: boolean;
}

/** From the largest down. A terminal cell is about twice as tall as wide, so each pixel is about square. */
export const SIZES: readonly FontSize[] = [
  { name: "huge", cols: 4, rows: 2, half: false },
  { name: "large", cols: 2, rows: 1, half: false },
  { name: "medium", cols: 1, rows: 1, half: true },
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
  return size.half ? Math.ceil(GLYPH_ROWS / 2) : GLYPH_ROWS * size.rows;
}

/**
 * A text in big type: `bigHeight(size)` lines of `bigWidth(text, size)` columns. Full blocks,
 * or `#` in ASCII (where the half-block size draws `#` for any ink in a cell).
 */
export function renderBig(text: string, size: FontSize, ascii = false): string[] {
  const px = pixels(text);
  const ink = ascii ? "#" : "█";
  if (size.half) {
    const out: string[] = [];
    for (let r = 0; r < GLYPH_ROWS; r += 2) {
      const top = px[r] ?? "";
      const bottom = px[r + 1] ?? "";
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
  return px.flatMap((row) => {
    const line = [...row].map((p) => (p === "#" ? ink : " ").repeat(size.cols)).join("");
    return Array.from({ length: size.rows }, () => line);
  });
}
