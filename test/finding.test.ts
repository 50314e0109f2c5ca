import { describe, expect, it } from "vitest";
import { normalise, searchTerms } from "../src/query/search.js";
import { dateKey } from "../src/query/timeline.js";
import { jjj, jjjJson } from "./helpers.js";

interface Hit {
  id: string;
  kind: string;
  theme: string;
  label: { zh: string; en: string };
  matched: string[];
  score: number;
  excerpt: string;
}

const ids = (hits: Hit[]) => hits.map((h) => h.id);

describe("search", () => {
  it("normalises width, case, spaces and punctuation", () => {
    expect(normalise("PM2.5")).toBe("pm25");
    expect(normalise("ＰＭ２.５")).toBe("pm25");
    expect(normalise("Xiong'an New Area")).toBe("xiongannewarea");
    expect(normalise("医保，结算")).toBe("医保结算");
    expect(searchTerms("  technology   contracts ")).toEqual(["technology", "contracts"]);
  });

  it("finds 医保 in Chinese explanations, with the theme", async () => {
    const hits = await jjjJson<Hit[]>(["search", "医保", "--json"]);
    // The facts, with their figures, before the theme they belong to.
    expect(ids(hits)).toEqual(["medical-pilot-institutions", "hebei-medical-pilot-institutions", "livelihood"]);
    expect(hits[0]).toMatchObject({ kind: "quantity", theme: "livelihood" });
    expect(hits[0]?.matched).toContain("explanation.zh");
    expect(hits[0]?.excerpt).toContain("医保");
  });

  it("finds 雄安 and Xiong'an alike", async () => {
    const zh = await jjjJson<Hit[]>(["search", "雄安", "--json"]);
    const en = await jjjJson<Hit[]>(["search", "Xiong'an", "--json"]);
    expect(ids(zh)).toContain("beijing-xiongan-railway-opening");
    expect(ids(en)).toContain("beijing-xiongan-railway-opening");
    expect(zh.find((h) => h.id === "beijing-xiongan-railway-opening")?.matched).toContain("explanation.zh");
  });

  it("ranks PM2.5 by id: the exact id first, then ids that start with it", async () => {
    const hits = await jjjJson<Hit[]>(["search", "PM2.5", "--json"]);
    expect(hits[0]?.id).toBe("pm25");
    expect(hits[0]?.matched[0]).toBe("id");
    expect(
      ids(hits)
        .slice(1, 6)
        .every((id) => id.startsWith("pm25-")),
    ).toBe(true);
    expect(hits[0]?.score).toBeGreaterThan(hits[1]?.score ?? Number.POSITIVE_INFINITY);
    // pm25 and pm2.5 are the same search.
    expect(ids(await jjjJson<Hit[]>(["search", "pm25", "--json"]))).toEqual(ids(hits));
  });

  it("finds poverty in English labels, whatever --lang says", async () => {
    const en = await jjjJson<Hit[]>(["search", "poverty", "--json"]);
    const zh = await jjjJson<Hit[]>(["search", "poverty", "--json", "--lang", "zh"]);
    expect(ids(en)).toEqual(ids(zh));
    expect(ids(en)).toContain("poverty-lifted-population");
    expect(ids(en)).toContain("paired-assistance");
  });

  it("needs every word of the query to match", async () => {
    const hits = await jjjJson<Hit[]>(["search", "technology", "contracts", "official", "--json"]);
    expect(ids(hits)).toEqual(["tech-contracts-official"]);
  });

  it("searches places and units", async () => {
    const place = await jjjJson<Hit[]>(["search", "张北县", "--json"]);
    expect(place.find((h) => h.id === "xigaomiao-greenhouses")?.matched).toContain("place.zh");
    const unit = await jjjJson<Hit[]>(["search", "亿元", "--json"]);
    expect(ids(unit)).toContain("tech-contracts-annual");
  });

  it("narrows to a theme, and suggests a theme id that is close", async () => {
    const hits = await jjjJson<Hit[]>(["search", "PM2.5", "--theme", "ecology", "--json"]);
    expect(hits.every((h) => h.theme === "ecology")).toBe(true);
    const bad = await jjj(["search", "PM2.5", "--theme", "ecolgy"]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('did you mean "ecology"?');
  });

  it("prints a ranked table with each hit's figure; the fields matched only in JSON", async () => {
    const r = await jjj(["search", "医保", "--width", "100", "--lang", "zh"]);
    expect(r.stdout).toContain("搜索“医保”：3 条结果");
    expect(r.stdout).toContain("民生福祉");
    expect(r.stdout).not.toContain("explanation.zh");
    expect(r.stdout).toMatch(/\b101\b/);
  });

  it("says so when the text has nothing to search for", async () => {
    const r = await jjj(["search", "..."]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("it has no letters or digits");
  });
});

interface Entry {
  date: string;
  approximate: boolean;
  id: string;
  kind: string;
  theme: string;
  value: number | null;
  source: { ref: string; section: string | null; paragraph: number | null };
}

describe("timeline", () => {
  it("orders by date at any precision: day, then month, then year", () => {
    const sorted = ["2020", "2014", "2019-01-11", "2014-02-26", "2020-12", "2019-01-10"].sort(
      (a, b) => dateKey(a) - dateKey(b),
    );
    expect(sorted).toEqual(["2014-02-26", "2014", "2019-01-10", "2019-01-11", "2020-12", "2020"]);
  });

  it("runs from 2013 to the end of 2020 (and the official 2021 figures), in order", async () => {
    const entries = await jjjJson<Entry[]>(["timeline", "--json"]);
    expect(entries[0]?.date).toBe("2013");
    const keys = entries.map((e) => dateKey(e.date));
    expect(keys).toEqual([...keys].sort((a, b) => a - b));
    const article = await jjjJson<Entry[]>(["timeline", "--json", "--article-only"]);
    expect(article[0]).toMatchObject({ date: "2013", id: "high-tech-share", value: 40.7 });
    expect(article.at(-1)?.date.startsWith("2020")).toBe(true);
  });

  it("has every event, with its theme and source", async () => {
    const events = await jjjJson<Entry[]>(["timeline", "--kind", "event", "--json"]);
    expect(events.map((e) => e.id)).toEqual([
      "strategy-launch",
      "zoo-market-relocation",
      "binhai-zgc-park-opening",
      "master-plan-approval",
      "city-hall-plaque-removed",
      "government-moves-to-sub-centre",
      "beijing-xiongan-railway-opening",
      "hebei-poverty-exit",
    ]);
    expect(events[0]).toMatchObject({
      date: "2014-02-26",
      theme: "function-relief",
      source: { ref: "article", section: "lead", paragraph: 1 },
    });
    expect(events.find((e) => e.id === "beijing-xiongan-railway-opening")).toMatchObject({
      date: "2020-12",
      approximate: true,
    });
  });

  it("shows an approximate 2020-12 as the end of 2020", async () => {
    const en = await jjj(["timeline", "--kind", "event", "--width", "100"]);
    expect(en.stdout).toContain("end of 2020");
    const zh = await jjj(["timeline", "--kind", "event", "--width", "100", "--lang", "zh"]);
    expect(zh.stdout).toContain("2020年底");
    expect(zh.stdout).toContain("2014年2月26日");
  });

  it("keeps the figures of a theme, with their values", async () => {
    const values = await jjjJson<Entry[]>(["timeline", "--kind", "value", "--theme", "ecology", "--json"]);
    expect(values.every((e) => e.kind === "value" && e.theme === "ecology")).toBe(true);
    expect(values.find((e) => e.id === "pm25" && e.date === "2020")?.value).toBe(44);
  });
});

describe("show --source", () => {
  it("gives the article's section heading and paragraph", async () => {
    const rows = await jjjJson<Record<string, unknown>[]>(["show", "pm25", "--source", "--json"]);
    expect(rows).toHaveLength(2);
    expect(rows[0]).toMatchObject({
      fact: "pm25",
      supports: "value",
      year: 2020,
      value: 44,
      stated: "44微克/立方米",
      ref: "article",
      section: "ecology",
      sectionHeading: "生态治理：天蓝水绿已可期",
      paragraph: 2,
      text: {
        zh: "文章「生态治理：天蓝水绿已可期」第2段",
        en: "article, section “生态治理：天蓝水绿已可期”, paragraph 2",
      },
    });
    expect(rows[1]).toMatchObject({ supports: "change", period: { from: 2014, to: 2020 }, value: -51 });
  });

  it("gives the publisher, confidence and note of official figures", async () => {
    const r = await jjj(["show", "pm25-hebei", "--source", "--width", "100"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("Hebei Provincial Department of Ecology and Environment");
    expect(r.stdout).toContain("confidence A");
    expect(r.stdout).toContain("2020: 44.8 µg/m³");
    expect(r.stdout).toContain("Hebei later revised some of its earlier");
  });

  it("suggests a fact id that is close", async () => {
    const r = await jjj(["show", "pm26", "--source"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('unknown fact id "pm26"');
    expect(r.stderr).toContain('did you mean "pm25"');
  });
});

describe("export", () => {
  it("--json is the whole dataset, both layers, with sources", async () => {
    const doc = await jjjJson<{
      sources: { id: string; kind: string }[];
      themes: unknown[];
      places: unknown[];
      facts: { id: string; layer: string }[];
    }>(["export", "--json"]);
    expect(doc.themes).toHaveLength(9);
    expect(doc.facts).toHaveLength(46);
    expect(new Set(doc.facts.map((f) => f.layer))).toEqual(new Set(["article", "supplement"]));
    expect(doc.sources.map((s) => s.id)).toContain("mee");
    expect(doc.places.length).toBeGreaterThan(10);
    const article = await jjjJson<typeof doc>(["export", "--json", "--article-only"]);
    expect(article.facts.every((f) => f.layer === "article")).toBe(true);
    expect(article.sources.map((s) => s.kind)).toEqual(["article"]);
  });

  it("--format csv has one row per value, with fact and source", async () => {
    const { parse } = await import("csv-parse/sync");
    const rows = parse((await jjj(["export", "--format", "csv"])).stdout, { columns: true }) as Record<
      string,
      string
    >[];
    const pm25 = rows.find((r) => r.id === "pm25" && r.year === "2020" && r.entry === "value");
    expect(pm25).toMatchObject({
      value: "44",
      "label.zh": "PM2.5年均浓度",
      "source.sectionHeading": "生态治理：天蓝水绿已可期",
    });
    const derived = rows.find((r) => r.id === "pm25" && r.year === "2014");
    expect(derived).toMatchObject({ derived: "true", formula: "44 / (1 − 0.51)" });
    const change = rows.find((r) => r.id === "pm25" && r.entry === "change");
    expect(change).toMatchObject({ changeFrom: "2014", changeTo: "2020", value: "-51" });
    const official = rows.find((r) => r.id === "pm25-hebei" && r.year === "2020");
    expect(official).toMatchObject({ "source.publisher.en": "Hebei Provincial Department of Ecology and Environment" });
  });

  it("--format md is a handout grouped by theme, with values and sources", async () => {
    const md = (await jjj(["export", "--format", "md", "--lang", "zh"])).stdout;
    expect(md.startsWith("# 京津冀协同发展 · 事实与数据\n")).toBe(true);
    expect(md).toContain("## 5. 生态治理 (Environmental clean-up)");
    expect(md).toContain("### PM2.5年均浓度 (`pm25`)");
    expect(md).toContain("| 2020 | 44微克/立方米 | 文章「生态治理：天蓝水绿已可期」第2段 |");
    expect(md).toContain("## 来源");
  });
});
