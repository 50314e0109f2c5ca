import { describe, expect, it } from "vitest";
import { yScale } from "../src/query/plot.js";
import { displayWidth } from "../src/render/width.js";
import { ANSI, charAt, flat, jjj, widest } from "./chart-helpers.js";

interface SeriesJson {
  id: string;
  role: string;
  points: { year: number; value: number; plotted: number; status: string; source: { publisher: unknown } }[];
}

/** The named fact's markers, then the smaller ones of the official series that extend it. */
const MARKERS = [
  ["●", "○"],
  ["▪", "▫"],
  ["▴", "▵"],
  ["▾", "▿"],
];

/** The parts of a drawn line chart: plot rows, where the plot starts, its width. */
function anatomy(lines: string[], height: number, corner = "└") {
  const axis = lines.findIndex((l) => l.trimStart().startsWith(corner));
  expect(axis).toBeGreaterThan(height);
  const plotStart = Array.from(lines[axis] as string).indexOf(corner) + 1;
  return {
    axis,
    axisLine: lines[axis] as string,
    yearLine: lines[axis + 1] as string,
    rows: lines.slice(axis - height, axis),
    unitLine: lines[axis - height - 1] as string,
    plotStart,
    plotWidth: displayWidth(lines[axis] as string) - plotStart,
  };
}

