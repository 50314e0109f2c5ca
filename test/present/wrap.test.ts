import { describe, expect, it } from "vitest";
import { cutWords, tokens, wrapClamp, wrapWords } from "../../src/present/wrap.js";
import { displayWidth } from "../../src/render/width.js";

describe("line breaking for slides and the quiz", () => {
  it("keeps an opening bracket with what follows and closing punctuation with what precedes", () => {
    expect(tokens("60%（+19.3个百分点），完")).toEqual(["60%", "（+19.3", "个", "百", "分", "点），", "完"]);
    for (let w = 8; w <= 40; w++) {
      const lines = wrapWords("2013年 40.7% → 2020年 60%（+19.3个百分点），数据来自文章。", w);
      for (const l of lines) {
        expect(l.endsWith("（"), `${w}: ${l}`).toBe(false);
        expect(/^[）)，。、；：]/.test(l), `${w}: ${l}`).toBe(false);
        expect(displayWidth(l)).toBeLessThanOrEqual(w);
      }
    }
  });

  it("breaks English only at spaces", () => {
    expect(wrapWords("Hebei's high-tech contribution to industrial growth", 20)).toEqual([
      "Hebei's high-tech",
      "contribution to",
      "industrial growth",
    ]);
  });

  it("cuts a label after a whole word, never mid-word", () => {
    expect(wrapClamp("High-end sectors' share of new market entities", 21, 2)).toEqual([
      "High-end sectors'",
      "share of new market…",
    ]);
    expect(cutWords("Beijing and Tianjin medical institutions", 24)).toBe("Beijing and Tianjin…");
    expect(cutWords("短标签", 10)).toBe("短标签");
  });
});
