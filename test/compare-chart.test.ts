import { describe, expect, it } from "vitest";
import { ANSI, flat, jjj, widest } from "./chart-helpers.js";

const PARTIAL = ["", "▏", "▎", "▍", "▌", "▋", "▊", "▉"];

/** A bar's length in eighths of a cell, from its blocks. */
function eighths(bar: string): number {
  const full = [...bar].filter((c) => c === "█").length;
  const partial = [...bar].find((c) => PARTIAL.includes(c) && c !== "");
  return full * 8 + (partial ? PARTIAL.indexOf(partial) : 0);
}

/** The bar lines under a group title: year, bar, value. */
function group(lines: string[], title: string) {
  const at = lines.indexOf(title);
  expect(at, title).toBeGreaterThanOrEqual(0);
  const bars: { year: string; bar: string; value: string }[] = [];
  for (const line of lines.slice(at + 1)) {
    const m = /^ {2}(\d{4}) ([█▏▎▍▌▋▊▉#]+) (.+)$/.exec(line);
    if (m) bars.push({ year: m[1] as string, bar: m[2] as string, value: m[3] as string });
    else if (bars.length) break;
  }
  return { sub: lines[at + 1] as string, bars };
}

describe("jjj compare --chart", () => {
  it("draws each quantity's 2014 and 2020 as bars from zero, in proportion", async () => {
    const r = await jjj(["compare", "--chart", "--width", "80", "--color", "never"]);
    expect(r.code).toBe(0);
    expect(ANSI.test(r.out)).toBe(false);
    expect(widest(r.lines)).toBeLessThanOrEqual(80);
    expect(r.lines[0]).toBe("2014 → 2020: what changed");

    const pm = group(r.lines, "PM2.5 annual mean");
    expect(pm.sub).toBe("−51%, better · µg/m³ · article §5 ¶2");
    expect(pm.bars.map((b) => [b.year, b.value])).toEqual([
      ["2014", "89.8*"],
      ["2020", "44"],
    ]);
    const [from, to] = pm.bars.map((b) => eighths(b.bar)) as [number, number];
    // The larger end takes the whole bar width: 80 − indent 2 − year 4 − 2 spaces − widest value.
    expect(from).toBe(8 * (80 - 2 - 4 - 2 - "≥280,000".length));
    expect(Math.abs(to - (from * 44) / 89.8)).toBeLessThanOrEqual(0.5);

    const tech = group(r.lines, "Zhongguancun firms' technology contracts in Tianjin and Hebei (per year)");
    expect(tech.sub).toBe("+317.6%, better · bn yuan · article §6 ¶4");
    expect(tech.bars.map((b) => b.value)).toEqual(["8.31", "34.7"]);

    const share = group(r.lines, "High-end sectors' share of new market entities");
    expect(share.sub).toBe("+19.3 pp (+47.4%), better · % · article §1 ¶4");
    // 2013 stands in for 2014, and says so.
    expect(share.bars.map((b) => b.year)).toEqual(["2013", "2020"]);
    expect(flat(r.out)).toContain("(year) the nearest year, where the year asked for has no figure");

    const beijing = group(r.lines, "PM2.5 annual mean (Beijing)");
    expect(beijing.sub).toBe("−55.8%, better · µg/m³ · official · Beijing Municipal Ecology and Environment");
    expect(beijing.bars.map((b) => b.value)).toEqual(["85.9", "38"]);
    expect(flat(r.out)).toContain("only the change is stated, not the values at either end");
    expect(flat(r.out)).toContain("Each quantity is drawn to its own scale, every bar from zero");
  });

  it("speaks Chinese", async () => {
    const r = await jjj(["compare", "--chart", "--lang", "zh", "--width", "80", "--color", "never"]);
    expect(r.code).toBe(0);
    expect(r.lines[0]).toBe("2014 → 2020：变化一览");
    const pm = group(r.lines, "PM2.5年均浓度");
    expect(pm.sub).toBe("−51%，改善 · 微克/立方米 · 文章 §5 ¶2");
    expect(pm.bars.map((b) => b.value)).toEqual(["89.8*", "44"]);
    expect(group(r.lines, "新设市场主体中高精尖产业占比").sub).toBe("+19.3个百分点（+47.4%），改善 · % · 文章 §1 ¶4");
    expect(flat(r.out)).toContain("每个指标按自己的比例尺画出");
    expect(widest(r.lines)).toBeLessThanOrEqual(80);
  });

  it("honours --from, --to, --theme, --ascii and narrow widths", async () => {
    const r = await jjj(["compare", "--chart", "--from", "2015", "--to", "2019", "--width", "40", "--color", "never"]);
    expect(r.code).toBe(0);
    expect(widest(r.lines)).toBeLessThanOrEqual(40);
    expect(group(r.lines, "PM2.5 annual mean (Beijing)").bars.map((b) => [b.year, b.value])).toEqual([
      ["2015", "80.6"],
      ["2019", "42"],
    ]);
    const ascii = await jjj(["compare", "--chart", "--theme", "ecology", "--ascii", "--width", "60"]);
    const bars = group(ascii.lines, "PM2.5 annual mean").bars;
    expect(bars.map((b) => b.bar.replace(/#/g, "")).join("")).toBe("");
    expect(bars[0]?.bar.length).toBe(60 - 2 - 4 - 2 - "89.8*".length);
  });

  it("colours only with colour on, and leaves --json unchanged", async () => {
    const on = await jjj(["compare", "--chart", "--color", "always"]);
    expect(ANSI.test(on.out)).toBe(true);
    const json = await jjj(["compare", "--chart", "--json"]);
    expect(json.out).toBe((await jjj(["compare", "--json"])).out);
  });
});
