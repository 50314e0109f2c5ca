import { describe, expect, it } from "vitest";
import { PLAIN } from "../../src/cli/color.js";
import { bundledDataset } from "../../src/dataset/bundled.js";
import { buildDecks } from "../../src/present/deck.js";
import { deckMarkdown } from "../../src/present/markdown.js";
import { initialState, navigate } from "../../src/present/navigator.js";
import { centre, renderDeckText, renderSlide, truncate, wrapClamp } from "../../src/present/render.js";
import { renderScreen } from "../../src/present/screen.js";
import { displayWidth } from "../../src/render/width.js";

const decks = buildDecks(bundledDataset());
const look = { paint: PLAIN, ascii: false };
const ecology = 5; // slide 6

// biome-ignore lint/suspicious/noControlCharactersInRegex: looking for escape sequences is the point
const ESC = /\u001b/;

describe("a slide on a screen", () => {
  const sizes = [
    [80, 24],
    [100, 30],
    [120, 40],
    [200, 60],
    [40, 12],
    [30, 8],
  ] as const;
  for (const [width, height] of sizes) {
    it(`fills exactly ${width}×${height}, in both languages, never wider than the screen`, () => {
      for (const deck of [decks.en, decks.zh]) {
        for (const slide of deck.slides) {
          const lines = renderSlide(slide, { width, height, big: true }, look);
          expect(lines, slide.heading).toHaveLength(height);
          for (const line of lines) expect(displayWidth(line), `${slide.heading}: ${line}`).toBeLessThanOrEqual(width);
        }
      }
    });
  }

  it("draws the headline numbers in big type on a classroom screen, with the words in normal type", () => {
    const lines = renderSlide(decks.en.slides[ecology] as never, { width: 100, height: 30, big: true }, look);
    const text = lines.join("\n");
    expect(text).toContain("█");
    expect(text).toContain("5  Environmental clean-up  ·  生态治理");
    expect(text).toContain("PM2.5 annual mean");
    expect(text).toContain("µg/m³");
    expect(text).toContain("2014: 89.8* → 2020: 44 (−51%)");
    expect(text).toContain("article §5 ¶2");
    expect(lines.at(-1)).toContain("Source: the article “京津冀协同发展——创造新时代高质量发展的标杆（辉煌历程）” §5");
  });

  it("falls back to normal type when the screen is too small for big digits", () => {
    const text = renderSlide(decks.en.slides[ecology] as never, { width: 40, height: 14, big: true }, look).join("\n");
    expect(text).not.toContain("█");
    expect(text).toContain("44 µg/m³");
  });

  it("centres the title on the screen", () => {
    const lines = renderSlide(decks.en.slides[0] as never, { width: 100, height: 30, big: true }, look);
    const title = lines.find((l) => l.includes("Beijing–Tianjin–Hebei coordinated development")) ?? "";
    const left = title.length - title.trimStart().length;
    const right = 100 - displayWidth(title);
    expect(Math.abs(left - right)).toBeLessThanOrEqual(1);
  });

  it("draws big digits with # in ASCII", () => {
    const text = renderSlide(
      decks.en.slides[ecology] as never,
      { width: 100, height: 30, big: true },
      {
        paint: PLAIN,
        ascii: true,
      },
    ).join("\n");
    expect(text).toContain("##");
    expect(text).not.toContain("█");
  });
});

describe("the deck as plain text (off a terminal)", () => {
  const text = renderDeckText(decks.en.slides, 80, look);

  it("prints every slide in order under a numbered rule, without a control sequence", () => {
    expect(text).not.toMatch(ESC);
    const rules = text.split("\n").filter((l) => /^─── \d+\/12 ─+$/.test(l));
    expect(rules).toHaveLength(12);
    expect(rules[5]).toMatch(/^─── 6\/12 /);
  });

  it("gives each figure in normal type with its comparison and source", () => {
    expect(text).not.toContain("█");
    expect(text).toContain("                                    44 µg/m³");
    expect(text).toContain("2014: 89.8* → 2020: 44 (−51%)");
    expect(text).toContain("2013: 40.7% → 2020: 60% (+19.3 pp)");
    expect(text).toContain("PM2.5 annual mean, 2013–2021");
  });

  it("fits the width, in both languages", () => {
    for (const deck of [decks.en, decks.zh]) {
      for (const line of renderDeckText(deck.slides, 60, look).split("\n"))
        expect(displayWidth(line), line).toBeLessThanOrEqual(60);
    }
  });
});

