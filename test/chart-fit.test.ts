import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { PLAIN } from "../src/cli/color.js";
import { bundledDataset } from "../src/dataset/bundled.js";
import { chartFacts, lineSeries } from "../src/query/chart.js";
import { fitLineChart } from "../src/render/chart.js";
import { displayWidth } from "../src/render/width.js";
import { flat, jjj, widest } from "./chart-helpers.js";

/** jjj on a terminal of a size (colour off, so that the text can be read). */
const onTerminal = (argv: string[], columns: number, rows: number) =>
  jjj([...argv, "--color", "never"], { isTTY: true, columns, rows });

const plotRows = (lines: readonly string[]) => lines.filter((l) => /^ *[\d.,]* [┤│]/.test(l)).length;

describe("charts fit the window", () => {
  for (const [columns, rows] of [
    [80, 24],
    [100, 30],
    [160, 45],
  ] as const) {
    for (const lang of ["en", "zh"]) {
      it(`draws pm25 whole in ${columns}×${rows} (${lang}): the title stays on screen`, async () => {
        const r = await onTerminal(["chart", "pm25", "--lang", lang], columns, rows);
        expect(r.code).toBe(0);
        // One row is left for the prompt that follows.
        expect(r.lines.length).toBeLessThanOrEqual(rows - 1);
        expect(widest(r.lines)).toBeLessThanOrEqual(columns);
        expect(r.lines[0]).toMatch(lang === "en" ? /^PM2\.5 annual mean, 2013–2021/ : /^PM2\.5年均浓度，2013—2021年/);
        // The plot takes what the rest leaves: most of the window.
        expect(plotRows(r.lines)).toBeGreaterThanOrEqual(Math.floor(rows / 2));
        // The story the article tells stays readable: 89.8 (derived) down to 44.
        expect(r.out).toContain("● 44");
        expect(r.out).toContain("89.8");
      });
    }
  }

  it("fills a 100×30 window more than the 18 rows of a pipe, and --height still decides", async () => {
    const big = await onTerminal(["chart", "pm25"], 160, 45);
    expect(plotRows(big.lines)).toBeGreaterThan(18);
    const asked = await onTerminal(["chart", "pm25", "--height", "8"], 100, 30);
    expect(plotRows(asked.lines)).toBe(8);
    const piped = await jjj(["chart", "pm25", "--width", "80", "--color", "never"]);
    expect(plotRows(piped.lines)).toBe(18);
  });

  it("sums the notes up in two lines, and gives them all with --notes", async () => {
    const short = await onTerminal(["chart", "pm25"], 80, 24);
    const notes = short.lines.slice(short.lines.findIndex((l) => l.startsWith("Notes:")));
    expect(notes).toHaveLength(2);
    expect(flat(notes.join("\n"))).toBe(
      "Notes: 3 derived values, 2 hidden marks, how the official series differ, 2 official series left out. `jjj chart pm25 --notes` prints them.",
    );
    const all = flat((await jjj(["chart", "pm25", "--notes", "--width", "80", "--color", "never"])).out);
    expect(all).toContain("Derived 2014 (the article · Beijing–Tianjin–Hebei): 44 µg/m³ / (1 − 0.51) ≈ 89.8");
    expect(all).toContain("Derived 2015 (13 cities of the region): 71 µg/m³ / (1 − 0.078) ≈ 77 µg/m³");
    expect(all).toContain("`jjj chart pm25 pm25-tianjin pm25-hebei` draws them too.");
  });

  it("speaks only of the series drawn: no sets of cities under the technology contracts", async () => {
    const r = await jjj(["chart", "tech-contracts-annual", "--notes", "--width", "80", "--color", "never"]);
    expect(r.code).toBe(0);
    const text = flat(r.out);
    expect(text).not.toContain("cities");
    expect(text).toContain(
      "The official series (Beijing's technology contracts exported to Tianjin and Hebei) has a basis of its own",
    );
  });

  it("draws a fact that has values by place only as bars, without --bars", async () => {
    for (const argv of [
      ["chart", "medical-pilot-institutions"],
      ["chart", "medical-pilot-institutions", "--lang", "zh"],
    ]) {
      const r = await onTerminal(argv, 80, 24);
      expect(r.code, r.err).toBe(0);
      expect(r.out).toMatch(/ {2}(Beijing|北京) +█+[▏▎▍▌▋▊▉]? 23\n {2}(Tianjin|天津) +█+[▏▎▍▌▋▊▉]? 62\n/);
    }
    const json = JSON.parse((await jjj(["chart", "medical-pilot-institutions", "--json"])).out) as {
      bars: unknown[];
    }[];
    expect(json[0]?.bars).toHaveLength(2);
  });

  it("fits compare --chart in 80×24, 100×30 and 160×45, in both languages", async () => {
    for (const [columns, rows] of [
      [80, 24],
      [100, 30],
      [160, 45],
    ] as const) {
      for (const lang of ["en", "zh"]) {
        const r = await onTerminal(["compare", "--chart", "--lang", lang], columns, rows);
        expect(r.code).toBe(0);
        expect(r.lines.length, `${columns}×${rows} ${lang}`).toBeLessThanOrEqual(rows - 1);
        expect(widest(r.lines)).toBeLessThanOrEqual(columns);
        expect(r.lines[0]).toMatch(/^2014 → 2020/);
        expect(r.out).toMatch(/2020 █+[▏▎▍▌▋▊▉]? 44\n/);
      }
    }
  });

  it("draws to any size asked of it, for slides: fitLineChart({ width, height })", () => {
    const dataset = bundledDataset();
    const pm25 = dataset.facts.find((f) => f.id === "pm25");
    if (pm25?.kind !== "quantity") throw new Error("pm25");
    const series = lineSeries(chartFacts(dataset, [pm25]).facts, "ug-per-m3");
    for (const [width, height] of [
      [76, 16],
      [76, 20],
      [96, 24],
      [140, 40],
    ] as const) {
      for (const lang of ["en", "zh"] as const) {
        const text = fitLineChart(
          { dataset, lang },
          series,
          { width, height },
          {
            unit: "ug-per-m3",
            indexed: false,
            chalk: PLAIN,
            ascii: false,
          },
        );
        const lines = text.replace(/\n$/, "").split("\n");
        expect(lines.length, `${width}×${height}`).toBeLessThanOrEqual(height);
        const bare = fitLineChart(
          { dataset, lang },
          series,
          { width, height },
          {
            unit: "ug-per-m3",
            indexed: false,
            chalk: PLAIN,
            ascii: false,
            notes: "none",
          },
        );
        expect(bare.replace(/\n$/, "").split("\n").length).toBeLessThanOrEqual(height);
        expect(bare).not.toMatch(/Hidden|被其他标记遮住|official series \(|官方序列（/);
        expect(Math.max(...lines.map((l) => displayWidth(l)))).toBeLessThanOrEqual(width);
        expect(lines[0]).toContain(lang === "en" ? "PM2.5 annual mean" : "PM2.5年均浓度");
      }
    }
  });
});

describe("charts of values at the edges of a double", () => {
  const dir = mkdtempSync(join(tmpdir(), "jjj-chart-"));
  const example = readFileSync(join(import.meta.dirname, "..", "examples", "my-figures.json"), "utf8");
  const withValue = (value: string) => {
    const file = join(dir, `my-${value}.json`);
    writeFileSync(file, example.replace('"value": 32,', `"value": ${value},`));
    return file;
  };

  // Such values are refused by the data check, naming the range; the axis code itself is checked
  // on them in test/plot.test.ts.
  for (const value of ["1e308", "2e307", "1.7976931348623157e308"]) {
    it(`refuses a series holding ${value}, naming the plausible range, without hanging`, async () => {
      const file = withValue(value);
      const r = await jjj(["chart", "my-pm25", "--data", file, "--width", "80", "--color", "never"]);
      expect(r.code).toBe(1);
      expect(r.out).toBe("");
      expect(r.err).toContain("|value| ≤ 1e15");
    });
  }
});
