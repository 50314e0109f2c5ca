import fc from "fast-check";
import { eastAsianWidth } from "get-east-asian-width";
import { describe, expect, it } from "vitest";
import { displayWidth, NARROW_TEXT, WIDE_CJK } from "../../src/render/width.js";

/** The plain definition: colour codes removed, then each code point's width. */
function reference(text: string): number {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: ANSI colour codes are the point
  const plain = text.replace(/\u001b\[[0-9;]*m/g, "");
  let width = 0;
  for (const ch of plain) {
    const cp = ch.codePointAt(0) ?? 0;
    const zero =
      (cp >= 0x0300 && cp <= 0x036f) ||
      (cp >= 0x200b && cp <= 0x200f) ||
      (cp >= 0x2028 && cp <= 0x202e) ||
      (cp >= 0x2060 && cp <= 0x2064) ||
      (cp >= 0xfe00 && cp <= 0xfe0f) ||
      cp === 0xfeff;
    if (cp < 0x20 || (cp >= 0x7f && cp < 0xa0) || zero) continue;
    width += cp < 0x1100 ? 1 : eastAsianWidth(cp);
  }
  return width;
}

describe("displayWidth", () => {
  it("counts ASCII one, CJK two, colour codes and combining marks none", () => {
    expect(displayWidth("PM2.5")).toBe(5);
    expect(displayWidth("细颗粒物")).toBe(8);
    expect(displayWidth("\u001b[32m▼ 改善\u001b[39m")).toBe(6);
    expect(displayWidth("e\u0301")).toBe(1);
    expect(displayWidth("😀")).toBe(2);
    expect(displayWidth("")).toBe(0);
    expect(displayWidth("\u001b[")).toBe(1);
  });

  it("measures text of narrow characters by its length: each of them is one column wide", () => {
    let narrow = 0;
    for (let cp = 0; cp < 0x10000; cp++) {
      const ch = String.fromCharCode(cp);
      if (!NARROW_TEXT.test(ch)) continue;
      narrow++;
      expect(reference(ch), `U+${cp.toString(16)}`).toBe(1);
    }
    expect(narrow).toBeGreaterThan(1500);
    expect(NARROW_TEXT.test("PM2.5 89.8 µg/m³ → 44 −51% ▲ ┌─┐")).toBe(true);
    expect(NARROW_TEXT.test("细颗粒物")).toBe(false);
    expect(NARROW_TEXT.test("\u001b[31m")).toBe(false);
  });

  it("counts each of the common CJK characters two columns", () => {
    let wide = 0;
    for (let cp = 0; cp < 0x10000; cp++) {
      const ch = String.fromCharCode(cp);
      if (!ch.match(WIDE_CJK)) continue;
      wide++;
      expect(reference(ch), `U+${cp.toString(16)}`).toBe(2);
    }
    expect(wide).toBeGreaterThan(20000);
    expect(displayWidth("京津冀（2014）：PM2.5 −51%")).toBe(26);
    expect(displayWidth("\u001b[1m细颗粒物\u001b[22m 44")).toBe(11);
  });

  it("agrees with the plain definition on any text, colour codes and surrogates included", () => {
    const piece = fc.oneof(
      fc.string({ unit: "grapheme" }),
      fc.string({ unit: "binary" }),
      fc.constantFrom(
        "\u001b[31m",
        "\u001b[0m",
        "\u001b[1;2m",
        "\u001b",
        "\u001b[",
        "[0m",
        "\ud83d",
        "\ude00",
        "京津冀",
        "（）：、。",
        "\u303f",
        "\uff61",
        "−51%",
      ),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 8 }), (pieces) => {
        const text = pieces.join("");
        expect(displayWidth(text)).toBe(reference(text));
      }),
      { numRuns: 2000 },
    );
  });
});
