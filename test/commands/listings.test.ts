/**
 * What the listings promise: one line per item from 80 columns up, short notes, the years
 * asked for are the years shown, search that finds whole words and shows the figure, units scripts
 * can convert, ids from files, ASCII terminals.
 */
import stringWidth from "string-width";
import { describe, expect, it } from "vitest";
import { PLAIN } from "../../src/cli/color.js";
import { bundledDataset } from "../../src/dataset/bundled.js";
import type { Dataset } from "../../src/dataset/load.js";
import { search } from "../../src/query/search.js";
import { renderTable } from "../../src/render/table.js";
import { timelineTable } from "../../src/view/timeline.js";
import { run } from "../helpers/cli.js";
import { CompareRecord, parseWith } from "../helpers/schemas.js";

const lines = (text: string) => text.replace(/\n$/, "").split("\n");

describe("one line per item", () => {
  it("jjj themes --width 80 fits in 14 lines, each theme's id and name on one line", async () => {
    for (const lang of ["en", "zh"]) {
      const { code, stdout } = await run(["themes", "--width", "80", "--color", "never", "--lang", lang]);
      expect(code).toBe(0);
      const out = lines(stdout);
      expect(out.length, stdout).toBeLessThanOrEqual(14);
      const dataset = bundledDataset();
      for (const th of dataset.themes) {
        const line = out.find((l) => l.includes(` ${th.id} `));
        expect(line, th.id).toBeDefined();
        expect(line).toContain(th.name[lang as "en" | "zh"].slice(0, 4));
      }
    }
  });

  it("jjj compare --width 100 fits in 30 lines, notes included, each quantity with both values on its line", async () => {
    for (const lang of ["en", "zh"]) {
      const { stdout } = await run(["compare", "--width", "100", "--color", "never", "--lang", lang]);
      const out = lines(stdout);
      expect(out.length, stdout).toBeLessThanOrEqual(30);
      for (const l of out) expect(stringWidth(l)).toBeLessThanOrEqual(100);
    }
    const { stdout } = await run(["compare", "--width", "100", "--color", "never", "--lang", "en"]);
    const pm25 = lines(stdout).find((l) => l.startsWith("PM2.5 annual mean "));
    expect(pm25).toMatch(/89\.8\*\s+44\s+−45\.8/);
    const tech = lines(stdout).find((l) => l.startsWith("Zhongguancun"));
    expect(tech).toMatch(/bn yuan\s+8\.31\s+34\.7/);
  });

  it("jjj compare --width 80 keeps each quantity on one line", async () => {
    const json = parseWith(CompareRecord.array(), (await run(["compare", "--json"])).stdout);
    for (const lang of ["en", "zh"] as const) {
      const { stdout } = await run(["compare", "--width", "80", "--color", "never", "--lang", lang]);
      const out = lines(stdout);
      // The title, the header and its rule, then one line per quantity.
      const body = out.slice(3, 3 + json.length);
      expect(body).toHaveLength(json.length);
      json.forEach((r, i) => {
        expect(body[i]?.startsWith(r.label[lang].slice(0, 3)), `${r.id}: ${body[i]}`).toBe(true);
      });
      for (const l of out) expect(stringWidth(l)).toBeLessThanOrEqual(80);
    }
  });

  it("puts each of a fact's values beside its own place (facts --theme livelihood --width 100)", async () => {
    const { stdout } = await run(["facts", "--theme", "livelihood", "--width", "100", "--color", "never"]);
    const out = lines(stdout);
    expect(out.find((l) => l.includes("Beijing") && !l.includes("Hebei"))).toMatch(/\b23\b/);
    expect(out.find((l) => l.includes("Tianjin") && /\b62\b/.test(l))).toBeDefined();
    expect(out.some((l) => /\b62\b/.test(l) && !l.includes("Tianjin"))).toBe(false);
  });

  it("marks an inferred year with ‡ in the timeline table, and in its JSON", async () => {
    const { stdout } = await run(["timeline", "--json"]);
    const records = JSON.parse(stdout) as { id: string; date: string; yearInferred: boolean }[];
    const lp = records.find((r) => r.id === "labour-productivity" && r.date === "2020");
    expect(lp?.yearInferred).toBe(true);
    const table = (await run(["timeline", "--width", "100", "--color", "never"])).stdout;
    expect(lines(table).find((l) => l.includes("Labour productivity") && l.includes("280,000"))).toMatch(/^2020‡/);
  });

  it("keeps a timeline with a long unbroken label within 40 columns", () => {
    const dataset = bundledDataset();
    const long = "x".repeat(120);
    const fact = dataset.facts.find((f) => f.kind === "event");
    if (fact?.kind !== "event") throw new Error("no event");
    const view = timelineTable({ dataset, lang: "en" }, [
      { kind: "event", date: fact.date, approximate: false, fact: { ...fact, label: { zh: long, en: long } } },
    ]);
    for (const l of lines(renderTable(view, { chalk: PLAIN, width: 40 })))
      expect(stringWidth(l)).toBeLessThanOrEqual(40);
  });
});

