import fc from "fast-check";
import stringWidth from "string-width";
import { describe, expect, it } from "vitest";
import { PLAIN } from "../../src/cli/color.js";
import type { Lang } from "../../src/core/lang.js";
import { bundledDataset } from "../../src/dataset/bundled.js";
import { compare } from "../../src/query/compare.js";
import { factsOfTheme } from "../../src/query/lookup.js";
import { layoutColumns, renderTable } from "../../src/render/table.js";
import { shorten } from "../../src/render/text.js";
import { displayWidth } from "../../src/render/width.js";
import { compareTable } from "../../src/view/compare.js";
import { factsTable } from "../../src/view/facts.js";
import { themesTable } from "../../src/view/themes.js";
import type { TableView } from "../../src/view/types.js";

const dataset = bundledDataset();
const LANGS: Lang[] = ["zh", "en"];
const WIDTHS = [40, 60, 80, 120];

const views: Record<string, (lang: Lang) => TableView> = {
  compare: (lang) => compareTable({ dataset, lang }, compare(dataset, { from: 2014, to: 2020 }), 2014, 2020),
  facts: (lang) => factsTable({ dataset, lang }, factsOfTheme(dataset)),
  themes: (lang) => themesTable({ dataset, lang }),
};

const cases = Object.keys(views).flatMap((name) =>
  LANGS.flatMap((lang) => WIDTHS.map((width) => ({ name, lang, width }))),
);

function render(view: TableView, width: number): string {
  return renderTable(view, { chalk: PLAIN, width });
}

describe("renderTable fits the width", () => {
  it.each(cases)("keeps every line of $name ($lang) within $width columns", ({ name, lang, width }) => {
    const view = views[name]?.(lang);
    if (!view) throw new Error(`no view ${name}`);
    const out = render(view, width);
    const tooWide = out
      .split("\n")
      .filter((l) => stringWidth(l) > width)
      .map((l) => `${stringWidth(l)}: ${l}`);
    expect(tooWide, `lines wider than ${width}`).toEqual([]);
  });
});

describe("renderTable layout", () => {
  const cjk: TableView = {
    title: "标题",
    columns: [
      { header: "主题", prose: true },
      { header: "English", prose: true },
      { header: "条数", align: "right" },
    ],
    rows: [
      [{ text: "功能疏解" }, { text: "Relieving non-capital functions" }, { text: "5" }],
      [{ text: "凤凰展翅（轨道联网京津冀）" }, { text: "Phoenix spreads its wings" }, { text: "6" }],
    ],
    notes: ["注：这是一条很长的脚注，用来检查脚注也会按照终端宽度换行，而且不会超出。"],
    source: "来源：文章",
  };

  it("prints one line per row, columns aligned, numbers right-aligned, no borders", () => {
    const out = render(cjk, 80);
    const lines = out.split("\n");
    expect(lines[0]).toBe("标题");
    expect(lines[1]).toMatch(/^主题\s+English\s+条数$/);
    expect(lines[2]).toMatch(/^─+ {2}─+ {2}─+$/);
    expect(lines[3]).toMatch(/^功能疏解\s+Relieving non-capital functions\s+5$/);
    expect(lines[4]).toMatch(/^凤凰展翅（轨道联网京津冀）\s+Phoenix spreads its wings\s+6$/);
    // Right-aligned: the figures end in the same column as their header.
    expect(stringWidth(lines[3] ?? "")).toBe(stringWidth(lines[1] ?? ""));
    expect(out).not.toMatch(/[┌│└]/);
  });

  it("shortens a long label with … at a word boundary when the table is too wide", () => {
    const out = render(cjk, 40);
    const lines = out.split("\n");
    expect(lines.slice(3, 5).every((l) => stringWidth(l) <= 40)).toBe(true);
    expect(lines[3]).toMatch(/Relieving…\s+5$|Relieving non-capital…\s+5$/);
    for (const line of lines) expect(stringWidth(line)).toBeLessThanOrEqual(40);
    expect(out).toContain("来源：文章");
    expect(out.endsWith("\n")).toBe(true);
  });

  it("keeps the natural column widths when the table fits", () => {
    const { widths } = layoutColumns(cjk.columns, cjk.rows, 200);
    expect(widths).toEqual([26, 31, 4]);
  });

  it("leaves out optional columns, last first, before a prose column gets too narrow", () => {
    const view: TableView = {
      columns: [
        { header: "Label", prose: true },
        { header: "A", optional: true },
        { header: "B", optional: true },
      ],
      rows: [
        [{ text: "a fairly long label that would like room" }, { text: "x".repeat(20) }, { text: "y".repeat(20) }],
      ],
      notes: [],
    };
    const { shown } = layoutColumns(view.columns, view.rows, 60);
    expect(shown).toEqual([0, 1]);
  });

  const long = (n: number): TableView => ({
    columns: [
      { header: "Item", prose: true },
      { header: "Value", align: "right" },
    ],
    rows: Array.from({ length: n }, (_, k) => [
      { text: k === 120 ? `item ${k}\nsecond line` : `item ${k}` },
      { text: String(k * 7) },
    ]),
    notes: [],
  });

  it("keeps the columns aligned, several lines in a cell included", () => {
    const lines = render(long(250), 80).trimEnd().split("\n");
    expect(lines[0]).toBe("Item         Value");
    expect(lines[1]).toBe("───────────  ─────");
    expect(lines[2]).toBe("item 0           0");
    expect(lines[122]).toBe("item 120       840");
    expect(lines[123]).toBe("second line");
    expect(lines.at(-1)).toBe("item 249      1743");
    expect(lines).toHaveLength(2 + 251);
  });

  it("draws a table too long for cli-table3 the same way", () => {
    const lines = render(long(600), 80).trimEnd().split("\n");
    expect(lines.slice(0, 253)).toEqual(render(long(250), 80).trimEnd().split("\n"));
    expect(lines.at(-1)).toBe("item 599      4193");
  });

  it("uses no colour with the plain paint", () => {
    expect(render(cjk, 80)).not.toContain("\u001b[");
  });
});

describe("shorten", () => {
  it("cuts at a word boundary and ends with …", () => {
    expect(shorten("High-end sectors' share of new market entities", 24)).toBe("High-end sectors' share…");
    expect(shorten("short", 10)).toBe("short");
    // A dash between names is a place to cut; a hyphen inside a word is not.
    expect(shorten("Expressway length, Beijing–Tianjin–Hebei", 29)).toBe("Expressway length, Beijing…");
    expect(shorten("People's well-being", 16)).toBe("People's…");
    // A short qualifier at the end stays, so that two rows do not read alike.
    expect(shorten("PM2.5 annual mean (Beijing)", 19)).toBe("PM2.5… (Beijing)");
    expect(shorten("PM2.5年均浓度（北京）", 19)).toBe("PM2.5年均…（北京）");
    // Not at the price of a word cut in two, nor for a long qualifier.
    expect(shorten("Zhongguancun firms' technology contracts (per year)", 19)).toBe("Zhongguancun firms…");
    expect(shorten("Phoenix (a rail-linked region of cities)", 20)).toBe("Phoenix (a…");
    expect(shorten("凤凰展翅轨道联网", 9)).toBe("凤凰展翅…");
    expect(shorten("abcdefghij", 5, "...")).toBe("ab...");
  });

  it("never returns more columns than asked for", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 60 }), fc.integer({ min: 1, max: 40 }), (text, width) => {
        expect(displayWidth(shorten(text, width))).toBeLessThanOrEqual(
          Math.max(width, displayWidth(text) <= width ? width : 1),
        );
      }),
    );
  });
});
