import { describe, expect, it } from "vitest";
import { bundledDataset } from "../../src/dataset/bundled.js";

describe("search keywords in the bundled data", () => {
  const dataset = bundledDataset();

  it("gives every fact and theme everyday words in both languages", () => {
    for (const item of [...dataset.facts, ...dataset.themes]) {
      expect(item.keywords?.zh.length, item.id).toBeGreaterThanOrEqual(3);
      expect(item.keywords?.en.length, item.id).toBeGreaterThanOrEqual(3);
    }
  });

  it("finds PM2.5 by smog, haze, air quality, air pollution, 雾霾, 空气质量 and 治霾", () => {
    const pm25 = dataset.facts.find((f) => f.id === "pm25");
    expect(pm25?.keywords?.en).toEqual(expect.arrayContaining(["smog", "haze", "air quality", "air pollution"]));
    expect(pm25?.keywords?.zh).toEqual(expect.arrayContaining(["雾霾", "空气质量", "治霾"]));
  });

  it("keeps each list free of repeats", () => {
    for (const item of [...dataset.facts, ...dataset.themes]) {
      for (const words of [item.keywords?.zh ?? [], item.keywords?.en ?? []]) {
        expect(new Set(words).size, item.id).toBe(words.length);
      }
    }
  });
});
