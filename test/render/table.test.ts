import fc from "fast-check";
import stringWidth from "string-width";
import { describe, expect, it } from "vitest";
import { PLAIN } from "../../src/cli/color.js";
import type { Lang } from "../../src/core/lang.js";
import { bundledDataset } from "../../src/dataset/bundled.js";
import { compare } from "../../src/query/compare.js";
import { factsOfTheme } from "../../src/query/lookup.js";
import { fitColumns, longestToken, renderTable } from "../../src/render/table.js";
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
      [{ text: "功能疏解", sub: "function-relief" }, { text: "Relieving non-capital functions" }, { text: "5" }],
      [{ text: "凤凰展翅（轨道联网京津冀）" }, { text: "Phoenix spreads its wings" }, { text: "6" }],
    ],
    notes: ["注：这是一条很长的脚注，用来检查脚注也会按照终端宽度换行，而且不会超出。"],
    source: "来源：文章",
  };

  it("draws a rectangle: every table line has the same display width, with Chinese cells", () => {
    for (const width of [40, 50, 80]) {
      const out = render(cjk, width);
      const tableLines = out.split("\n").filter((l) => /^[┌│├└]/.test(l));
      const widths = new Set(tableLines.map((l) => stringWidth(l)));
      expect(widths.size, out).toBe(1);
      expect([...widths][0]).toBeLessThanOrEqual(width);
    }
  });

  it("prints the title first, then the table, then notes and source, wrapped to the width", () => {
    const out = render(cjk, 40);
    const lines = out.split("\n");
    expect(lines[0]).toBe("标题");
    expect(lines[1]?.startsWith("┌")).toBe(true);
    expect(out).toContain("来源：文章");
    expect(out.endsWith("\n")).toBe(true);
    for (const line of lines) expect(stringWidth(line)).toBeLessThanOrEqual(40);
  });

  it("keeps the natural column widths when the table fits", () => {
    const widths = fitColumns(cjk.columns, cjk.rows, 200);
    // content + 2 columns of padding: 凤凰展翅（轨道联网京津冀） is 26 columns wide.
    expect(widths).toEqual([28, 33, 6]);
  });

  it("keeps every column at least as wide as its longest unbreakable piece when the table is too wide", () => {
    const widths = fitColumns(cjk.columns, cjk.rows, 50);
    // 条数 (4 columns) is a header: headers never wrap.
    expect(widths[2]).toBe(6);
    // function-relief (15 columns) cannot be broken.
    expect(widths[0]).toBeGreaterThanOrEqual(17);
    expect(widths.reduce((a, b) => a + b, 0) + widths.length + 1).toBe(50);
  });

  it("uses no colour with the plain paint", () => {
    expect(render(cjk, 80)).not.toContain("\u001b[");
  });
});

describe("longestToken", () => {
  /** The definition: split at spaces (and, in prose, around each wide character), widest piece. */
  function reference(text: string, prose: boolean): number {
    const pieces = prose
      ? /\s+|(?=[\u2E80-\uFFEF\u{20000}-\u{3FFFF}])|(?<=[\u2E80-\uFFEF\u{20000}-\u{3FFFF}])/u
      : /\s+/;
    return Math.max(0, ...text.split(pieces).map(displayWidth));
  }

  it("is the widest piece a line may not be broken in, for any text", () => {
    const piece = fc.constantFrom(
      " ",
      "\u00a0",
      "\t",
      "PM2.5",
      "−51%",
      "µg/m³",
      "京津冀",
      "（",
      "。",
      "a",
      "word",
      "▲",
      "𠀀",
      "😀",
      "\u001b[2m",
      "",
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 10 }), fc.boolean(), (pieces, prose) => {
        const text = pieces.join("");
        expect(longestToken(text, prose)).toBe(reference(text, prose));
      }),
      { numRuns: 3000 },
    );
    expect(longestToken("the Beijing-Tianjin corridor", true)).toBe(15);
  });
});
