/**
 * Exports are inert (docs/formats.md): in Markdown a label from a data file stays one line, one
 * cell and one heading, and its HTML is shown as text; in CSV and TSV a text cell that a
 * spreadsheet would run as a formula starts with `'`, while numbers stay numbers.
 */
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { spreadsheetSafe } from "../../src/render/delimited.js";
import { mdCell, mdInline, mdLine, mdProse } from "../../src/render/markdown.js";
import { run } from "../helpers/cli.js";
import { tempDir } from "../helpers/files.js";
import { writeHostileFiles } from "../helpers/hostile.js";

const files = writeHostileFiles(join(tempDir(), "hostile-exports"));
const path = (name: string) => files.find((f) => f.name === name)?.path ?? name;

/** Lines that Markdown reads as headings, and slide breaks. */
const headings = (md: string) => md.split("\n").filter((l) => /^#{1,6}\s/.test(l));
const breaks = (md: string) => md.split("\n").filter((l) => /^\s*(-{3,}|={3,})\s*$/.test(l));
/** Unescaped `|` in a table row: the row's cells plus one. */
const pipes = (row: string) => row.match(/(?<!\\)\|/g)?.length ?? 0;

/** Every row of a table has as many cells as the header row above it. */
function tablesAreWhole(md: string): string[] {
  const wrong: string[] = [];
  let header: number | undefined;
  for (const line of md.split("\n")) {
    if (!line.startsWith("|")) {
      header = undefined;
      continue;
    }
    header ??= pipes(line);
    if (pipes(line) !== header) wrong.push(line);
  }
  return wrong;
}

const MD_RUNS = [
  ["export", "--format", "md"],
  ["export", "--format", "md", "--lang", "zh"],
  ["facts", "--format", "md"],
  ["compare", "--format", "md", "--from", "2020", "--to", "2021"],
  ["timeline", "--format", "md"],
  ["present", "--export", "md"],
  ["quiz", "--format", "md", "--seed", "1", "--theme", "h-theme"],
];

describe("Markdown exports keep data text inert", () => {
  const baseline = new Map<string, string>();
  const plain = path("plain.json");

  for (const name of [
    "label-html.json",
    "label-heading.json",
    "label-pipes.json",
    "label-markdown-mix.json",
    "markup-labels.json",
    "prose-markdown.json",
  ]) {
    it(`${name}: as many headings, slide breaks and table cells as a plain file, and no raw HTML`, async () => {
      for (const argv of MD_RUNS) {
        const key = argv.join(" ");
        if (!baseline.has(key)) baseline.set(key, (await run([...argv, "--data", plain])).stdout);
        const plainOut = baseline.get(key) ?? "";
        const r = await run([...argv, "--data", path(name)]);
        expect(r.code, `${key}: ${r.stderr}`).toBe(0);
        expect(headings(r.stdout).length, `${key}: ${headings(r.stdout).join("\n")}`).toBe(headings(plainOut).length);
        expect(breaks(r.stdout), key).toEqual(breaks(plainOut));
        expect(tablesAreWhole(r.stdout), key).toEqual([]);
        expect(r.stdout, key).not.toMatch(/<(img|b|script)\b/i);
      }
    });
  }

  it("shows the HTML of a label as text: `<img src=x onerror=alert(1)>` becomes `&lt;img …>`", async () => {
    const r = await run(["export", "--format", "md", "--data", path("label-html.json")]);
    expect(r.stdout).toContain("### &lt;img src=x onerror=alert(1)> (`h-quantity`, your data)");
    expect(r.stdout).toContain("| 2021 · &lt;img src=x onerror=alert(1)> | 40 µg/m³ ‡ |");
  });

  it("keeps prose's line breaks, none of them starting a block", () => {
    expect(mdProse("Line one.\n# Heading\n---\n- item\n1. item\n> quote\n    code")).toBe(
      "Line one.\n\\# Heading\n\\---\n\\- item\n1\\. item\n\\> quote\ncode",
    );
  });

  it("keeps a note from starting a list or a heading, escaped as CommonMark reads it", () => {
    expect(mdLine("1. first")).toBe("1\\. first");
    expect(mdLine("2) second")).toBe("2\\) second");
    expect(mdLine("- item")).toBe("\\- item");
    expect(mdLine("# title")).toBe("\\# title");
    expect(mdLine("2014 → 2020")).toBe("2014 → 2020");
  });

  it("escapes one label for one cell: pipes, a line break, HTML and emphasis", () => {
    expect(mdCell("| a | b |")).toBe("\\| a \\| b \\|");
    // The break is shown as \n, its backslash escaped so that Markdown shows it too.
    expect(mdInline("a\n# b")).toBe("a\\\\n\\# b");
    expect(mdInline("<b>x</b> & *y*")).toBe("&lt;b>x&lt;/b> &amp; \\*y\\*");
    expect(mdInline("[a](javascript:alert(1))")).toBe("\\[a\\](javascript:alert(1))");
  });
});

describe("CSV and TSV: no formula from a data file", () => {
  it("prefixes text cells that start with = + - @ with ', and leaves numbers alone", () => {
    expect(spreadsheetSafe('=HYPERLINK("http://x","y")')).toBe('\'=HYPERLINK("http://x","y")');
    expect(spreadsheetSafe("+1+1")).toBe("'+1+1");
    expect(spreadsheetSafe("-2+3")).toBe("'-2+3");
    expect(spreadsheetSafe("@SUM(A1:A2)")).toBe("'@SUM(A1:A2)");
    for (const number of ["-45.8", "-1", "-0.51", "1e+21", "-1e-7", "44"]) expect(spreadsheetSafe(number)).toBe(number);
    for (const text of ["−45.8%", "a=b", "pm25", ""]) expect(spreadsheetSafe(text)).toBe(text);
  });

  it("export --format csv writes a label =HYPERLINK(…) as text", async () => {
    const r = await run(["export", "--format", "csv", "--data", path("label-formula-equals.json")]);
    expect(r.code).toBe(0);
    const row = r.stdout.split("\r\n").find((l) => l.startsWith("h-quantity,")) ?? "";
    expect(row).toContain(`,'=1+1,"'=HYPERLINK(""http://x"",""y"")",ug-per-m3,`);
    // No cell of any row starts a formula.
    for (const line of r.stdout.split("\r\n")) expect(line).not.toMatch(/(^|,)"?[=+@]/);
  });

  it("export --format tsv writes @SUM(…) and +cmd as text", async () => {
    const r = await run(["facts", "--format", "tsv", "--data", path("label-formula-at.json")]);
    const at = await run(["export", "--format", "tsv", "--data", path("label-formula-plus.json")]);
    expect(r.stdout.split("\n").find((l) => l.startsWith("h-quantity\t"))).toContain("\t'@x\t'@SUM(A1:A2)\t");
    expect(at.stdout.split("\n").find((l) => l.startsWith("h-quantity\t"))).toContain("\t'+cmd\t'+1+1\t");
  });

  it("leaves numbers and the bundled data as they were: PM2.5 fell by -45.8", async () => {
    const csv = await run(["compare", "--format", "csv", "--fields", "id,change.absolute,change.relative"]);
    expect(csv.stdout).toContain("pm25,-45.8,-0.51\r\n");
    for (const format of ["csv", "tsv"]) {
      const r = await run(["export", "--format", format]);
      expect(r.stdout).not.toMatch(/(^|[,\t])"?'/m);
    }
  });
});
