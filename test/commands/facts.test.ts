import { describe, expect, it } from "vitest";
import { errorLines, run } from "../helpers/cli.js";
import { datasetFromFiles } from "../helpers/paths.js";
import { FactRecord, parseWith } from "../helpers/schemas.js";

describe("jjj facts", () => {
  it("lists every fact of the data files as JSON, grouped by theme in article order", async () => {
    const { code, stdout } = await run(["facts", "--json"]);
    expect(code).toBe(0);
    const facts = parseWith(FactRecord.array(), stdout);
    const dataset = datasetFromFiles();
    expect(facts).toHaveLength(dataset.facts.length);
    expect(new Set(facts.map((f) => f.id))).toEqual(new Set(dataset.facts.map((f) => f.id)));
    const order = new Map(dataset.themes.map((t) => [t.id, t.order]));
    const orders = facts.map((f) => order.get(f.theme) ?? 0);
    expect(orders).toEqual([...orders].sort((a, b) => a - b));
    expect(facts[0]?.id).toBe("strategy-launch");
  });

  it("gives figures with their unit and source paragraph: tech contracts 83.1 and 347 in §innovation ¶4", async () => {
    const facts = parseWith(FactRecord.array(), (await run(["facts", "--json"])).stdout);
    const tech = facts.find((f) => f.id === "tech-contracts-annual");
    expect(tech?.unit).toBe("yuan-100m");
    expect(tech?.values.map((v) => [v.year, v.value, v.stated])).toEqual([
      [2014, 83.1, "83.1亿元"],
      [2020, 347, "347亿元"],
    ]);
    expect(tech?.values[0]?.source).toMatchObject({ section: "innovation", paragraph: 4 });
    const launch = facts.find((f) => f.id === "strategy-launch");
    expect(launch?.kind).toBe("event");
    expect(launch?.unit).toBeNull();
  });

  it("keeps only one theme with --theme ecology", async () => {
    const { code, stdout } = await run(["facts", "--theme", "ecology", "--json"]);
    expect(code).toBe(0);
    const facts = parseWith(FactRecord.array(), stdout);
    expect(facts.every((f) => f.theme === "ecology")).toBe(true);
    expect(facts.map((f) => f.id)).toEqual(
      expect.arrayContaining(["pm25", "monitoring-sections", "water-quality-share"]),
    );
    expect(facts).toHaveLength(datasetFromFiles().facts.filter((f) => f.theme === "ecology").length);
  });

  it("prints the ecology facts as a table, one line each with its latest figure: PM2.5 44, 64.5%", async () => {
    const { code, stdout } = await run(["facts", "--theme", "ecology", "--lang", "en", "--width", "160"]);
    expect(code).toBe(0);
    const pm25 = stdout.split("\n").find((l) => l.startsWith("PM2.5 annual mean "));
    expect(pm25).toMatch(/\s44\s+µg\/m³\s+2020\s+pm25\s+2 values, 2014–2020/);
    expect(stdout).toMatch(/64\.5\s+%/);
    expect(stdout).not.toContain("Labour productivity");
  });

  it("exits 2 for an unknown theme, suggests the closest and prints nothing on stdout", async () => {
    const { code, stdout, stderr } = await run(["facts", "--theme", "ecolgy"]);
    expect(code).toBe(2);
    expect(stdout).toBe("");
    const { errors, other } = errorLines(stderr);
    expect(errors).toEqual(['jjj: unknown theme "ecolgy"']);
    expect(other).toEqual([]);
    expect(stderr).toContain('did you mean "ecology"');
  });

  it("exits 2 for a theme close to none, pointing to `jjj themes`", async () => {
    const { code, stdout, stderr } = await run(["facts", "--theme", "xyz"]);
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toContain('jjj: unknown theme "xyz"');
    expect(stderr).toContain("jjj themes");
  });
});
