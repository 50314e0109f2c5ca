import { describe, expect, it } from "vitest";
import { bigHeight, bigWidth, drawable, renderBig, SIZES } from "../../src/present/font.js";
import { displayWidth } from "../../src/render/width.js";

const size = (name: string) => SIZES.find((s) => s.name === name) as (typeof SIZES)[0];
const [huge, large, medium] = [size("huge"), size("large"), size("medium")];

describe("the big-digit font", () => {
  it("draws every character of a headline figure", () => {
    for (const text of [
      "0123456789",
      "44",
      "89.8*",
      "1,293",
      "−51%",
      "+317.6%",
      "≥280,000",
      ">+25%",
      "<5",
      "≤3",
      "≈7",
      "2014 → 2020",
    ]) {
      expect(drawable(text), text).toBe(true);
    }
  });

  it("cannot draw letters or an empty text: those stay in normal type", () => {
    expect(drawable("44 µg/m³")).toBe(false);
    expect(drawable("Q1")).toBe(false);
    expect(drawable("")).toBe(false);
  });

  it("draws 44 as two 3×5 glyphs in large type, two columns a pixel", () => {
    const lines = renderBig("44", large);
    expect(lines).toEqual(["██  ██  ██  ██", "██  ██  ██  ██", "██████  ██████", "    ██      ██", "    ██      ██"]);
    expect(bigWidth("44", large)).toBe(14);
    expect(bigHeight(large)).toBe(5);
  });

  it("packs two pixel rows into one with half blocks in medium type", () => {
    expect(renderBig("7", medium)).toEqual(["▀▀█", "  █", "  ▀"]);
    expect(bigHeight(medium)).toBe(3);
  });

  it("grows from 3 to 13 rows, each pixel about square", () => {
    expect(SIZES.map(bigHeight)).toEqual([13, 10, 8, 5, 3]);
    for (const s of SIZES) expect(s.cols).toBe(s.halves);
  });

  it("draws one block: every row of a figure as wide as the others", () => {
    for (const s of SIZES) {
      const rows = renderBig("64.5%", s);
      expect(new Set(rows.map(displayWidth)).size).toBe(1);
    }
  });

  it("draws an arrow with a head, not a plus", () => {
    expect(renderBig("→", large)).toEqual(["    ██    ", "      ██  ", "██████████", "      ██  ", "    ██    "]);
  });

  it("doubles everything in huge type", () => {
    const lines = renderBig("1", huge);
    expect(lines).toHaveLength(bigHeight(huge));
    expect(lines).toHaveLength(10);
    expect(lines[0]).toBe("    ████    ");
    expect(bigWidth("1", huge)).toBe(12);
  });

  it("draws with # in ASCII", () => {
    expect(renderBig("1", large, true)[4]).toBe("######");
    expect(renderBig("7", medium, true)).toEqual(["###", "  #", "  #"]);
  });

  it("gives lines exactly as wide as it says", () => {
    for (const size of SIZES) {
      for (const text of ["89.8*", "≥280,000", "2014 → 2020"]) {
        const lines = renderBig(text, size);
        for (const line of lines) expect(displayWidth(line)).toBe(bigWidth(text, size));
      }
    }
  });
});
