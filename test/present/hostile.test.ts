/**
 * A data file cannot hurt the class: a theme id `constructor`, labels with line
 * breaks, HTML, Markdown syntax and terminal escapes, and values of 1e308 still make a deck whose
 * every text is inert, on a screen and in the Markdown export.
 */
import { describe, expect, it } from "vitest";
import { PLAIN } from "../../src/cli/color.js";
import { bundledDataset } from "../../src/dataset/bundled.js";
import type { Dataset } from "../../src/dataset/load.js";
import type { Fact, QuantityFact } from "../../src/dataset/schema.js";
import { buildDeck } from "../../src/present/deck.js";
import { deckMarkdown } from "../../src/present/markdown.js";
import { renderSlide } from "../../src/present/render.js";

const look = { paint: PLAIN, ascii: false };
// biome-ignore lint/suspicious/noControlCharactersInRegex: looking for control characters is the point
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e]/;
const HOSTILE =
  "Innocent\rEVIL\n# Heading\n---\n<img src=x onerror=alert(1)> *bold* [link](x) \u001b]0;PWNED\u0007\u202e";

/** The bundled data with its labels made hostile, and a theme of the user's own called `constructor`. */
function hostileDataset(): Dataset {
  const base = bundledDataset();
  const facts: Fact[] = base.facts.map((f) => ({
    ...f,
    label: { zh: `${f.label.zh}${HOSTILE}`, en: `${f.label.en}${HOSTILE}` },
  }));
  const pm25 = base.facts.find((f) => f.id === "pm25") as QuantityFact;
  facts.push({
    ...pm25,
    id: "my-figures",
    layer: "user",
    theme: "constructor",
    extends: undefined,
    values: pm25.values.map((v) => ({ ...v, source: { ref: "article", section: "ecology", paragraph: 2 } })),
    changes: undefined,
  } as QuantityFact);
  return {
    ...base,
    themes: [
      ...base.themes.map((t) => ({ ...t, name: { zh: `${t.name.zh}${HOSTILE}`, en: `${t.name.en}${HOSTILE}` } })),
      {
        id: "constructor",
        order: 10,
        name: { zh: "我的数据", en: "My figures" },
        summary: { zh: "我的。", en: "Mine." },
      },
    ],
    facts,
  };
}

describe("a deck from hostile data", () => {
  const dataset = hostileDataset();
  const deck = buildDeck({ dataset, lang: "en" });

  it("builds with a theme called constructor: 13 slides, the user's figures said to be theirs", () => {
    expect(deck.slides).toHaveLength(13);
    const mine = deck.slides.find((s) => s.kind === "theme" && s.theme === "constructor");
    expect(mine?.kind).toBe("theme");
    if (mine?.kind !== "theme") return;
    expect(mine.figures[0]?.source).toBe("your data");
    expect(mine.source).toBe("Source: your data");
    expect(mine.source).not.toContain("section 10");
  });

  it("shows every text on a slide as text: no control character reaches the screen", () => {
    for (const slide of deck.slides) {
      for (const size of [
        { width: 80, height: 24 },
        { width: 160, height: 45 },
      ]) {
        const lines = renderSlide(slide, { ...size, big: true }, look);
        expect(lines).toHaveLength(size.height);
        for (const line of lines) expect(line, slide.heading).not.toMatch(CONTROL);
      }
    }
    const theme = deck.slides[1];
    expect(JSON.stringify(theme)).toContain("Innocent\\\\rEVIL\\\\n# Heading");
  });

  it("exports inert Markdown: 13 slides, one heading each, no HTML, no new headings from a label", () => {
    const md = deckMarkdown(deck);
    expect(md.split("\n\n---\n\n")).toHaveLength(13);
    expect(md).not.toMatch(CONTROL);
    // Outside code blocks (where a chart's lines are text), no HTML at all.
    const prose = md.replace(/^(`{3,})text\n[\s\S]*?^\1$/gm, "");
    expect(prose).not.toContain("<img");
    expect(md).toMatch(/^`{3,}text$/m);
    expect(md).toContain("&lt;img src=x onerror=alert(1)>");
    expect(md).toContain("\\*bold\\*");
    expect(prose).not.toMatch(/^# Heading/m);
    expect(prose.match(/^---$/gm)).toHaveLength(12);
    // One heading a slide, a hostile theme name kept inside its own.
    expect(prose.match(/^#{1,2} /gm)).toHaveLength(13);
    expect(md).toContain("## 5 · Environmental clean-up");
  });

  it("survives values of 1e308: the trend slide says it cannot draw them", () => {
    const pm25 = dataset.facts.find((f) => f.id === "pm25") as QuantityFact;
    const huge: Dataset = {
      ...dataset,
      facts: dataset.facts.map((f) =>
        f.id === "pm25" ? { ...pm25, values: pm25.values.map((v) => ({ ...v, value: 1e308 })), changes: undefined } : f,
      ),
    };
    const slides = buildDeck({ dataset: huge, lang: "en" }).slides;
    for (const slide of slides) expect(renderSlide(slide, { width: 80, height: 24, big: true }, look)).toHaveLength(24);
    const chart = slides.find((s) => s.kind === "chart");
    if (chart?.kind === "chart") expect(chart.draw(76, 12, look).join("\n")).toMatch(/too large|jjj show/);
  });
});
