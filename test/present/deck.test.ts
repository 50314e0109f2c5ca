import { describe, expect, it } from "vitest";
import { PLAIN } from "../../src/cli/color.js";
import { articleOnly } from "../../src/cli/context.js";
import { bundledDataset } from "../../src/dataset/bundled.js";
import type { Dataset } from "../../src/dataset/load.js";
import {
  buildDeck,
  buildDecks,
  type ChartSlide,
  type ClosingSlide,
  firstSentence,
  headlineFacts,
  type ThemeSlide,
} from "../../src/present/deck.js";

const dataset = bundledDataset();
const en = buildDeck({ dataset, lang: "en" });
const zh = buildDeck({ dataset, lang: "zh" });

function themeSlide(deck: typeof en, id: string): ThemeSlide {
  const s = deck.slides.find((x) => x.kind === "theme" && x.theme === id);
  if (s?.kind !== "theme") throw new Error(`no slide for ${id}`);
  return s;
}

describe("the deck", () => {
  it("has a title slide, a slide per theme, the PM2.5 trend and the comparison: 12 slides", () => {
    expect(en.slides.map((s) => s.kind)).toEqual([
      "title",
      "theme",
      "theme",
      "theme",
      "theme",
      "theme",
      "chart",
      "theme",
      "theme",
      "theme",
      "theme",
      "closing",
    ]);
    expect(en.slides.filter((s) => s.kind === "theme").map((s) => (s as ThemeSlide).theme)).toEqual(
      dataset.themes.map((t) => t.id),
    );
  });

  it("is the same deck, slide for slide, in both languages", () => {
    expect(zh.slides.map((s) => s.kind)).toEqual(en.slides.map((s) => s.kind));
    expect(themeSlide(zh, "ecology").title).toBe("生态治理");
    expect(themeSlide(zh, "ecology").alt).toBe("Environmental clean-up");
    const decks = buildDecks(dataset);
    expect(decks.zh.slides).toHaveLength(12);
    expect(decks.en.slides).toHaveLength(12);
  });

  it("shows PM2.5 as 44 µg/m³ in 2020, from a derived 89.8 in 2014, with its source", () => {
    const pm25 = themeSlide(en, "ecology").figures[0];
    expect(pm25).toMatchObject({
      factId: "pm25",
      label: "PM2.5 annual mean",
      big: "44",
      unit: "µg/m³",
      context: "2014: 89.8* → 2020: 44 (−51%)",
      source: "article §5 ¶2",
      derived: true,
    });
    expect(themeSlide(en, "ecology").notes[0]).toBe(
      "* PM2.5 annual mean, 2014: derived, 44 µg/m³ / (1 − 0.51) ≈ 89.8 µg/m³ (the true value lies between 87.9 µg/m³ and 91.8 µg/m³)",
    );
    const zhPm25 = themeSlide(zh, "ecology").figures[0];
    expect(zhPm25).toMatchObject({ big: "44", unit: "微克/立方米", context: "2014年 89.8* → 2020年 44（−51%）" });
    expect(zhPm25?.source).toBe("文章 §5 ¶2");
  });

  it("gives each theme two to four figures (one for the theme that has only an event), each with a source", () => {
    for (const slide of en.slides) {
      if (slide.kind !== "theme") continue;
      expect(slide.figures.length, slide.theme).toBeLessThanOrEqual(4);
      expect(slide.figures.length, slide.theme).toBeGreaterThanOrEqual(slide.theme === "one-core-two-wings" ? 1 : 2);
      for (const f of slide.figures) {
        expect(f.source, `${f.factId} has a source`).toMatch(/^article §\d ¶\d+$|^[A-Z]/);
        expect(f.big).not.toBe("");
        expect(f.explanation).not.toMatch(/[.;]$/);
      }
      // A derived figure is explained in a note.
      if (slide.figures.some((f) => f.derived)) expect(slide.notes.some((n) => n.startsWith("* "))).toBe(true);
    }
  });

  it("keeps the source's hedges and says what they mean", () => {
    const relief = themeSlide(en, "function-relief");
    // The inferred year of labour productivity keeps its mark, in big type too.
    expect(relief.figures.map((f) => f.big)).toEqual(["60%", "≥280,000‡", ">7"]);
    expect(relief.notes.some((n) => n.startsWith("‡ Labour productivity: "))).toBe(true);
    expect(relief.figures[1]?.context).toBe("2015: 212,000 → 2020: ≥280,000‡ (≥+32.1%)");
    expect(relief.notes).toContain("≥ at least, > more than: as the source hedges it");
    expect(themeSlide(en, "transport").figures.map((f) => f.big)).toEqual(["<5", ">+25%", "10,300"]);
  });

  it("names the real source on each slide: the article's sections, the publishers, or your data", () => {
    expect(themeSlide(en, "ecology").source).toBe(
      "Source: the article “京津冀协同发展——创造新时代高质量发展的标杆（辉煌历程）” §5",
    );
    expect(themeSlide(en, "transport").source).toMatch(
      /^Source: the article “.+” §3; official figures: Issued jointly by the transport departments/,
    );
    expect(themeSlide(en, "function-relief").source).toMatch(/ §0, §1$/);
    for (const slide of en.slides) expect(slide.source).not.toMatch(/section \d+ \(§/);
  });

  it("tells apart two figures of one fact by their place: Beijing 23, Tianjin 62", () => {
    const livelihood = themeSlide(en, "livelihood");
    const [beijing, tianjin] = livelihood.figures;
    expect(beijing?.big).toBe("23");
    expect(beijing?.label).toMatch(/^Beijing: /);
    expect(tianjin?.big).toBe("62");
    expect(tianjin?.label).toMatch(/^Tianjin: /);
  });

  it("names an official figure's publisher", () => {
    const official = themeSlide(en, "transport").figures[2];
    expect(official).toMatchObject({ factId: "expressway-length-official", unit: "km", derived: true });
    expect(official?.source).toBe("Issued jointly by the transport departments of Beijing, Tianjin and Hebei");
  });

  it("shows a theme with an event only by its year", () => {
    expect(themeSlide(en, "one-core-two-wings").figures).toEqual([
      expect.objectContaining({ factId: "master-plan-approval", big: "2017", unit: "", context: "Sep 2017" }),
    ]);
  });

  it("gives one note for the figures whose year is inferred the same way", () => {
    const notes = themeSlide(en, "government-relocation").notes;
    expect(notes).toHaveLength(1);
    expect(notes[0]).toMatch(/^‡ Departments in the first move, Staff in the first move: The article writes only/);
  });

  it("draws the PM2.5 trend with the official series, at any size", () => {
    const chart = en.slides.find((s) => s.kind === "chart") as ChartSlide;
    expect(chart).toMatchObject({ theme: "ecology", factId: "pm25", heading: "Environmental clean-up: the trend" });
    const lines = chart.draw(80, 10, { paint: PLAIN, ascii: false });
    const text = lines.join("\n");
    expect(lines[0]).toBe("PM2.5 annual mean, 2013–2021");
    expect(text).toContain("2013");
    expect(text).toContain("2021");
    expect(text).toContain(" 44");
    expect(text).toContain("Beijing Municipal Ecology and Environment Bureau");
    expect(chart.notes[0]).toBe("○ PM2.5 annual mean, 2014: derived, 44 µg/m³ / (1 − 0.51) ≈ 89.8 µg/m³");
    // Taller asked, taller drawn.
    expect(chart.draw(80, 20, { paint: PLAIN, ascii: false }).length - lines.length).toBe(10);
  });

  it("ends with the 2014 → 2020 comparison from jjj compare", () => {
    const closing = en.slides.at(-1) as ClosingSlide;
    expect(closing.title).toBe("2014 → 2020: what changed");
    const pm25 = closing.rows.find((r) => r.label === "PM2.5 annual mean");
    expect(pm25).toEqual({
      label: "PM2.5 annual mean",
      official: false,
      unit: "µg/m³",
      from: "89.8*",
      to: "44",
      change: "−51%",
      trend: "▼ better",
      source: "§5 ¶2",
    });
    const share = closing.rows.find((r) => r.label === "High-end sectors' share of new market entities");
    expect(share).toMatchObject({ from: "40.7 (2013)", to: "60", change: "+19.3 pp", unit: "%" });
    expect(closing.rows.filter((r) => r.official).map((r) => r.source)).toEqual([
      "transport-white-paper",
      "beijing-eeb",
      "beijing-tech-releases",
    ]);
  });

  it("lists the slides to come on the title slide, by number", () => {
    const title = en.slides[0];
    if (title?.kind !== "title") throw new Error("no title slide");
    expect(title.span).toBe("2014 → 2020");
    expect(title.agenda[0]).toEqual({ number: 2, text: "Relieving non-capital functions" });
    expect(title.agenda[5]).toEqual({ number: 7, text: "Environmental clean-up: the trend" });
    expect(title.agenda.at(-1)).toEqual({ number: 12, text: "2014 → 2020: what changed" });
  });

  it("--theme keeps one theme: its slide, its chart and its comparison", () => {
    const ecology = buildDeck({ dataset, lang: "en" }, { theme: "ecology" });
    expect(ecology.slides.map((s) => s.kind)).toEqual(["title", "theme", "chart", "closing"]);
    expect((ecology.slides[3] as ClosingSlide).rows.map((r) => r.label)).toEqual([
      "PM2.5 annual mean",
      "PM2.5 annual mean (Beijing)",
    ]);
    // A theme without a comparison has no closing slide.
    const livelihood = buildDeck({ dataset, lang: "en" }, { theme: "livelihood" });
    expect(livelihood.slides.map((s) => s.kind)).toEqual(["title", "theme"]);
  });

  it("--article-only: no official figure, and no trend chart (the article gives PM2.5 for two years only)", () => {
    const deck = buildDeck({ dataset: articleOnly(dataset), lang: "en" });
    expect(deck.slides.some((s) => s.kind === "chart")).toBe(false);
    expect(themeSlide(deck, "transport").figures.map((f) => f.factId)).toEqual([
      "daxing-airport-build-time",
      "expressway-length",
    ]);
  });

  it("takes a theme of a user's own data by its first quantities, then its events", () => {
    const own: Dataset = {
      ...dataset,
      themes: [
        ...dataset.themes,
        { id: "own", order: 10, name: { zh: "自己", en: "Own" }, summary: { zh: "概", en: "S" } },
      ],
      facts: [
        ...dataset.facts,
        {
          id: "own-event",
          kind: "event",
          theme: "own",
          layer: "article",
          label: { zh: "事", en: "Event" },
          explanation: { zh: "说明。", en: "About it." },
          place: "region",
          date: "2018-05",
          source: { ref: "article", section: "lead", paragraph: 1 },
        },
        {
          id: "own-count",
          kind: "quantity",
          theme: "own",
          layer: "article",
          label: { zh: "数", en: "Count" },
          explanation: { zh: "说明。", en: "How many." },
          place: "region",
          unit: "count",
          values: [{ value: 7, stated: "7", year: 2019, source: { ref: "article", section: "lead", paragraph: 1 } }],
        },
      ],
    };
    expect(headlineFacts(own, "own").map((f) => f.id)).toEqual(["own-count", "own-event"]);
    const deck = buildDeck({ dataset: own, lang: "en" });
    expect(themeSlide(deck, "own").figures.map((f) => f.big)).toEqual(["7", "2018"]);
  });

  it("takes the first sentence of an explanation as its one line", () => {
    expect(firstSentence("Annual mean; lower is cleaner. More.", "en")).toBe("Annual mean");
    expect(firstSentence("A sentence. Another.", "en")).toBe("A sentence");
    expect(firstSentence("PM2.5 is 44.", "en")).toBe("PM2.5 is 44");
    expect(firstSentence("年平均浓度，数值越低空气越好。文章给出。", "zh")).toBe("年平均浓度，数值越低空气越好");
  });
});
