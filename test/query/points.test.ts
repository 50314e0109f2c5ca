import { describe, expect, it } from "vitest";
import { bundledDataset } from "../../src/dataset/bundled.js";
import type { Change, QuantityFact, Value } from "../../src/dataset/schema.js";
import {
  derive,
  derivedPoints,
  nearestPoint,
  type Point,
  points,
  pointYear,
  seriesPoints,
} from "../../src/query/points.js";

function quantity(id: string): QuantityFact {
  const fact = bundledDataset().facts.find((f) => f.id === id);
  if (fact?.kind !== "quantity") throw new Error(`no quantity fact "${id}" in the bundled data`);
  return fact;
}

const src = { ref: "article", section: "ecology", paragraph: 2 };
const pm25Change: Change = { from: 2014, to: 2020, percent: -51, stated: "下降51%", source: src };
const pm25In2020: Value = { value: 44, stated: "44微克/立方米", year: 2020, source: src };

describe("derive", () => {
  it("derives the 2014 PM2.5 baseline from 44 in 2020 and a 51% fall: 44 / (1 − 0.51)", () => {
    const d = derive(pm25Change, pm25In2020, "from");
    expect(d.formula).toBe("44 / (1 − 0.51)");
    expect(d.exact).toBeCloseTo(89.7959, 4);
    expect(d.interval).toEqual({ low: 87.9, high: 91.8 });
    expect(d.change).toBe(pm25Change);
    expect(d.input).toBe(pm25In2020);
  });

  it("puts the exact value inside its rounding interval", () => {
    const d = derive(pm25Change, pm25In2020, "from");
    expect(d.interval.low).toBeLessThan(d.exact);
    expect(d.interval.high).toBeGreaterThan(d.exact);
  });

  it("derives a later value by multiplying: 100 × (1 + 0.25) = 125, between 123.9 and 126.1", () => {
    const change: Change = { from: 2014, to: 2020, percent: 25, stated: "增长25%", source: src };
    const known: Value = { value: 100, stated: "100", year: 2014, source: src };
    const d = derive(change, known, "to");
    expect(d.formula).toBe("100 × (1 + 0.25)");
    expect(d.exact).toBeCloseTo(125, 10);
    expect(d.interval).toEqual({ low: 123.9, high: 126.1 });
  });
});

describe("points", () => {
  it("gives PM2.5 a derived 2014 point of 89.8 before the stated 44 of 2020", () => {
    const ps = points(quantity("pm25"));
    expect(ps.map((p) => [p.year, p.value])).toEqual([
      [2014, 89.8],
      [2020, 44],
    ]);
    const [baseline, latest] = ps;
    expect(baseline?.derived?.formula).toBe("44 / (1 − 0.51)");
    expect(baseline?.derived?.interval).toEqual({ low: 87.9, high: 91.8 });
    expect(baseline?.stated).toBeUndefined();
    expect(baseline?.source).toMatchObject({ section: "ecology", paragraph: 2 });
    expect(latest?.derived).toBeUndefined();
    expect(latest?.stated).toBe("44微克/立方米");
  });

  it("derives nothing from a hedged change: expressway length grew 'more than 25%' and has no points", () => {
    expect(points(quantity("expressway-length"))).toEqual([]);
  });

  it("derives nothing from a hedged value", () => {
    const fact: QuantityFact = {
      ...quantity("pm25"),
      values: [{ ...pm25In2020, qualifier: "atLeast" }],
    };
    const ps = points(fact);
    expect(ps).toHaveLength(1);
    expect(ps[0]?.derived).toBeUndefined();
  });

  it("derives nothing when both ends of a stated change are stated", () => {
    const fact: QuantityFact = {
      ...quantity("pm25"),
      values: [pm25In2020, { value: 90, stated: "90微克/立方米", year: 2014, source: src }],
    };
    expect(points(fact).map((p) => [p.year, p.value, p.derived === undefined])).toEqual([
      [2014, 90, true],
      [2020, 44, true],
    ]);
  });

  it("keeps tech contracts as stated: 83.1 in 2014, 347 in 2020", () => {
    expect(points(quantity("tech-contracts-annual")).map((p) => [p.year, p.value])).toEqual([
      [2014, 83.1],
      [2020, 347],
    ]);
  });
});

describe("seriesPoints", () => {
  it("leaves out values by category, by place, over a period or as of publication", () => {
    expect(seriesPoints(quantity("commuting-circles"))).toEqual([]);
    expect(seriesPoints(quantity("assistance-funds"))).toEqual([]);
    expect(seriesPoints(quantity("medical-pilot-institutions"))).toEqual([]);
    expect(seriesPoints(quantity("years-since-launch"))).toEqual([]);
  });

  it("keeps a yearly series: labour productivity 21.2 (2015) and ≥28 (2020)", () => {
    const ps = seriesPoints(quantity("labour-productivity"));
    expect(ps.map((p) => [p.year, p.value, p.qualifier])).toEqual([
      [2015, 21.2, undefined],
      [2020, 28, "atLeast"],
    ]);
  });
});

