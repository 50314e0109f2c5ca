import { delimiter } from "node:path";
import { describe, expect, it } from "vitest";
import { run } from "../helpers/cli.js";
import { userFact, userFile, writeTemp } from "../helpers/files.js";

const EXAMPLE = "examples/my-figures.json";

describe("your own data, merged onto the bundled data", () => {
  it("every command sees it", async () => {
    const cases: [string[], string][] = [
      [["facts", "--theme", "ecology"], "my-pm25"],
      [["compare", "--from", "2021", "--to", "2023"], "PM2.5 annual mean (our district)"],
      [["show", "my-pm25"], "PM2.5 annual mean (our district)"],
      [["timeline"], "my-pm25"],
      [["search", "district"], "my-pm25"],
      [["sources"], "my-district-bulletin"],
      [["export", "--format", "csv"], "my-pm25"],
      [["chart"], "my-pm25"],
      [["chart", "my-pm25"], "PM2.5 annual mean (our district)"],
      [["themes", "--json"], '"facts":9'],
    ];
    for (const [argv, expected] of cases) {
      const r = await run([...argv, "--data", EXAMPLE, "--width", "160"]);
      expect(r.stderr, argv.join(" ")).toBe("");
      expect(r.code, argv.join(" ")).toBe(0);
      expect(r.stdout, argv.join(" ")).toContain(expected);
    }
  });

  it('marks it "your data" (自有数据) in tables, never "official"', async () => {
    const en = await run(["facts", "--theme", "ecology", "--data", EXAMPLE, "--width", "160"]);
    expect(en.stdout.split("\n").find((l) => l.includes(" my-pm25 "))).toMatch(/your data$/);
    const zh = await run([
      "compare",
      "--from",
      "2021",
      "--to",
      "2023",
      "--data",
      EXAMPLE,
      "--lang",
      "zh",
      "--width",
      "160",
    ]);
    expect(zh.stdout).toContain("自有数据");
    const show = await run(["show", "my-pm25", "--data", EXAMPLE]);
    expect(show.stdout).toContain("Layer: your data");
    const json = JSON.parse((await run(["show", "my-pm25", "--json", "--data", EXAMPLE])).stdout);
    expect(json.layer).toBe("user");
  });

  it("charts it next to the article's figures, with --article-only keeping it", async () => {
    const r = await run(["chart", "pm25", "my-pm25", "--article-only", "--json", "--data", EXAMPLE]);
    expect(r.code).toBe(0);
    const series = JSON.parse(r.stdout) as { id: string; layer: string; points: { year: number; value: number }[] }[];
    expect(series.map((s) => [s.id, s.layer])).toEqual([
      ["pm25", "article"],
      ["my-pm25", "user"],
    ]);
    expect(series[1]?.points.map((p) => [p.year, p.value])).toEqual([
      [2021, 36],
      [2022, 32],
      [2023, 33],
    ]);
  });

  it("--article-only leaves out the official series but keeps your facts and the sources they cite", async () => {
    const data = JSON.parse((await run(["export", "--as-data", "--article-only", "--data", EXAMPLE])).stdout) as {
      facts: { id: string; layer: string }[];
      sources: { id: string }[];
    };
    expect(new Set(data.facts.map((f) => f.layer))).toEqual(new Set(["article", "user"]));
    expect(data.sources.map((s) => s.id)).toEqual(["article", "my-district-bulletin"]);
  });

  it("a theme of your own joins the overview, its number aligned with the article's", async () => {
    const file = writeTemp("user-data/theme.json", {
      ...userFile([userFact("my-students", { theme: "my-school", unit: "person" })]),
      themes: [
        { id: "my-school", order: 10, name: { zh: "本校", en: "Our school" }, summary: { zh: "本校", en: "Ours" } },
      ],
    });
    const lines = (await run(["--data", file, "--width", "80"])).stdout.split("\n");
    expect(lines).toContain("   1  function-relief        Relieving non-capital functions (5)");
    expect(lines).toContain("  10  my-school              Our school (1)");
  });

  it("JJJ_DATA is a path list, loaded before the --data files", async () => {
    const a = writeTemp("user-data/a.json", userFile([userFact("my-a")]));
    const b = writeTemp("user-data/b.json", { facts: [userFact("my-b")] });
    const r = await run(["export", "--as-data", "--data", EXAMPLE], { env: { JJJ_DATA: [a, b].join(delimiter) } });
    const ids = (JSON.parse(r.stdout) as { facts: { id: string }[] }).facts.map((f) => f.id);
    expect(ids.slice(-3)).toEqual(["my-a", "my-b", "my-pm25"]);
  });

  it("--data-only shows only the given files", async () => {
    const own = writeTemp("user-data/own.json", {
      ...userFile([userFact("my-pm25", { theme: "my-theme", place: "my-town" })]),
      themes: [{ id: "my-theme", order: 1, name: { zh: "本地", en: "Local" }, summary: { zh: "本地", en: "Local" } }],
      places: [{ id: "my-town", name: { zh: "本镇", en: "Our town" }, kind: "city" }],
    });
    const r = await run(["themes", "--json", "--data-only", "--data", own]);
    expect(JSON.parse(r.stdout).map((t: { id: string }) => t.id)).toEqual(["my-theme"]);
    const facts = JSON.parse((await run(["facts", "--json", "--data-only", "--data", own])).stdout);
    expect(facts.map((f: { id: string }) => f.id)).toEqual(["my-pm25"]);
  });
});
