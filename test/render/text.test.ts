import fc from "fast-check";
import stringWidth from "string-width";
import { describe, expect, it } from "vitest";
import { say } from "../../src/core/messages/index.js";
import { padEnd, padStart, wrapByTokens, wrapText } from "../../src/render/text.js";

const ZH = say("zh", "note.sourceLine");
const EN = say("en", "note.sourceLine");
// Latin words only: Chinese text may break between any two characters.
const words = (s: string) =>
  s
    .replace(/[\u2E80-\uFFEF]/g, " ")
    .split(/\s+/)
    .filter(Boolean);

describe("wrapText", () => {
  it("keeps a paragraph that fits as it is, exactly as wrapping it a token at a time does", () => {
    const piece = fc.constantFrom(
      " ",
      "  ",
      "\t",
      "\n",
      "\u3000",
      "京",
      "津冀",
      "（",
      "）",
      "。",
      "PM2.5",
      "a",
      "word",
      "\u001b[31m",
      "−51%",
      "\u00a0",
      "𝐀",
      "𠀀",
      "😀",
      "a-very-long-word",
    );
    fc.assert(
      fc.property(
        fc.array(piece, { maxLength: 12 }),
        fc.integer({ min: 1, max: 40 }),
        fc.constantFrom("", "  "),
        (pieces, width, indent) => {
          const text = pieces.join("");
          expect(wrapText(text, width, indent)).toEqual(wrapByTokens(text, width, indent));
        },
      ),
      { numRuns: 3000 },
    );
    expect(wrapText("2014 → 2020", 20)).toEqual(["2014 → 2020"]);
    // A character outside the Basic Multilingual Plane is never split in two.
    expect(wrapByTokens("x 𝐀", 3)).toEqual(["x 𝐀"]);
    expect(wrapText("𠀀𠀁𠀂", 4)).toEqual(["𠀀𠀁", "𠀂"]);
    expect(wrapText("  indented", 20)).toEqual(["  indented"]);
  });

  it("breaks Chinese between any two characters, counting each as two columns", () => {
    expect(wrapText("京津冀协同发展", 6)).toEqual(["京津冀", "协同发", "展"]);
    expect(wrapText("京津冀协同发展", 7)).toEqual(["京津冀", "协同发", "展"]);
    expect(wrapText("京津冀协同发展", 14)).toEqual(["京津冀协同发展"]);
  });

  it("breaks English at spaces", () => {
    expect(wrapText("the quick brown fox", 10)).toEqual(["the quick", "brown fox"]);
  });

  it("breaks a word longer than the line", () => {
    expect(wrapText("abcdefghij", 4)).toEqual(["abcd", "efgh", "ij"]);
  });

  it("keeps mixed Chinese and figures within the width", () => {
    for (const line of wrapText("2020年京津冀地区PM2.5平均浓度为44微克/立方米，比2014年下降51%。", 11)) {
      expect(stringWidth(line)).toBeLessThanOrEqual(11);
    }
  });

  it("indents continuation lines", () => {
    const lines = wrapText("one two three four five six", 10, "  ");
    expect(lines[0]).toBe("one two");
    expect(lines.slice(1).every((l) => l.startsWith("  "))).toBe(true);
  });

  it("keeps paragraphs apart", () => {
    expect(wrapText("a\nb", 10)).toEqual(["a", "b"]);
  });

  it.each([20, 30, 40, 41, 60, 79, 80, 120])("fits the Chinese source line into %i columns and loses no text", (w) => {
    const lines = wrapText(ZH, w, "  ");
    for (const line of lines) expect(stringWidth(line), line).toBeLessThanOrEqual(w);
    expect(lines.join("").replace(/\s+/g, "")).toBe(ZH.replace(/\s+/g, ""));
  });

  it.each([20, 30, 40, 60, 80, 120])("fits the English source line into %i columns", (w) => {
    const lines = wrapText(EN, w, "  ");
    for (const line of lines) expect(stringWidth(line), line).toBeLessThanOrEqual(w);
  });

  // BUG: a space is dropped when it would fill the line's last column, but a one-column word
  // after it still fits, so the two words are glued: "abcd e" → "abcde" ("§ =" → "§=" at 80).
  it("never glues two words together when a one-column word ends a line", () => {
    expect(wrapText("abcd e", 5)).toEqual(["abcd", "e"]);
    for (const w of [20, 30, 40, 60, 80, 120]) {
      expect(words(wrapText(EN, w, "  ").join(" ")), `width ${w}`).toEqual(words(EN));
    }
  });
});

describe("padEnd and padStart", () => {
  it("pad to a display width, counting Chinese as two columns", () => {
    expect(padEnd("京津", 6)).toBe("京津  ");
    expect(padStart("京津", 6)).toBe("  京津");
    expect(stringWidth(padEnd("ab", 6))).toBe(6);
    expect(padEnd("toolong", 3)).toBe("toolong");
  });
});

describe("long texts from a data file", () => {
  it("wraps a paragraph into more lines than one call can take as arguments", () => {
    // 200,000 words of two letters at width 2: a line each (a call takes about 120,000 arguments).
    const lines = wrapText(Array.from({ length: 200_000 }, () => "ab").join(" "), 2);
    expect(lines).toHaveLength(200_000);
    expect(lines[199_999]).toBe("ab");
  });
});