describe("the screen: slide, status line and key help", () => {
  const screen = { columns: 80, rows: 24 };
  const state = initialState(12, "en");

  it("has a status line with the slide number, its heading and the keys", () => {
    const lines = renderScreen(decks, { ...state, index: ecology }, screen, look);
    expect(lines).toHaveLength(24);
    expect(lines.at(-1)).toMatch(/^ 6\/12 Environmental clean-up +← → move · \? keys · q quit $/);
  });

  it("shows the number being typed, and a jump that missed", () => {
    const typing = navigate(navigate(state, "1"), "2");
    expect(renderScreen(decks, typing, screen, look).at(-1)).toContain("go to 12▏ Enter");
    const missed = navigate(navigate(navigate(state, "4"), "2"), "enter");
    expect(renderScreen(decks, missed, screen, look).at(-1)).toContain("no slide 42 (1–12)");
  });

  it("shows the keys on ?", () => {
    const text = renderScreen(decks, { ...state, help: true }, screen, look).join("\n");
    expect(text).toContain("Keys");
    expect(text).toContain("→  Space  n  PageDown  Enter");
    expect(text).toContain("q  Esc  Ctrl-C");
    expect(text).toContain("quit, and give the terminal back");
  });

  it("switches language with the state", () => {
    const lines = renderScreen(decks, { ...state, index: ecology, lang: "zh" }, screen, look);
    expect(lines.join("\n")).toContain("5  生态治理  ·  Environmental clean-up");
    expect(lines.at(-1)).toContain("← → 翻页 · ? 按键 · q 退出");
  });

  it("says so in kiosk mode", () => {
    const lines = renderScreen(decks, { ...state, auto: true }, screen, look, { auto: 15 });
    expect(lines.at(-1)).toContain("auto 15 s · ← → move");
  });

  it("asks for a larger window when it is too small for anything", () => {
    const lines = renderScreen(decks, state, { columns: 25, rows: 6 }, look);
    expect(lines).toHaveLength(6);
    expect(lines.join("\n")).toContain("Enlarge the window");
  });
});

describe("the deck as Markdown slides", () => {
  const md = deckMarkdown(decks.en);

  it("separates slides with --- on a line of its own", () => {
    expect(md.split("\n\n---\n\n")).toHaveLength(12);
    expect(md.startsWith("# Beijing–Tianjin–Hebei coordinated development · facts and figures\n")).toBe(true);
  });

  it("gives figures with their source, and escapes the derived mark so it is not emphasis", () => {
    expect(md).toContain("- **44 µg/m³** · PM2.5 annual mean  \n  2014: 89.8\\* → 2020: 44 (−51%) · _article §5 ¶2_");
    expect(md).toContain("| PM2.5 annual mean (µg/m³, §5 ¶2) | 89.8\\* | 44 | −51% | ▼ better |");
  });

  it("puts the chart in a code block, without colour", () => {
    expect(md).toContain("## Environmental clean-up: the trend\n\n```text\nPM2.5 annual mean, 2013–2021\n");
    expect(md).not.toMatch(ESC);
  });
});

describe("text helpers", () => {
  it("truncate cuts by display width and ends with …", () => {
    expect(truncate("abcdef", 4)).toBe("abc…");
    expect(truncate("share of new market entities", 22)).toBe("share of new market…");
    expect(truncate("生态治理", 5)).toBe("生态…");
    expect(truncate("abc", 3)).toBe("abc");
  });

  it("wrapClamp keeps at most the lines asked for", () => {
    // Cut after a whole word, never inside one.
    expect(wrapClamp("one two three four", 8, 2)).toEqual(["one two", "three…"]);
    expect(wrapClamp("", 8)).toEqual([]);
  });

  it("centre pads on the left by display width", () => {
    expect(centre("生态", 10)).toBe("   生态");
  });
});
