import stringWidth from "string-width";
import { describe, expect, it } from "vitest";
import { errorLines, run } from "../helpers/cli.js";
import { CompareRecord, parseWith } from "../helpers/schemas.js";

async function compareJson(...args: string[]): Promise<CompareRecord[]> {
  const { code, stdout, stderr } = await run(["compare", "--json", ...args]);
  expect(code, stderr).toBe(0);
  return parseWith(CompareRecord.array(), stdout);
}

function byId(rows: CompareRecord[], id: string): CompareRecord {
  const row = rows.find((r) => r.id === id);
  if (!row) throw new Error(`no row "${id}" in: ${rows.map((r) => r.id).join(", ")}`);
  return row;
}

describe("jjj compare --json", () => {
  it("prints a bare array of rows with ids, labels, units, both ends and the change", async () => {
    const { stdout } = await run(["compare", "--json"]);
    expect(stdout.startsWith("[")).toBe(true);
    expect(stdout.endsWith("]\n")).toBe(true);
    const rows = parseWith(CompareRecord.array(), stdout);
    expect(rows.length).toBeGreaterThan(0);
  });

  it("gives tech contracts 83.1 (2014) → 347 (2020) in 100 million yuan, +317.57%, 26.9% a year", async () => {
    const tech = byId(await compareJson(), "tech-contracts-annual");
    expect(tech.label.zh).toBe("中关村企业在津冀的技术合同年成交额");
    expect(tech.label.en).toContain("technology contracts");
    expect(tech.unit).toBe("yuan-100m");
    expect(tech.from).toMatchObject({ year: 2014, value: 83.1, substituted: false });
    expect(tech.to).toMatchObject({ year: 2020, value: 347, substituted: false });
    expect(tech.change).toMatchObject({ absolute: 263.9, relative: 3.1757, percentagePoints: null, cagr: 0.269 });
  });

  it("gives PM2.5 from the derived 89.8 (87.9–91.8) to 44, a relative change of −0.51", async () => {
    const pm25 = byId(await compareJson(), "pm25");
    expect(pm25.unit).toBe("ug-per-m3");
    expect(pm25.from).toMatchObject({
      year: 2014,
      value: 89.8,
      derived: true,
      formula: "44 / (1 − 0.51)",
      interval: { low: 87.9, high: 91.8 },
    });
    expect(pm25.to).toMatchObject({ year: 2020, value: 44, derived: false, stated: "44微克/立方米" });
    expect(pm25.change.relative).toBe(-0.51);
    expect(pm25.change.absolute).toBe(-45.8);
  });

  it("gives the high-tech share 40.7 (2013, flagged for 2014) → 60 as +19.3 percentage points", async () => {
    const share = byId(await compareJson(), "high-tech-share");
    expect(share.unit).toBe("percent");
    expect(share.from).toMatchObject({ year: 2013, requestedYear: 2014, substituted: true, value: 40.7 });
    expect(share.to).toMatchObject({ year: 2020, value: 60 });
    expect(share.change.percentagePoints).toBe(19.3);
    expect(share.change.cagr).toBeNull();
  });

  it("gives labour productivity 21.2 (2015, substituted) → at least 28", async () => {
    const labour = byId(await compareJson(), "labour-productivity");
    expect(labour.from).toMatchObject({ year: 2015, requestedYear: 2014, substituted: true, value: 21.2 });
    expect(labour.to).toMatchObject({ year: 2020, value: 28, qualifier: "atLeast" });
    expect(labour.change.bound).toBe("atLeast");
  });

  it("gives expressway length only its stated change: relative 0.25, bound moreThan", async () => {
    const road = byId(await compareJson(), "expressway-length");
    expect(road.from).toBeNull();
    expect(road.to).toBeNull();
    expect(road.change).toMatchObject({ relative: 0.25, bound: "moreThan", absolute: null });
  });

  it("keeps the theme asked for with --theme", async () => {
    const innovation = await compareJson("--theme", "innovation");
    expect(innovation.map((r) => r.id)).toContain("tech-contracts-annual");
    expect(innovation.every((r) => r.theme === "innovation")).toBe(true);
    const ecology = await compareJson("-t", "ecology");
    expect(ecology.map((r) => r.id)).toContain("pm25");
    expect(ecology.every((r) => r.theme === "ecology")).toBe(true);
  });

  it("prints [] for a theme with nothing to compare, and succeeds", async () => {
    const { code, stdout } = await run(["compare", "--theme", "livelihood", "--json"]);
    expect(code).toBe(0);
    expect(stdout).toBe("[]\n");
  });

  it("compares 2016 with 2020 using a nearest year only within one year, flagged", async () => {
    const rows = await compareJson("--from", "2016", "--to", "2020");
    // PM2.5's nearest baseline is 2014, two years away: left out.
    expect(rows.map((r) => r.id)).not.toContain("pm25");
    const labour = byId(rows, "labour-productivity");
    expect(labour.from).toMatchObject({ year: 2015, requestedYear: 2016, substituted: true });
    expect(rows.map((r) => r.id)).not.toContain("high-tech-share");
    expect(rows.map((r) => r.id)).not.toContain("expressway-length");
  });
});

