import { describe, expect, it } from "vitest";
import { run } from "../helpers/cli.js";
import { datasetFromFiles, THEME_IDS } from "../helpers/paths.js";
import { parseWith, ThemeRecord } from "../helpers/schemas.js";

describe("jjj themes", () => {
  it("lists the nine themes in article order as JSON", async () => {
    const { code, stdout, stderr } = await run(["themes", "--json"]);
    expect(code).toBe(0);
    expect(stderr).toBe("");
    const themes = parseWith(ThemeRecord.array(), stdout);
    expect(themes.map((t) => t.id)).toEqual(THEME_IDS);
    expect(themes.map((t) => t.order)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(stdout.endsWith("\n")).toBe(true);
  });

  it("gives each theme its names, summary, heading and fact count", async () => {
    const themes = parseWith(ThemeRecord.array(), (await run(["themes", "--json"])).stdout);
    const ecology = themes.find((t) => t.id === "ecology");
    expect(ecology).toMatchObject({
      order: 5,
      name: { zh: "生态治理", en: "Environmental clean-up" },
      heading: "生态治理：天蓝水绿已可期",
    });
    const dataset = datasetFromFiles();
    for (const t of themes) {
      expect(t.facts, t.id).toBe(dataset.facts.filter((f) => f.theme === t.id).length);
    }
    expect(themes.reduce((n, t) => n + t.facts, 0)).toBe(dataset.facts.length);
  });

  it("prints a table with the Chinese and English names", async () => {
    const en = await run(["themes", "--lang", "en", "--width", "200"]);
    expect(en.code).toBe(0);
    expect(en.stdout).toContain("Theme");
    expect(en.stdout).toContain("Environmental clean-up");
    expect(en.stdout).toContain("生态治理");
    const zh = await run(["themes", "--lang", "zh", "--width", "200"]);
    expect(zh.stdout).toContain("主题");
    expect(zh.stdout).toContain("功能疏解");
    expect(zh.stdout).toContain("mechanisms");
  });

  it("lists the themes in article order in the table too", async () => {
    const { stdout } = await run(["themes", "--lang", "en", "--width", "200"]);
    const positions = THEME_IDS.map((id) => stdout.indexOf(id));
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
  });
});