describe("pointYear", () => {
  it("takes the year of a year, a date or the end of a period", () => {
    expect(pointYear({ year: 2020 })).toBe(2020);
    expect(pointYear({ date: "2019-01-11" })).toBe(2019);
    expect(pointYear({ period: { from: 2013, to: 2020 } })).toBe(2020);
    expect(pointYear({})).toBeUndefined();
  });
});

describe("nearestPoint", () => {
  /** The plain search it stands for: every series point, in points() order. */
  function bySearch(fact: QuantityFact, year: number, allowed: (y: number) => boolean, tolerance: number) {
    const candidates = seriesPoints(fact).filter((p) => p.year !== undefined && allowed(p.year));
    const exact = candidates.filter((p) => p.year === year);
    if (exact.length) return exact.find((p) => !p.derived) ?? exact[0];
    let best: Point | undefined;
    for (const p of candidates) {
      const d = Math.abs((p.year as number) - year);
      const b = best ? Math.abs((best.year as number) - year) : Number.POSITIVE_INFINITY;
      if (d <= tolerance && (d < b || (d === b && (p.year as number) < (best?.year as number)))) best = p;
    }
    return best;
  }

  const fact = (values: Value[], changes: Change[] = []): QuantityFact => ({
    id: "f",
    theme: "ecology",
    layer: "user",
    label: { zh: "f", en: "f" },
    explanation: { zh: "f", en: "f" },
    place: "beijing",
    kind: "quantity",
    unit: "count",
    values,
    changes,
  });
  const v = (year: number, value: number, more: Partial<Value> = {}): Value => ({
    value,
    stated: String(value),
    year,
    source: src,
    ...more,
  });

  it("agrees with a search of the series points for every bundled quantity and year", () => {
    let compared = 0;
    for (const f of bundledDataset().facts) {
      if (f.kind !== "quantity") continue;
      const derived = derivedPoints(f);
      for (let year = 2010; year <= 2024; year++) {
        for (const allowed of [() => true, (y: number) => y < 2020, (y: number) => y > 2014]) {
          expect(nearestPoint(f, derived, year, allowed, 2)).toEqual(bySearch(f, year, allowed, 2));
          compared++;
        }
      }
    }
    expect(compared).toBeGreaterThan(1000);
  });

  it("takes the year itself, a stated value before a derived one, the first of two stated", () => {
    const f = fact([v(2014, 1), v(2014, 2)], [{ from: 2014, to: 2016, percent: 10, stated: "10%", source: src }]);
    const derived = derivedPoints(f);
    expect(derived.map((p) => [p.year, p.value])).toEqual([[2016, 1.1]]);
    expect(nearestPoint(f, derived, 2014, () => true, 2)?.value).toBe(1);
    expect(nearestPoint(f, derived, 2016, () => true, 2)?.derived?.formula).toBe("1 × (1 + 0.1)");
  });

  it("takes the closest year within the tolerance, the earlier of two as close, else nothing", () => {
    const f = fact([v(2017, 7), v(2013, 3), v(2011, 1)]);
    expect(nearestPoint(f, [], 2015, () => true, 2)?.value).toBe(3);
    expect(nearestPoint(f, [], 2015, (y) => y > 2014, 2)?.value).toBe(7);
    expect(nearestPoint(f, [], 2012, () => true, 2)?.value).toBe(1);
    expect(nearestPoint(f, [], 2020, () => true, 2)).toBeUndefined();
  });

  it("prefers a derived point only when it is strictly closer, or as close and earlier", () => {
    const f = fact([v(2016, 6)], [{ from: 2012, to: 2016, percent: 20, stated: "20%", source: src }]);
    const derived = derivedPoints(f);
    expect(derived.map((p) => p.year)).toEqual([2012]);
    expect(nearestPoint(f, derived, 2014, () => true, 2)?.year).toBe(2012);
    expect(nearestPoint(f, derived, 2015, () => true, 2)?.year).toBe(2016);
  });

  it("leaves out values broken down by place or category, and periods", () => {
    const f = fact([
      v(2014, 1, { place: "tianjin" }),
      v(2014, 2, { category: { zh: "甲", en: "A" } }),
      { value: 3, stated: "3", period: { from: 2013, to: 2014 }, source: src },
    ]);
    expect(nearestPoint(f, [], 2014, () => true, 2)).toBeUndefined();
  });
});
