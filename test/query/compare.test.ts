import { describe, expect, it } from "vitest";
import { bundledDataset } from "../../src/dataset/bundled.js";
import { BASELINE_TOLERANCE, type CompareRow, compare, compareWithCount } from "../../src/query/compare.js";

const dataset = bundledDataset();

function row(rows: CompareRow[], id: string): CompareRow {
  const found = rows.find((r) => r.fact.id === id);
  if (!found) throw new Error(`no compare row for "${id}"; rows: ${rows.map((r) => r.fact.id).join(", ")}`);
  return found;
}

describe("compare 2014 → 2020", () => {
  const rows = compare(dataset, { from: 2014, to: 2020 });

  it("compares technology contracts 83.1 → 347 (100 million yuan): +263.9, ×4.18, 26.9% a year", () => {
    const r = row(rows, "tech-contracts-annual");
    expect(r.fact.unit).toBe("yuan-100m");
    expect(r.from?.point.value).toBe(83.1);
    expect(r.from?.point.year).toBe(2014);
    expect(r.from?.substituted).toBe(false);
    expect(r.to?.point.value).toBe(347);
    expect(r.to?.point.year).toBe(2020);
    expect(r.change.absolute).toBe(263.9);
    expect(r.change.relative).toBe(3.1757);
    expect(r.change.cagr).toBe(0.269);
    expect(r.change.percentagePoints).toBeNull();
    expect(r.change.bound).toBeNull();
    expect(r.direction).toBe("improved");
  });

  it("compares PM2.5 from the derived 2014 baseline 89.8 to 44, with the stated −51%", () => {
    const r = row(rows, "pm25");
    expect(r.from?.point.value).toBe(89.8);
    expect(r.from?.point.derived?.formula).toBe("44 / (1 − 0.51)");
    expect(r.from?.point.derived?.interval).toEqual({ low: 87.9, high: 91.8 });
    expect(r.from?.substituted).toBe(false);
    expect(r.to?.point.value).toBe(44);
    expect(r.change.relative).toBe(-0.51);
    expect(r.change.absolute).toBe(-45.8);
    expect(r.change.cagr).toBe(-0.1121);
    expect(r.change.stated?.percent).toBe(-51);
    expect(r.direction).toBe("improved");
  });

  it("compares the high-tech share 40.7 (2013, substituted for 2014) → 60 in percentage points: +19.3", () => {
    const r = row(rows, "high-tech-share");
    expect(r.from?.point.value).toBe(40.7);
    expect(r.from?.point.year).toBe(2013);
    expect(r.from?.requestedYear).toBe(2014);
    expect(r.from?.substituted).toBe(true);
    expect(r.to?.point.value).toBe(60);
    expect(r.to?.substituted).toBe(false);
    expect(r.change.percentagePoints).toBe(19.3);
    expect(r.change.absolute).toBe(19.3);
    expect(r.change.relative).toBe(0.4742);
    expect(r.change.cagr).toBeNull();
  });

  it("compares labour productivity 21.2 (2015, substituted) → at least 28, so the change is a lower bound", () => {
    const r = row(rows, "labour-productivity");
    expect(r.from?.point.value).toBe(21.2);
    expect(r.from?.point.year).toBe(2015);
    expect(r.from?.substituted).toBe(true);
    expect(r.to?.point.value).toBe(28);
    expect(r.to?.point.qualifier).toBe("atLeast");
    expect(r.change.bound).toBe("atLeast");
    expect(r.change.absolute).toBe(6.8);
    expect(r.change.relative).toBe(0.3208);
    expect(r.change.percentagePoints).toBeNull();
  });

  it("gives expressway length only its stated change: more than +25%", () => {
    const r = row(rows, "expressway-length");
    expect(r.from).toBeNull();
    expect(r.to).toBeNull();
    expect(r.change.relative).toBe(0.25);
    expect(r.change.bound).toBe("moreThan");
    expect(r.change.absolute).toBeNull();
    expect(r.change.percentagePoints).toBeNull();
    expect(r.change.cagr).toBeNull();
    expect(r.change.stated?.stated).toBe("增长超过25%");
  });

  it("orders rows by theme, in article order", () => {
    const order = new Map(dataset.themes.map((t) => [t.id, t.order]));
    const orders = rows.map((r) => order.get(r.fact.theme) ?? 0);
    expect(orders).toEqual([...orders].sort((a, b) => a - b));
    const ids = rows.map((r) => r.fact.id);
    expect(ids.indexOf("high-tech-share")).toBeLessThan(ids.indexOf("pm25"));
    expect(ids.indexOf("pm25")).toBeLessThan(ids.indexOf("tech-contracts-annual"));
  });

  it("leaves out quantities with no figure near either year (e.g. values as of publication)", () => {
    const ids = rows.map((r) => r.fact.id);
    expect(ids).not.toContain("years-since-launch");
    expect(ids).not.toContain("assistance-funds");
    expect(ids).not.toContain("poverty-lifted-population");
  });

  it("keeps only the theme asked for", () => {
    const innovation = compare(dataset, { from: 2014, to: 2020, theme: "innovation" });
    expect(innovation.map((r) => r.fact.id)).toContain("tech-contracts-annual");
    expect(innovation.every((r) => r.fact.theme === "innovation")).toBe(true);
    const ecology = compare(dataset, { from: 2014, to: 2020, theme: "ecology" });
    expect(ecology.map((r) => r.fact.id)).toContain("pm25");
    expect(ecology.every((r) => r.fact.theme === "ecology")).toBe(true);
  });
});

