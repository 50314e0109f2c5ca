import { describe, expect, it } from "vitest";
import {
  barEighths,
  columnOf,
  layoutSeries,
  levelOf,
  rowOf,
  sparkLevels,
  yearTicks,
  yScale,
} from "../src/query/plot.js";

describe("yScale", () => {
  it("gives values near the largest double a finite axis, with finite ticks and rows", () => {
    for (const values of [[36, 1e308, 33], [2e307], [-1e308, 1.7976931348623157e308], [Number.MAX_VALUE]]) {
      const s = yScale(values, 12);
      expect(Number.isFinite(s.lo) && Number.isFinite(s.hi) && Number.isFinite(s.step)).toBe(true);
      expect(s.ticks.length).toBeGreaterThanOrEqual(1);
      expect(s.ticks.length).toBeLessThanOrEqual(12);
      for (const t of s.ticks) expect(t >= s.lo && t <= s.hi).toBe(true);
      for (const v of values) {
        const row = rowOf(s, v);
        expect(row >= 0 && row < 12).toBe(true);
      }
    }
    expect(rowOf(yScale([36, 1e308, 33], 12), 1e308)).toBe(0);
  });

  it("puts ticks at exact decimals at any magnitude: 1e21, not 1.0000000000000003e21", () => {
    const s = yScale([0, 1e21], 8);
    expect(s.ticks).toContain(1e21);
    expect(s.ticks).toContain(5e20);
  });

  it("puts ticks at round values inside a range that covers the data", () => {
    const s = yScale([33, 106], 18);
    expect(s).toMatchObject({ lo: 30, hi: 110, step: 20, ticks: [40, 60, 80, 100], height: 18 });
  });

  it("keeps ticks at least three rows apart on a tall chart and two on a short one", () => {
    for (const height of [5, 8, 10, 18, 30]) {
      const s = yScale([33, 106], height);
      const rows = s.ticks.map((t) => rowOf(s, t));
      const gaps = rows.slice(1).map((r, i) => (rows[i] as number) - r);
      expect(Math.min(...gaps)).toBeGreaterThanOrEqual(height - 1 >= 14 ? 3 : 2);
      expect(s.lo).toBeLessThanOrEqual(33);
      expect(s.hi).toBeGreaterThanOrEqual(106);
    }
  });

  it("gives a flat series a range around its value", () => {
    const s = yScale([44], 12);
    expect(s.lo).toBeLessThan(44);
    expect(s.hi).toBeGreaterThan(44);
    expect(s.ticks).toContain(44);
  });

  it("handles a tiny range with decimal ticks and no binary noise", () => {
    const s = yScale([60.1, 60.3], 12);
    expect(s.ticks).toEqual([60.1, 60.15, 60.2, 60.25, 60.3]);
  });

  it("gives zero, and no values at all, a usable range", () => {
    expect(yScale([0], 8).ticks).toEqual([-1, 0, 1]);
    const empty = yScale([], 8);
    expect(empty.hi).toBeGreaterThan(empty.lo);
  });

  it("maps the bottom of the range to the last row and the top to row 0", () => {
    const s = yScale([33, 106], 18);
    expect(rowOf(s, s.lo)).toBe(17);
    expect(rowOf(s, s.hi)).toBe(0);
    expect(levelOf(s, 70)).toBeCloseTo(8.5);
  });
});

describe("columnOf", () => {
  it("places years in proportion to time over the plot width", () => {
    const span = { min: 2013, max: 2021 };
    expect(columnOf(2013, span, 72)).toBe(0);
    expect(columnOf(2021, span, 72)).toBe(71);
    // x = round((2014 − 2013) / 8 × 71) = round(8.875)
    expect(columnOf(2014, span, 72)).toBe(9);
    expect(columnOf(2020, span, 72)).toBe(62);
  });

  it("centres a single year", () => {
    expect(columnOf(2020, { min: 2020, max: 2020 }, 51)).toBe(25);
  });
});

