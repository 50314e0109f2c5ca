import stringWidth from "string-width";
import { describe, expect, it } from "vitest";
import { run } from "../helpers/cli.js";
import { THEME_IDS } from "../helpers/paths.js";

describe("jjj alone", () => {
  it("lists the nine themes in order and the headline figures, in English", async () => {
    const { code, stdout, stderr } = await run(["--lang", "en"]);
    expect(code).toBe(0);
    expect(stderr).toBe("");
    const positions = THEME_IDS.map((id) => stdout.indexOf(id));
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
    expect(stdout).toContain("89.8 µg/m³*");
    expect(stdout).toContain("44 µg/m³");
    expect(stdout).toContain("−51%");
    expect(stdout).toContain("8.31 bn yuan");
    expect(stdout).toContain("34.7 bn yuan");
    expect(stdout).toContain("+317.6%");
    expect(stdout).toContain("40.7% (2013)");
    expect(stdout).toContain("+19.3 pp");
    expect(stdout).toContain("1.293 million people");
    expect(stdout).toContain("jjj compare");
  });

  it("shows the headline figures in the article's units in Chinese", async () => {
    const { code, stdout } = await run(["--lang", "zh"]);
    expect(code).toBe(0);
    expect(stdout).toContain("生态治理");
    expect(stdout).toContain("83.1亿元");
    expect(stdout).toContain("347亿元");
    expect(stdout).toContain("89.8微克/立方米*");
    expect(stdout).toContain("+19.3个百分点");
    expect(stdout).toContain("129.3万人");
  });

  it("gives the overview as JSON: title, nine themes and the headline comparisons", async () => {
    const { code, stdout } = await run(["--json"]);
    expect(code).toBe(0);
    const overview = JSON.parse(stdout) as {
      title: { zh: string; en: string };
      themes: { id: string }[];
      headlines: { id: string; from?: { value: number } | null; to?: { value: number } | null }[];
    };
    expect(overview.title.zh).toContain("京津冀");
    expect(overview.themes.map((t) => t.id)).toEqual(THEME_IDS);
    const pm25 = overview.headlines.find((h) => h.id === "pm25");
    expect(pm25?.from?.value).toBe(89.8);
    expect(pm25?.to?.value).toBe(44);
    const tech = overview.headlines.find((h) => h.id === "tech-contracts-annual");
    expect(tech?.from?.value).toBe(83.1);
    expect(tech?.to?.value).toBe(347);
  });
});

describe("jjj alone fits the width", () => {
  // BUG: the overview wraps only its subtitle; the title, theme lines and headline lines are
  // printed whole, so at 60 columns English lines run to 65 and more.
  it.each([
    ["en", 60],
    ["zh", 60],
    ["en", 80],
    ["zh", 80],
  ])("keeps every line within the width (%s, %i columns)", async (lang, width) => {
    const { stdout } = await run(["--lang", String(lang), "--width", String(width)]);
    const tooWide = stdout.split("\n").filter((l) => stringWidth(l) > Number(width));
    expect(tooWide).toEqual([]);
  });
});
