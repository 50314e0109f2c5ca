import { describe, expect, it } from "vitest";
import { invalidUtf8At } from "../../src/dataset/files.js";
import { unitMeant } from "../../src/dataset/units.js";

describe("unitMeant: the unit id someone meant by a unit written another way", () => {
  const cases: [string, string | undefined][] = [
    ["µg/m³", "ug-per-m3"],
    ["ug/m3", "ug-per-m3"],
    ["ug-m3", "ug-per-m3"],
    ["微克/立方米", "ug-per-m3"],
    ["%", "percent"],
    ["亿元", "yuan-100m"],
    ["万人", "person-10k"],
    ["Kilometres", "km"],
    ["万公里", "km-10k"],
    ["furlongs", undefined],
  ];
  for (const [written, id] of cases) {
    it(`"${written}" → ${id ?? "nothing"}`, () => {
      expect(unitMeant(written)).toBe(id);
    });
  }
});

describe("invalidUtf8At: the offset of the first byte that is not UTF-8", () => {
  const bytes = (...b: number[]) => new Uint8Array(b);
  it("finds none in ASCII, Chinese and emoji", () => {
    expect(invalidUtf8At(new TextEncoder().encode('{"zh": "京津冀", "x": "🙂"}'))).toBe(-1);
  });
  it("finds a Latin-1 byte", () => {
    expect(invalidUtf8At(bytes(0x61, 0xe9, 0x62))).toBe(1);
  });
  it("finds a sequence cut short at the end", () => {
    expect(invalidUtf8At(bytes(0x61, 0xe4, 0xba))).toBe(1);
  });
  it("finds an overlong encoding and an encoded surrogate", () => {
    expect(invalidUtf8At(bytes(0xc0, 0xaf))).toBe(0);
    expect(invalidUtf8At(bytes(0x20, 0xed, 0xa0, 0x80))).toBe(1);
  });
  it("finds GBK-encoded Chinese", () => {
    // 京 in GBK is 0xBE 0xA9: a continuation byte with no lead.
    expect(invalidUtf8At(bytes(0x22, 0xbe, 0xa9, 0x22))).toBe(1);
  });
});