describe("compare 2016 → 2020", () => {
  const rows = compare(dataset, { from: 2016, to: 2020 });

  it("takes the nearest baseline within one year and flags it as substituted", () => {
    expect(BASELINE_TOLERANCE).toBe(1);
    // PM2.5 has 2014 (derived) and 2020: 2014 is two years from 2016, so the row is left out.
    expect(rows.map((r) => r.fact.id)).not.toContain("pm25");
    const labour = row(rows, "labour-productivity");
    expect(labour.from?.point.year).toBe(2015);
    expect(labour.from?.substituted).toBe(true);
  });

  it("counts the quantities left out for want of a figure within a year (pm25, tech contracts)", () => {
    const { rows: kept, leftOut } = compareWithCount(dataset, { from: 2016, to: 2020 });
    expect(kept.map((r) => r.fact.id)).not.toContain("tech-contracts-annual");
    expect(leftOut).toBeGreaterThanOrEqual(2);
  });

  it("drops a baseline further away than the tolerance (the high-tech share's 2013)", () => {
    expect(rows.map((r) => r.fact.id)).not.toContain("high-tech-share");
  });

  it("does not apply a change stated for 2014–2020 to 2016–2020 (expressway length)", () => {
    expect(rows.map((r) => r.fact.id)).not.toContain("expressway-length");
  });
});

describe("compare with odd years", () => {
  const summary = (from: number, to: number) =>
    compare(dataset, { from, to }).map((r) => `${r.fact.id}: ${r.from?.point.year} → ${r.to?.point.year}`);

  // BUG: compareFact does not check from < to. With yearly series (the supplement layer) it
  // answers 2014 → 2014 with 2013 → 2014 and 2016 → 2015 with 2014 → 2015. The CLI rejects such
  // years before calling compare(), but the query itself returns rows for a span that is empty.
  it("returns nothing when the start is not before the end", () => {
    expect(summary(2020, 2014)).toEqual([]);
    expect(summary(2014, 2014)).toEqual([]);
    expect(summary(2020, 2020)).toEqual([]);
    expect(summary(2016, 2015)).toEqual([]);
  });

  it("returns nothing for reversed or equal years anywhere in 2000–2035", () => {
    const found: string[] = [];
    for (let from = 2000; from <= 2035; from++) {
      for (let to = 2000; to <= from; to++) {
        found.push(...summary(from, to).map((s) => `asked ${from} → ${to}, got ${s}`));
      }
    }
    expect(found).toEqual([]);
  });

  it("always puts the earlier figure first, for every pair of years in 2000–2035", () => {
    for (let from = 2000; from <= 2035; from++) {
      for (let to = from + 1; to <= 2035; to++) {
        for (const r of compare(dataset, { from, to })) {
          if (r.from && r.to) {
            expect(r.from.point.year, `${r.fact.id}, ${from} → ${to}`).toBeLessThan(r.to.point.year ?? 0);
          }
          expect(Math.abs((r.from?.point.year ?? from) - from), `${r.fact.id}, ${from} → ${to}`).toBeLessThanOrEqual(
            BASELINE_TOLERANCE,
          );
          expect(Math.abs((r.to?.point.year ?? to) - to), `${r.fact.id}, ${from} → ${to}`).toBeLessThanOrEqual(
            BASELINE_TOLERANCE,
          );
        }
      }
    }
  });

  it("finds nothing for years the article has no figures near (2030 → 2035)", () => {
    expect(compare(dataset, { from: 2030, to: 2035 })).toEqual([]);
  });
});

describe("compare's order", () => {
  it("is theme order, then data order within a theme; facts of unknown themes first", () => {
    const quantity = (id: string, theme: string) => ({
      id,
      theme,
      layer: "user" as const,
      label: { zh: id, en: id },
      explanation: { zh: id, en: id },
      place: "beijing",
      kind: "quantity" as const,
      unit: "count" as const,
      values: [
        { value: 1, stated: "1", year: 2014, source: { ref: "mee" } },
        { value: 2, stated: "2", year: 2020, source: { ref: "mee" } },
      ],
    });
    const themes = [
      { id: "b", order: 2, name: { zh: "b", en: "b" }, summary: { zh: "b", en: "b" } },
      { id: "a", order: 1, name: { zh: "a", en: "a" }, summary: { zh: "a", en: "a" } },
    ];
    const facts = [
      quantity("b1", "b"),
      quantity("a1", "a"),
      quantity("x1", "x"),
      quantity("b2", "b"),
      quantity("a2", "a"),
    ];
    const rows = compare({ sources: [], themes, places: [], facts }, { from: 2014, to: 2020 });
    expect(rows.map((r) => r.fact.id)).toEqual(["x1", "a1", "a2", "b1", "b2"]);
  });
});
