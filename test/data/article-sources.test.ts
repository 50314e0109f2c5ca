/**
 * Every figure of the article layer is checked against the article text: its `stated` form must
 * occur verbatim in the paragraph its locator cites. The article is read from $JJJ_ARTICLE, else
 * ../shared/source/article.zh.txt from the repository root.
 */
import { describe, expect, it, type TestContext } from "vitest";
import type { Locator } from "../../src/dataset/schema.js";
import { paragraph, type Sections, splitSections } from "../helpers/article.js";
import { needArticle } from "../helpers/outside.js";
import { datasetFromFiles } from "../helpers/paths.js";

const dataset = datasetFromFiles();
const headings = new Map(dataset.themes.flatMap((t) => (t.heading ? [[t.id, t.heading] as const] : [])));

let cached: Sections | undefined;
function sections(ctx: TestContext): Sections {
  cached ??= splitSections(needArticle(ctx), headings);
  return cached;
}

interface Citation {
  where: string;
  stated?: string;
  source: Locator;
}

/** Every locator into the article, with the stated text it vouches for. */
function citations(): Citation[] {
  const out: Citation[] = [];
  dataset.facts.forEach((fact, i) => {
    if (fact.kind === "event") {
      out.push({ where: `${fact.id} (facts[${i}].source)`, source: fact.source });
      return;
    }
    fact.values.forEach((v, j) => {
      out.push({ where: `${fact.id} (facts[${i}].values[${j}])`, stated: v.stated, source: v.source });
    });
    fact.changes?.forEach((c, j) => {
      out.push({ where: `${fact.id} (facts[${i}].changes[${j}])`, stated: c.stated, source: c.source });
    });
  });
  return out.filter((c) => c.source.section !== undefined);
}

describe("the article text", () => {
  it("is there to check against", (ctx) => {
    expect(needArticle(ctx)).toContain("京津冀协同发展");
  });

  it("has every theme heading on a line of its own", (ctx) => {
    const lines = needArticle(ctx)
      .split(/\r?\n/)
      .map((l) => l.trim());
    for (const theme of dataset.themes) {
      expect(theme.heading, theme.id).toBeDefined();
      expect(lines, `${theme.id}: "${theme.heading}"`).toContain(theme.heading);
    }
  });

  it("splits into the lead and nine sections, in the themes' order", (ctx) => {
    const s = sections(ctx);
    expect([...s.keys()]).toEqual(["lead", ...[...dataset.themes].sort((a, b) => a.order - b.order).map((t) => t.id)]);
    expect(s.get("lead")).toHaveLength(3);
    expect(paragraph(s, "ecology", 2)).toContain("PM2.5平均浓度为44微克/立方米");
    expect(paragraph(s, "innovation", 4)).toContain("83.1亿元");
  });
});

describe("the article layer's citations", () => {
  it("cite the article by its source id", () => {
    const refs = new Set(citations().map((c) => c.source.ref));
    expect([...refs]).toEqual(["article"]);
  });

  it("cite paragraphs that exist", (ctx) => {
    const missing = citations()
      .filter((c) => paragraph(sections(ctx), c.source.section ?? "", c.source.paragraph ?? 1) === undefined)
      .map((c) => `${c.where}: ${c.source.section} ¶${c.source.paragraph}`);
    expect(missing).toEqual([]);
  });

  it("state every figure verbatim in the paragraph they cite", (ctx) => {
    const all = citations().filter((c) => c.stated !== undefined);
    expect(all.length).toBeGreaterThanOrEqual(39);
    const wrong = all
      .filter((c) => {
        const text = paragraph(sections(ctx), c.source.section ?? "", c.source.paragraph ?? 1);
        return !text?.includes(c.stated ?? "");
      })
      .map((c) => `${c.where}: "${c.stated}" is not in ${c.source.section} ¶${c.source.paragraph}`);
    expect(wrong).toEqual([]);
  });

  it("place the PM2.5 figures in 生态治理, paragraph 2", (ctx) => {
    const text = paragraph(sections(ctx), "ecology", 2) ?? "";
    expect(text).toContain("44微克/立方米");
    expect(text).toContain("下降51%");
  });
});
