/** `npm run test:scale`: a deck whose closing slide holds 160,000 rows (test/present/render.test.ts for the rest). */
import { describe, expect, it } from "vitest";
import { PLAIN } from "../../src/cli/color.js";
import { bundledDataset } from "../../src/dataset/bundled.js";
import { buildDecks } from "../../src/present/deck.js";
import { renderDeckText, renderSlide } from "../../src/present/render.js";

const decks = buildDecks(bundledDataset());
const look = { paint: PLAIN, ascii: false };

describe("a deck from a large data file", () => {
  // The closing slide lists every comparison: 160,000 rows, more than one call takes as arguments.
  const closing = decks.en.slides.at(-1);
  if (closing?.kind !== "closing") throw new Error("the last slide is the comparison");
  const row = closing.rows[0];
  if (!row) throw new Error("the comparison has rows");
  const big = { ...closing, rows: Array.from({ length: 160_000 }, (_, i) => ({ ...row, label: `Figure ${i}` })) };

  it("prints every row off a terminal", { timeout: 30_000 }, () => {
    const lines = renderDeckText([big], 80, look).split("\n");
    expect(lines.length).toBeGreaterThan(160_000);
    expect(lines.some((l) => l.includes("Figure 159999"))).toBe(true);
  });

  // Laying out 160,000 rows for each type size takes a few seconds.
  it("fits a screen, marking what does not fit", { timeout: 30_000 }, () => {
    const lines = renderSlide(big, { width: 80, height: 24, big: true }, look);
    expect(lines).toHaveLength(24);
    expect(lines.some((l) => l.trim() === "…")).toBe(true);
  });
});