describe("jjj chart pm25", () => {
  it("draws the PM2.5 decline to the row and column, on 80 columns and 18 rows in a pipe", async () => {
    const r = await jjj(["chart", "pm25", "--width", "80", "--color", "never", "--notes"]);
    expect(r.code).toBe(0);
    expect(r.err).toBe("");
    expect(ANSI.test(r.out)).toBe(false);
    expect(widest(r.lines)).toBeLessThanOrEqual(80);
    const a = anatomy(r.lines, 18);
    // Width honoured: label, axis and plot fill the width but for the room kept for the last year's label.
    expect(displayWidth(a.axisLine)).toBe(78);
    expect(r.lines[0]).toBe("PM2.5 annual mean, 2013–2021");
    expect(a.unitLine).toBe("µg/m³");

    const json = JSON.parse((await jjj(["chart", "pm25", "--json"])).out) as SeriesJson[];
    expect(json.map((s) => s.id)).toEqual(["pm25", "pm25-13-cities", "pm25-2-26-cities", "pm25-beijing"]);
    const scale = yScale(
      json.flatMap((s) => s.points.map((p) => p.plotted)),
      18,
    );
    const col = (year: number) => a.plotStart + Math.round(((year - 2013) / (2021 - 2013)) * (a.plotWidth - 1));
    const row = (v: number) => 17 - Math.round(((v - scale.lo) / (scale.hi - scale.lo)) * 17);

    // Year labels centred under their columns, one tick per year.
    for (let year = 2013; year <= 2021; year++) {
      expect(charAt(a.axisLine, col(year))).toBe("┬");
      expect(a.yearLine.slice(col(year) - 1, col(year) + 3)).toBe(String(year));
    }
    // Y ticks at round values, each on the row its value falls in.
    for (const tick of [40, 60, 80, 100]) {
      const line = a.rows[row(tick)] as string;
      expect(line.slice(0, a.plotStart).trim()).toBe(`${tick} ┤`);
    }

    const hidden = r.out.match(/Hidden under another mark: (.*)/)?.[1] ?? "";
    let checked = 0;
    json.forEach((s, style) => {
      for (const p of s.points) {
        const [observed, derived] = MARKERS[style] as [string, string];
        const seen = charAt(a.rows[row(p.plotted)] as string, col(p.year));
        if (hidden.includes(`${p.year} (${p.value})`)) {
          expect(MARKERS.flat()).toContain(seen);
        } else {
          expect(seen, `${s.id} ${p.year}`).toBe(p.status === "derived" ? derived : observed);
          checked++;
        }
      }
    });
    expect(checked).toBeGreaterThanOrEqual(17);

    // The article's own figures: a derived 2014 of 89.8 (hollow) and a stated 2020 of 44 (filled), labelled.
    expect(charAt(a.rows[row(89.8)] as string, col(2014))).toBe("○");
    expect(charAt(a.rows[row(44)] as string, col(2020))).toBe("●");
    expect(a.rows[row(44)]).toContain("● 44");
    expect(a.rows[row(89.8)]).toContain("89.8 ○");
  });

  it("labels each series with its years and publisher, and explains derived points and gaps", async () => {
    const r = await jjj(["chart", "pm25", "--width", "80", "--color", "never", "--notes"]);
    const text = flat(r.out);
    // The article's series bold (heavy dots), the official ones light (small markers, thin lines).
    expect(r.out).toContain("●••○ the article · Beijing–Tianjin–Hebei · 2014, 2020 · article §5 ¶2");
    expect(r.out).toContain("▪──▫ 13 cities of the region · 2013–2017 · Ministry of Environmental Protection");
    expect(r.out).toContain('▴╌╌▴ "2+26" cities · 2018–2020 · Ministry of Ecology and Environment');
    expect(r.out).toContain("▾┄┄▾ Beijing · 2013–2021 · Beijing Municipal Ecology and Environment Bureau");
    expect(text).toContain("○ derived from a stated change");
    expect(text).toContain("•• no figures for the years between");
    expect(text).toContain('The official series (13 cities of the region, "2+26" cities, Beijing) each have a basis');
    expect(text).toContain("Derived 2014 (the article · Beijing–Tianjin–Hebei): 44 µg/m³ / (1 − 0.51) ≈ 89.8");
    expect(text).toContain("Hidden under another mark:");
    expect(text).toContain("Tianjin (pm25-tianjin), Hebei (pm25-hebei). `jjj chart pm25 pm25-tianjin pm25-hebei`");
  });

  it("honours --height and --width down to 40 columns", async () => {
    for (const [width, height] of [
      [40, 5],
      [40, 10],
      [60, 12],
      [120, 30],
    ] as const) {
      const r = await jjj(["chart", "pm25", "--width", String(width), "--height", String(height), "--color", "never"]);
      expect(r.code).toBe(0);
      expect(widest(r.lines)).toBeLessThanOrEqual(width);
      const a = anatomy(r.lines, height);
      expect(a.rows).toHaveLength(height);
      expect(displayWidth(a.axisLine)).toBe(width - 2);
      expect(a.unitLine).toBe("µg/m³");
      // The first and last years are always labelled.
      expect(a.yearLine.trim().startsWith("2013")).toBe(true);
      expect(a.yearLine.trim().endsWith("2021")).toBe(true);
    }
  });

  it("accepts the obvious aliases", async () => {
    const canonical = (await jjj(["chart", "pm25", "--width", "80", "--color", "never"])).out;
    for (const alias of ["PM2.5", "pm2.5", "pm", "PM25"]) {
      expect((await jjj(["chart", alias, "--width", "80", "--color", "never"])).out).toBe(canonical);
    }
  });

  it("draws only the article's two points, joined by dots, with --article-only", async () => {
    const r = await jjj(["chart", "pm25", "--article-only", "--width", "60", "--color", "never"]);
    expect(r.code).toBe(0);
    const a = anatomy(r.lines, 18);
    const plot = a.rows.map((l) => Array.from(l).slice(a.plotStart).join("")).join("\n");
    expect([...plot].filter((c) => c === "○")).toHaveLength(1);
    expect([...plot].filter((c) => c === "●")).toHaveLength(1);
    expect(plot).not.toMatch(/[─│╭╮╰╯━═]/);
    expect(plot).toContain("•");
    expect(r.out).not.toContain("Ministry");
    expect(r.out).toContain("2014–2020");
  });

  it("speaks Chinese with --lang zh and keeps CJK text within the width", async () => {
    const r = await jjj(["chart", "pm25", "--lang", "zh", "--width", "80", "--color", "never", "--notes"]);
    expect(r.code).toBe(0);
    expect(r.lines[0]).toBe("PM2.5年均浓度，2013—2021年");
    expect(r.out).toContain("▾┄┄▾ 北京 · 2013–2021 · 北京市生态环境局");
    expect(r.out).toContain("○ 由所述变化推算的数值");
    expect(flat(r.out)).toContain("推算值 2014年（文章 · 京津冀）");
    expect(widest(r.lines)).toBeLessThanOrEqual(80);
    expect(anatomy(r.lines, 18).unitLine).toBe("微克/立方米");
  });

  it("colours only when colour is on", async () => {
    const off = await jjj(["chart", "pm25", "--width", "80"], { isTTY: true, env: { NO_COLOR: "1" } });
    expect(ANSI.test(off.out)).toBe(false);
    const on = await jjj(["chart", "pm25", "--width", "80", "--color", "always"]);
    expect(ANSI.test(on.out)).toBe(true);
    // Same drawing underneath the colour.
    // biome-ignore lint/suspicious/noControlCharactersInRegex: stripping ANSI escapes
    expect(on.out.replace(/\u001b\[[0-9;]*m/g, "")).toBe(off.out);
  });

  it("draws with plain ASCII under --ascii and TERM=dumb", async () => {
    for (const run of [
      await jjj(["chart", "pm25", "--ascii", "--width", "80", "--color", "never"]),
      await jjj(["chart", "pm25", "--width", "80"], { env: { TERM: "dumb" } }),
    ]) {
      expect(run.code).toBe(0);
      expect(ANSI.test(run.out)).toBe(false);
      const a = anatomy(run.lines, 18, "+");
      for (const line of [...a.rows, a.axisLine, a.yearLine]) expect(line).toMatch(/^[\x20-\x7e]*$/);
      expect(a.rows.join("")).toContain("*");
      expect(run.out).toContain("o::* the article");
    }
  });
});

describe("jjj chart: other facts and edge cases", () => {
  it("draws a single point in the middle of the axis", async () => {
    const r = await jjj(["chart", "pm25-tianjin", "--width", "60", "--height", "8", "--color", "never"]);
    expect(r.code).toBe(0);
    const a = anatomy(r.lines, 8);
    const marked = a.rows.filter((l) => l.includes("●"));
    expect(marked).toHaveLength(1);
    const c = Math.floor((a.plotWidth - 1) / 2) + a.plotStart;
    expect(charAt(marked[0] as string, c)).toBe("●");
    expect(a.yearLine.trim()).toBe("2020");
    expect(marked[0]).toContain("● 48");
    expect(flat(r.out)).toContain("Tianjin Municipal Ecology and Environment Bureau");
  });

  it("draws an official series when the article gives only a change, and says so", async () => {
    const r = await jjj(["chart", "expressway-length", "--width", "80", "--color", "never", "--notes"]);
    expect(r.code).toBe(0);
    const text = flat(r.out);
    expect(text).toContain("the article · Beijing–Tianjin–Hebei · no yearly figures; up more than 25%, 2014–2020");
    expect(text).toContain("Issued jointly by the transport departments of Beijing, Tianjin and Hebei");
    expect(text).toContain("10,300 km / (1 + 0.292) ≈ 7,970 km");
  });

  it("refuses series of different units, unless --index rescales them", async () => {
    const refused = await jjj(["chart", "pm25", "tech-contracts-annual"]);
    expect(refused.code).toBe(2);
    expect(refused.out).toBe("");
    expect(refused.err).toContain("different units cannot share one axis: pm25 (µg/m³) and tech-contracts-annual");
    expect(refused.err).toContain("--index");
    const zh = await jjj(["chart", "pm25", "tech-contracts-annual", "--lang", "zh"]);
    expect(zh.err).toContain("单位不同");

    const indexed = await jjj(["chart", "pm25", "tech-contracts-annual", "--index", "--article-only", "--json"]);
    expect(indexed.code).toBe(0);
    const series = JSON.parse(indexed.out) as SeriesJson[];
    expect(series.map((s) => s.points.map((p) => p.plotted))).toEqual([
      [100, 49],
      [100, 417.6],
    ]);
    const drawn = await jjj([
      "chart",
      "pm25",
      "tech-contracts-annual",
      "--index",
      "--article-only",
      "--color",
      "never",
    ]);
    expect(drawn.out).toContain("index: first year = 100");
  });

  it("prints the plotted data with --json: years, values, status and sources with publishers", async () => {
    const r = await jjj(["chart", "pm2.5", "--json"]);
    const series = JSON.parse(r.out) as SeriesJson[];
    const article = series.find((s) => s.id === "pm25");
    expect(article?.points.map((p) => [p.year, p.value, p.status])).toEqual([
      [2014, 89.8, "derived"],
      [2020, 44, "observed"],
    ]);
    for (const s of series.filter((x) => x.role === "extension")) {
      for (const p of s.points) expect(p.source.publisher).not.toBeNull();
    }
    expect(ANSI.test(r.out)).toBe(false);
  });

  it("fails with a clear message, never a stack trace", async () => {
    const cases: [string[], RegExp][] = [
      [["chart", "strategy-launch"], /is a dated event, not a quantity/],
      [["chart", "pm9"], /unknown fact id "pm9"[\s\S]*did you mean "pm25"/],
      [["chart", "tech"], /did you mean "tech-contracts-cumulative", "tech-contracts-annual"/],
      [["chart", "years-since-launch"], /has no yearly figures to draw as a line[\s\S]*lists what can be charted/],
      [["chart", "pm25", "--height", "3"], /--height.*from 5 to 100/],
      [["chart", "pm25", "--width", "20"], /from 40 to 1000/],
      [["chart", "pm25", "pm25-hebei", "pm25-tianjin", "high-tech-share"], /at most 6 series/],
    ];
    for (const [argv, message] of cases) {
      const r = await jjj(argv);
      expect(r.code, argv.join(" ")).toBe(2);
      expect(r.err).toMatch(message);
      expect(r.err).not.toMatch(/\n\s+at /);
      expect(r.out).toBe("");
    }
  });

  it("lists what can be charted when given no id", async () => {
    const r = await jjj(["chart", "--width", "100", "--color", "never"]);
    expect(r.code).toBe(0);
    expect(r.out).toContain("pm25-beijing");
    expect(r.out).toMatch(/PM2\.5 annual mean {2}pm25\s+2014, 2020 {2}line, bars/);
    expect(r.out).toMatch(/medical-pilot-institutions\s+2 values\s+bars/);
    expect(r.out).not.toContain("strategy-launch");
    const json = JSON.parse((await jjj(["chart", "--json"])).out) as { id: string; line: boolean; bars: boolean }[];
    expect(json.find((f) => f.id === "medical-pilot-institutions")).toMatchObject({ line: false, bars: true });
    expect(json.find((f) => f.id === "pm25-beijing")).toMatchObject({ line: true, bars: true });
    expect(json.some((f) => f.id === "years-since-launch")).toBe(false);
  });
});

describe("jjj chart --bars", () => {
  const PARTIAL = ["", "▏", "▎", "▍", "▌", "▋", "▊", "▉"];
  const eighths = (bar: string) =>
    [...bar].filter((c) => c === "█").length * 8 + PARTIAL.indexOf([...bar].find((c) => PARTIAL.includes(c)) ?? "");

  it("draws the medical pilot institutions by place on one scale: Beijing 23, Tianjin 62, Hebei 101", async () => {
    const r = await jjj([
      "chart",
      "medical-pilot-institutions",
      "hebei-medical-pilot-institutions",
      "--bars",
      "--width",
      "80",
      "--color",
      "never",
    ]);
    expect(r.code).toBe(0);
    expect(widest(r.lines)).toBeLessThanOrEqual(80);
    const bars = r.lines
      .map((l) => /^ {2}(\S+)\s+([█▏▎▍▌▋▊▉]+) (\d+)$/.exec(l))
      .filter((m) => m !== null)
      .map((m) => ({ place: m[1], length: eighths(m[2] as string), value: Number(m[3]) }));
    expect(bars.map((b) => [b.place, b.value])).toEqual([
      ["Beijing", 23],
      ["Tianjin", 62],
      ["Hebei", 101],
    ]);
    // The longest bar fills the room: 80 − indent 2 − label 7 − 2 spaces − value 3.
    expect(bars[2]?.length).toBe(8 * 66);
    for (const b of bars) expect(Math.abs(b.length - (b.value / 101) * 8 * 66)).toBeLessThanOrEqual(0.5);
  });

  it("draws a series by year, marks derived values, and prints bars as JSON", async () => {
    const r = await jjj(["chart", "pm25", "--bars", "--article-only", "--width", "60", "--color", "never", "--notes"]);
    expect(r.out).toMatch(/ {2}2014 █+[▏▎▍▌▋▊▉]? 89\.8\*\n {2}2020 █+[▏▎▍▌▋▊▉]? 44\n/);
    expect(flat(r.out)).toContain("* 2014, PM2.5 annual mean: derived, 44 µg/m³ / (1 − 0.51) ≈ 89.8 µg/m³");
    const json = JSON.parse((await jjj(["chart", "medical-pilot-institutions", "--bars", "--json"])).out) as {
      id: string;
      bars: { key: { kind: string; place: { en: string } }; value: number; status: string }[];
    }[];
    expect(json[0]?.bars.map((b) => [b.key.kind, b.key.place.en, b.value, b.status])).toEqual([
      ["place", "Beijing", 23, "observed"],
      ["place", "Tianjin", 62, "observed"],
    ]);
  });

  it("uses # in ASCII and speaks Chinese", async () => {
    const r = await jjj(["chart", "medical-pilot-institutions", "--bars", "--ascii", "--lang", "zh", "--width", "40"]);
    expect(r.out).toMatch(/ {2}北京 #+ 23\n {2}天津 #+ 62\n/);
    expect(r.lines[0]).toBe("河北参保人可直接结算的京津医疗机构");
    expect(widest(r.lines)).toBeLessThanOrEqual(40);
  });
});