describe("notes that don't bury the table", () => {
  it("says each kind of note once, and a ‡ note only where a row carries ‡", async () => {
    const { stdout } = await run(["compare", "--width", "100", "--color", "never"]);
    const notes = lines(stdout).filter((l) => /^[(*‡—]/.test(l));
    expect(notes.filter((l) => l.startsWith("‡"))).toHaveLength(1);
    expect(notes.filter((l) => l.startsWith("*"))).toHaveLength(1);
    expect(notes.filter((l) => l.startsWith("("))).toHaveLength(1);
    expect(stdout).not.toContain("Ministry");
    const theme = (await run(["compare", "--theme", "ecology", "--width", "100", "--color", "never"])).stdout;
    expect(theme).not.toContain("‡");
  });

  it("gives publishers and formulas under --notes", async () => {
    const { stdout } = await run(["compare", "--notes", "--width", "100", "--color", "never"]);
    expect(stdout).toContain("44 µg/m³ / (1 − 0.51)");
    expect(stdout).toContain("beijing-eeb = Beijing Municipal Ecology and Environment Bureau");
  });
});

describe("years asked for are years shown", () => {
  it("compare --from 2016 --to 2019 --json has no row with a year outside 2015–2020", async () => {
    const { stdout } = await run(["compare", "--from", "2016", "--to", "2019", "--json"]);
    const rows = parseWith(CompareRecord.array(), stdout);
    for (const r of rows) {
      for (const end of [r.from, r.to]) {
        if (end?.year == null) continue;
        expect(end.year, r.id).toBeGreaterThanOrEqual(2015);
        expect(end.year, r.id).toBeLessThanOrEqual(2020);
      }
    }
    expect(rows.find((r) => r.id === "pm25")).toBeUndefined();
    const table = (await run(["compare", "--from", "2016", "--to", "2019", "--width", "100", "--color", "never"]))
      .stdout;
    expect(table).toMatch(/\d+ more quantit(y has|ies have) no figure within a year of 2016 or 2019: left out/);
  });
});

describe("search", () => {
  /** The bundled data with everyday keywords on PM2.5, as the dataset gives them. */
  function withKeywords(): Dataset {
    const dataset = bundledDataset();
    return {
      ...dataset,
      facts: dataset.facts.map((f) =>
        f.id === "pm25"
          ? {
              ...f,
              keywords: {
                zh: ["雾霾", "空气质量", "治霾", "空气污染"],
                en: ["smog", "haze", "air quality", "air pollution"],
              },
            }
          : f,
      ),
    };
  }

  it.each(["smog", "雾霾", "air quality", "pollution"])("finds pm25 among the first three hits for %s", (q) => {
    const ids = search(withKeywords(), q).map((h) => h.id);
    expect(ids.slice(0, 3)).toContain("pm25");
  });

  it("matches whole words in Latin script: `air` finds nothing only inside a longer word", () => {
    const hits = search(bundledDataset(), "air");
    expect(hits.map((h) => h.id)).not.toContain("daxing-airport-build-time");
    expect(hits.map((h) => h.id)).not.toContain("strategy-launch");
    for (const h of hits) expect(h.excerpt.toLowerCase()).toMatch(/\bair\b/);
  });

  it("matches plurals: county finds counties", () => {
    expect(search(bundledDataset(), "county").map((h) => h.id)).toContain("assisted-counties");
  });

  it("shows the figures of each hit, not field names or scores: 医保 gives 23, 62 and 101", async () => {
    const { stdout } = await run(["search", "医保", "--width", "100", "--color", "never"]);
    expect(stdout).toMatch(/\b23\b/);
    expect(stdout).toMatch(/\b62\b/);
    expect(stdout).toMatch(/\b101\b/);
    expect(stdout).not.toContain("explanation.zh");
    expect(stdout).not.toContain("Score");
    const json = JSON.parse((await run(["search", "医保", "--json"])).stdout) as { matched: string[]; score: number }[];
    expect(json[0]?.matched.length).toBeGreaterThan(0);
    expect(typeof json[0]?.score).toBe("number");
  });
});

describe("units scripts can convert", () => {
  it("compare --json: value × unitFactor in baseUnit for every row", async () => {
    const rows = JSON.parse((await run(["compare", "--json"])).stdout) as (CompareRecord & {
      unitFactor: number;
      baseUnit: string;
    })[];
    for (const r of rows) {
      expect(r.unitFactor, r.id).toBeGreaterThan(0);
      expect(typeof r.baseUnit).toBe("string");
    }
    const tech = rows.find((r) => r.id === "tech-contracts-annual");
    expect(tech?.unit).toBe("yuan-100m");
    expect(tech?.baseUnit).toBe("yuan");
    expect((tech?.from?.value ?? 0) * (tech?.unitFactor ?? 0)).toBeCloseTo(8.31e9, 0);
  });
});

describe("ids from files", () => {
  it("the loop over CSV ids prints every fact, a trailing CR included", async () => {
    const csv = (await run(["compare", "--format", "csv", "--fields", "id"])).stdout;
    const ids = csv.split("\n").slice(1).filter(Boolean);
    expect(ids.length).toBeGreaterThan(0);
    for (const id of ids) {
      const { code, stdout, stderr } = await run(["show", `${id}\r`, "--color", "never"]);
      expect(code, stderr).toBe(0);
      expect(stdout.length).toBeGreaterThan(0);
    }
    const high = await run(["show", "high-tech-share\r", "--json"]);
    expect(high.code).toBe(0);
    expect(JSON.parse(high.stdout).id).toBe("high-tech-share");
  });

  it("echoes an unknown id with its invisible characters shown, and never suggests the same id", async () => {
    const { code, stderr } = await run(["show", "pm2x\r"]);
    expect(code).toBe(2);
    expect(stderr).toContain('"pm2x\\r"');
    expect(stderr).not.toContain("\r");
    expect(stderr).not.toMatch(/did you mean[^\n]*"pm2x"/);
  });
});

describe("ASCII terminals", () => {
  it("TERM=dumb draws tables with ASCII only", async () => {
    for (const argv of [["compare"], ["facts"], ["timeline"], ["themes"], ["search", "pm2.5"]]) {
      const { stdout } = await run([...argv, "--width", "160", "--color", "never", "--lang", "en"], {
        env: { TERM: "dumb" },
      });
      expect(stdout, argv.join(" ")).not.toMatch(/[─│┌┐└┘├┤┬┴┼▲▼→µ³‡…]/);
    }
  });
});
