import { describe, expect, it } from "vitest";
import { flat, jjj } from "./chart-helpers.js";

describe("every supplementary figure carries its publisher", () => {
  it("in `jjj sources` (not under every table)", async () => {
    const facts = flat((await jjj(["facts", "--theme", "ecology", "--width", "100", "--color", "never"])).out);
    expect(facts).not.toContain("mee = ");
    const r = flat((await jjj(["sources", "--format", "md"])).out).replace(/\s*\|\s*/g, " ");
    for (const [id, who] of [
      ["mee", "Ministry of Environmental Protection (from 2018 the Ministry of Ecology and Environment)"],
      ["beijing-eeb", "Beijing Municipal Ecology and Environment Bureau"],
      ["hebei-dee", "Hebei Provincial Department of Ecology and Environment"],
    ]) {
      expect(r).toContain(`${id} ${who}`);
    }
  });

  it("under the facts of a compare table with --notes", async () => {
    const r = flat((await jjj(["compare", "--theme", "ecology", "--notes", "--width", "100", "--color", "never"])).out);
    expect(r).toContain("beijing-eeb = Beijing Municipal Ecology and Environment Bureau");
    expect(r).not.toContain("transport-white-paper =");
    const plain = flat((await jjj(["compare", "--theme", "ecology", "--width", "100", "--color", "never"])).out);
    expect(plain).not.toContain("beijing-eeb =");
  });

  it("in the compare table with --notes, in Chinese too", async () => {
    const r = flat((await jjj(["compare", "--notes", "--lang", "zh", "--width", "100", "--color", "never"])).out);
    expect(r).toContain("beijing-eeb = 北京市生态环境局（原北京市环保局）：北京市生态环境状况公报");
    expect(r).toContain("transport-white-paper = 京津冀三地交通运输主管部门联合发布");
  });

  it("not with --article-only", async () => {
    const r = (await jjj(["compare", "--article-only", "--width", "100", "--color", "never"])).out;
    expect(r).not.toMatch(/ = .*(Ministry|Bureau)/);
  });

  it("in JSON, as the source's publisher", async () => {
    const rows = JSON.parse((await jjj(["compare", "--json"])).out) as {
      id: string;
      to: { source: { publisher: { en: string } | null } };
    }[];
    expect(rows.find((r) => r.id === "pm25-beijing")?.to.source.publisher?.en).toBe(
      "Beijing Municipal Ecology and Environment Bureau (formerly Environmental Protection Bureau)",
    );
    expect(rows.find((r) => r.id === "pm25")?.to.source.publisher).toBeNull();
  });
});
