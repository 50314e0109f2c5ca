import { describe, expect, it } from "vitest";
import { bundledDataset } from "../src/dataset/bundled.js";
import { contributions } from "../src/query/sources.js";
import { ANSI, jjj, widest } from "./chart-helpers.js";

interface SourceJson {
  id: string;
  kind: string;
  publisher: { zh: string; en: string } | null;
  facts: number;
  values: number;
  changes: number;
  events: number;
  factIds: string[];
}

describe("jjj sources", () => {
  it("lists the article and every official publisher with what each contributes, as JSON", async () => {
    const r = await jjj(["sources", "--json"]);
    expect(r.code).toBe(0);
    const rows = JSON.parse(r.out) as SourceJson[];
    expect(rows.map((s) => s.id)).toEqual([
      "article",
      "mee",
      "mee-2-26",
      "beijing-eeb",
      "tianjin-eeb",
      "hebei-dee",
      "transport-white-paper",
      "beijing-tech-releases",
    ]);
    expect(rows.find((s) => s.id === "mee")).toMatchObject({
      kind: "official",
      publisher: { en: "Ministry of Environmental Protection (from 2018 the Ministry of Ecology and Environment)" },
      facts: 1,
      values: 3,
      changes: 3,
      factIds: ["pm25-13-cities"],
    });
    expect(rows.find((s) => s.id === "beijing-eeb")).toMatchObject({ values: 9, factIds: ["pm25-beijing"] });
    const article = rows.find((s) => s.id === "article");
    expect(article?.factIds).toContain("pm25");
    expect(article?.events).toBe(8);
    for (const s of rows.filter((x) => x.kind === "official")) expect(s.publisher).not.toBeNull();
  });

  it("counts every stated value and change of the dataset exactly once", () => {
    const dataset = bundledDataset();
    const rows = contributions(dataset);
    const values = dataset.facts.reduce((n, f) => n + (f.kind === "quantity" ? f.values.length : 0), 0);
    const changes = dataset.facts.reduce((n, f) => n + (f.kind === "quantity" ? (f.changes?.length ?? 0) : 0), 0);
    expect(rows.reduce((n, r) => n + r.values, 0)).toBe(values);
    expect(rows.reduce((n, r) => n + r.changes, 0)).toBe(changes);
  });

  it("prints a table in either language that fits the width", async () => {
    const en = await jjj(["sources", "--width", "80", "--color", "never"]);
    expect(en.code).toBe(0);
    expect(ANSI.test(en.out)).toBe(false);
    expect(widest(en.lines)).toBeLessThanOrEqual(80);
    expect(en.lines[0]).toBe("Sources and what they contribute");
    const wide = await jjj(["sources", "--width", "240", "--color", "never"]);
    expect(wide.out).toContain(
      "Beijing Municipal Ecology and Environment Bureau (formerly Environmental Protection Bureau)",
    );
    expect(en.out).toMatch(/^beijing-eeb\s+Beijing Municipal.*official\s+1\s+9$/m);
    const zh = await jjj(["sources", "--lang", "zh", "--width", "80", "--color", "never"]);
    expect(zh.out).toContain("来源及其贡献");
    expect(zh.out).toContain("北京市生态环境局");
    expect(widest(zh.lines)).toBeLessThanOrEqual(80);
  });

  it("lists only the article with --article-only", async () => {
    const rows = JSON.parse((await jjj(["sources", "--article-only", "--json"])).out) as SourceJson[];
    expect(rows.map((s) => s.id)).toEqual(["article"]);
  });
});
