import { describe, expect, it } from "vitest";
import { PLAIN } from "../src/cli/color.js";
import { bundledDataset } from "../src/dataset/bundled.js";
import type { QuantityFact, Value } from "../src/dataset/schema.js";
import { lineSeries } from "../src/query/chart.js";
import { rowOfLevel } from "../src/query/plot.js";
import { plotStretch, renderLineChart } from "../src/render/chart.js";
import { UNICODE } from "../src/render/glyphs.js";
import { displayWidth } from "../src/render/width.js";
import { lineChartView } from "../src/view/chart.js";
import { widest } from "./chart-helpers.js";

const dataset = bundledDataset();
const ctx = { dataset, lang: "en" as const };

function fact(id: string, values: [number, number][]): QuantityFact {
  return {
    id,
    kind: "quantity",
    theme: "ecology",
    layer: "article",
    label: { zh: id, en: id },
    explanation: { zh: id, en: id },
    place: "region",
    unit: "ug-per-m3",
    values: values.map(
      ([year, value]): Value => ({
        year,
        value,
        stated: String(value),
        source: { ref: "article", section: "ecology" },
      }),
    ),
  };
}

function draw(values: [number, number][], width = 60, height = 10) {
  const series = lineSeries([{ fact: fact("test", values), role: "requested" }], "ug-per-m3");
  const view = lineChartView(ctx, series, { width, height, unit: "ug-per-m3", indexed: false });
  const text = renderLineChart(view, { chalk: PLAIN, width, ascii: false });
  const lines = text.replace(/\n$/, "").split("\n");
  return { view, text, lines, plot: lines.slice(2, 2 + height) };
}

describe("asciichart stretches", () => {
  it("pass through the row of every level, with the rows the markers use", () => {
    const height = 12;
    const cases = [
      [0, 11],
      [11, 0],
      [3.4, 3.6, 3.5, 9.49, 9.51, 0.2],
      [5, 5, 5, 5],
      [0.5, 1.5, 2.5, 3.5],
    ];
    for (const levels of cases) {
      const rows = plotStretch(levels, height, UNICODE.lines[0] as never);
      expect(rows).toHaveLength(height);
      for (const row of rows) expect(Array.from(row)).toHaveLength(levels.length + 1);
      levels.forEach((level, j) => {
        if (j === 0) return;
        const r = rowOfLevel({ lo: 0, hi: height - 1, height, step: 1, ticks: [] }, level);
        expect(Array.from(rows[r] as string)[j], `level ${level} at column ${j}`).not.toBe(" ");
      });
    }
  });
});

describe("line charts of awkward series", () => {
  it("draw a flat series as a level line with its value between two ticks", () => {
    const { lines, view, plot } = draw([
      [2018, 50],
      [2019, 50],
      [2020, 50],
    ]);
    const marked = plot.filter((l) => l.includes("●"));
    expect(marked).toHaveLength(1);
    // A named fact is drawn bold: the heavy line.
    expect(marked[0]).toMatch(/┤●━+●━+●$/);
    // The first and last values are written beside their markers, here on the row above.
    expect(plot[plot.indexOf(marked[0] as string) - 1]).toMatch(/ 50 +50$/);
    expect(view.yLabels.map((l) => l.text)).toContain("50");
    expect(widest(lines)).toBeLessThanOrEqual(60);
  });

  it("draw a tiny range with decimal ticks", () => {
    const { view, plot } = draw([
      [2018, 60.1],
      [2019, 60.3],
      [2020, 60.2],
    ]);
    expect(view.yLabels.map((l) => l.text)).toEqual(["60.1", "60.15", "60.2", "60.25", "60.3"]);
    expect(view.yLabels.map((l) => l.row)).toEqual([9, 7, 4, 2, 0]);
    expect(plot.join("\n").match(/●/g)).toHaveLength(3);
    expect(plot[0]).toContain("●");
    expect(plot[9]).toContain("●");
  });

  it("draw a single point, and an empty series beside it", () => {
    const series = lineSeries(
      [
        { fact: fact("one", [[2020, 48]]), role: "requested" },
        { fact: fact("none", []), role: "requested" },
      ],
      "ug-per-m3",
    );
    const view = lineChartView(ctx, series, { width: 40, height: 5, unit: "ug-per-m3", indexed: false });
    const text = renderLineChart(view, { chalk: PLAIN, width: 40, ascii: false });
    const plot = text.split("\n").slice(2, 7);
    expect(plot.join("\n").match(/●/g)).toHaveLength(1);
    expect(plot.find((l) => l.includes("●"))).toMatch(/● 48$/);
    expect(text).toContain("none · no yearly figures");
    expect(widest(text.split("\n"))).toBeLessThanOrEqual(40);
  });

  it("leave a gap between years without figures, dotted, never a line", () => {
    const { lines, view } = draw(
      [
        [2013, 80],
        [2014, 70],
        [2018, 40],
        [2019, 30],
      ],
      60,
      12,
    );
    const layout = view.draw[0]?.layout;
    expect(layout?.segments).toHaveLength(2);
    const start = view.labelWidth + 2;
    for (const g of layout?.gaps ?? []) {
      const row = lines[2 + g.row] as string;
      const ch = Array.from(row)[start + g.col];
      expect(["•", " ", undefined]).toContain(ch);
    }
    expect(lines.some((l) => l.includes("•"))).toBe(true);
  });

  it("keep within 40 columns with long labels", () => {
    const { lines } = draw(
      [
        [2013, 1234567],
        [2021, 7654321],
      ],
      40,
      6,
    );
    expect(widest(lines)).toBeLessThanOrEqual(40);
    expect(displayWidth(lines.find((l) => l.trimStart().startsWith("└")) ?? "")).toBe(38);
  });
});