describe("jjj compare as a table", () => {
  it("shows the English figures: 8.31 → 34.7 bn yuan, 89.8* → 44, 40.7 (2013) → 60, +19.3 pp", async () => {
    const { code, stdout, stderr } = await run(["compare", "--lang", "en", "--width", "120"]);
    expect(code).toBe(0);
    expect(stderr).toBe("");
    expect(stdout).toContain("2014 → 2020");
    for (const figure of ["8.31", "34.7", "bn yuan", "+317.6%", "+26.9%", "89.8*", "−51%", "−45.8", "40.7", "(2013)"]) {
      expect(stdout, figure).toContain(figure);
    }
    expect(stdout).toContain("+19.3 pp");
    expect(stdout).toContain("212,000");
    expect(stdout).toContain(">+25%");
    // The rounding interval of a derived value is in --notes (and show, and JSON).
    const notes = (await run(["compare", "--lang", "en", "--width", "120", "--notes"])).stdout;
    expect(notes).toContain("87.9");
    expect(notes).toContain("91.8");
  });

  it("shows the Chinese figures: 83.1 → 347 亿元, +19.3个百分点, ≥28", async () => {
    const { code, stdout } = await run(["compare", "--lang", "zh", "--width", "120"]);
    expect(code).toBe(0);
    expect(stdout).toContain("变化一览");
    for (const figure of [
      "83.1",
      "347",
      "亿元",
      "+263.9",
      "+317.6%",
      "89.8*",
      "−51%",
      "+19.3个百分点",
      "≥28",
      "21.2",
    ]) {
      expect(stdout, figure).toContain(figure);
    }
  });

  it("prints 2014 and 2020 side by side on a wide TTY", async () => {
    const { code, stdout } = await run(["compare", "--lang", "en"], { isTTY: true, columns: 160 });
    expect(code).toBe(0);
    const header = stdout.split("\n").find((l) => l.includes("Quantity"));
    expect(header).toBeDefined();
    expect(header).toContain("2014");
    expect(header).toContain("2020");
    expect(header).toContain("Relative");
  });

  it("fits the terminal: lines no wider than the TTY's columns, or COLUMNS, or 80 in a pipe", async () => {
    const widest = (out: string) => Math.max(...out.split("\n").map((l) => stringWidth(l)));
    expect(widest((await run(["compare"], { isTTY: true, columns: 100 })).stdout)).toBeLessThanOrEqual(100);
    expect(widest((await run(["compare"], { env: { COLUMNS: "90" } })).stdout)).toBeLessThanOrEqual(90);
    expect(widest((await run(["compare"])).stdout)).toBeLessThanOrEqual(80);
  });

  // The relative change is an optional column: shown from 100 columns.
  it.each([60, 80, 100, 120, 140])("never splits a figure across lines at width %i", async (width) => {
    const en = (await run(["compare", "--lang", "en", "--width", String(width)])).stdout;
    for (const figure of [
      "212,000",
      "≥280,000",
      "8.31",
      "34.7",
      "89.8*",
      "40.7",
      ...(width >= 100 ? ["+317.6%"] : []),
    ]) {
      expect(en, `${figure} at ${width}`).toContain(figure);
    }
    const zh = (await run(["compare", "--lang", "zh", "--width", String(width)])).stdout;
    for (const figure of ["21.2", "≥28", "83.1", "347", "89.8*", "+19.3个百分点"]) {
      expect(zh, `${figure} at ${width}`).toContain(figure);
    }
  });

  it("says so on stderr when nothing matches, and succeeds with empty stdout", async () => {
    const { code, stdout, stderr } = await run(["compare", "--theme", "livelihood", "--lang", "en"]);
    expect(code).toBe(0);
    expect(stdout).toBe("");
    expect(stderr).toContain("Nothing matches.");
  });
});

describe("jjj compare --from/--to validation", () => {
  it.each([
    [["--from", "abc"], "abc"],
    [["--from", "1800"], "1800"],
    [["--to", "2036"], "2036"],
    [["--from", "2014.5"], "2014.5"],
    [["--from", "2020", "--to", "2014"], "2020"],
    [["--from", "2014", "--to", "2014"], "2014"],
  ])("rejects %j: exit 2, one 'jjj: …' error naming %s, nothing on stdout", async (args, named) => {
    const { code, stdout, stderr } = await run(["compare", ...args]);
    expect(code).toBe(2);
    expect(stdout).toBe("");
    const { errors, other } = errorLines(stderr);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain(named);
    expect(other).toEqual([]);
    expect(stderr.startsWith("jjj: ")).toBe(true);
  });

  it("rejects an unknown theme with a suggestion", async () => {
    const { code, stdout, stderr } = await run(["compare", "--theme", "ecolgy"]);
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toContain('jjj: unknown theme "ecolgy"');
    expect(stderr).toContain('"ecology"');
  });
});