describe("yearTicks", () => {
  it("labels every year when there is room", () => {
    const ticks = yearTicks({ min: 2013, max: 2021 }, 72);
    expect(ticks.filter((t) => t.labelled).map((t) => t.year)).toEqual([
      2013, 2014, 2015, 2016, 2017, 2018, 2019, 2020, 2021,
    ]);
  });

  it("labels every second year on a narrow chart, with labels never closer than five columns", () => {
    const ticks = yearTicks({ min: 2013, max: 2021 }, 30);
    const labelled = ticks.filter((t) => t.labelled);
    expect(labelled.map((t) => t.year)).toEqual([2013, 2015, 2017, 2019, 2021]);
    const cols = labelled.map((t) => t.col);
    expect(Math.min(...cols.slice(1).map((c, i) => c - (cols[i] as number)))).toBeGreaterThanOrEqual(5);
    expect(ticks).toHaveLength(9);
  });

  it("labels round years when years are many and columns few", () => {
    const labelled = yearTicks({ min: 2000, max: 2035 }, 32).filter((t) => t.labelled);
    expect(labelled.map((t) => t.year)).toEqual([2000, 2010, 2020, 2030]);
  });
});

describe("layoutSeries", () => {
  const scale = yScale([33, 106], 18);
  const span = { min: 2013, max: 2021 };

  it("draws a line only between consecutive years and dots across a gap", () => {
    const article = layoutSeries(
      [
        { year: 2014, plotted: 89.8 },
        { year: 2020, plotted: 44 },
      ],
      scale,
      span,
      72,
    );
    expect(article.segments).toEqual([]);
    expect(article.markers.map((m) => m.col)).toEqual([9, 62]);
    expect(article.gaps.map((g) => g.col)).toEqual(Array.from({ length: 62 - 9 - 1 }, (_, i) => 10 + i));
    expect(article.markers[0]?.row).toBe(rowOf(scale, 89.8));
  });

  it("joins consecutive years into one stretch with a level per column, ending on each point", () => {
    const layout = layoutSeries(
      [
        { year: 2013, plotted: 106 },
        { year: 2014, plotted: 93 },
        { year: 2015, plotted: 77 },
        { year: 2017, plotted: 64 },
      ],
      scale,
      span,
      72,
    );
    expect(layout.segments).toHaveLength(1);
    const seg = layout.segments[0];
    expect(seg?.start).toBe(0);
    expect(seg?.levels).toHaveLength(columnOf(2015, span, 72) + 1);
    expect(seg?.levels[0]).toBeCloseTo(levelOf(scale, 106));
    expect(seg?.levels[9]).toBeCloseTo(levelOf(scale, 93));
    expect(seg?.levels.at(-1)).toBeCloseTo(levelOf(scale, 77));
    // 2015 → 2017 is a gap: dots, not a line.
    expect(layout.gaps.length).toBe(columnOf(2017, span, 72) - columnOf(2015, span, 72) - 1);
  });

  it("gives a single point a marker and nothing else", () => {
    const layout = layoutSeries([{ year: 2020, plotted: 48 }], scale, span, 72);
    expect(layout).toEqual({ segments: [], gaps: [], markers: [{ index: 0, col: 62, row: rowOf(scale, 48) }] });
  });
});

describe("barEighths", () => {
  it("measures bars in eighths of a cell", () => {
    expect(barEighths(101, 101, 60)).toBe(480);
    expect(barEighths(23, 101, 60)).toBe(Math.round((23 / 101) * 480));
    expect(barEighths(0, 101, 60)).toBe(0);
    expect(barEighths(0.001, 101, 60)).toBe(1);
    expect(barEighths(5, 0, 60)).toBe(0);
  });
});

describe("sparkLevels", () => {
  it("gives one level a year from lowest 0 to highest 7, null for a missing year", () => {
    expect(
      sparkLevels([
        { year: 2013, plotted: 89.5 },
        { year: 2014, plotted: 85.9 },
        { year: 2016, plotted: 33 },
      ]),
    ).toEqual([7, 7, null, 0]);
  });

  it("keeps a flat series mid-height", () => {
    expect(
      sparkLevels([
        { year: 2018, plotted: 5 },
        { year: 2019, plotted: 5 },
        { year: 2020, plotted: 5 },
      ]),
    ).toEqual([3, 3, 3]);
  });
});
