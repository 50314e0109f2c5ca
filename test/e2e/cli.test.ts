/**
 * Black-box tests of the built executable: `node bin/jjj.js` in a child process with a cleaned
 * environment (PATH and HOME only, plus what a test sets). `npm test` builds dist/ first.
 */
import { existsSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { hasAnsi } from "../helpers/cli.js";
import { packageVersion } from "../helpers/paths.js";
import { CompareRecord, parseWith } from "../helpers/schemas.js";
import { spawnJjj as jjj, ROOT, sh as shell } from "../helpers.js";

/** A shell command line in which `jjj` is the built executable. */
function sh(script: string, env: Record<string, string> = {}) {
  return shell(script.replaceAll("jjj", `${JSON.stringify(process.execPath)} bin/jjj.js`), env);
}

beforeAll(() => {
  if (!existsSync(join(ROOT, "dist", "jjj.js"))) {
    throw new Error("dist/jjj.js is missing: run `npm run build` (or `npm test`, which builds first)");
  }
});

describe("jjj, the built executable", () => {
  it("prints the compare table in a pipe without colour, with PM2.5's 44", () => {
    const { code, stdout, stderr } = jjj(["compare"]);
    expect(code).toBe(0);
    expect(stderr).toBe("");
    expect(hasAnsi(stdout)).toBe(false);
    expect(stdout).toContain("44");
    expect(stdout).toContain("89.8*");
    expect(stdout).toContain("2014 → 2020");
  });

  it("prints compare --json that parses and has the documented fields", () => {
    const { code, stdout, stderr } = jjj(["compare", "--json"]);
    expect(code).toBe(0);
    expect(stderr).toBe("");
    const rows = parseWith(CompareRecord.array(), stdout);
    const pm25 = rows.find((r) => r.id === "pm25");
    expect(pm25?.to).toMatchObject({ year: 2020, value: 44 });
    expect(pm25?.from).toMatchObject({ year: 2014, value: 89.8, formula: "44 / (1 − 0.51)" });
    expect(pm25?.change.relative).toBe(-0.51);
    const tech = rows.find((r) => r.id === "tech-contracts-annual");
    expect(tech?.change).toMatchObject({ relative: 3.1757, cagr: 0.269 });
  });

  it("treats a reader that never reads as success: facts --json | true", () => {
    const { code, stderr } = sh("jjj facts --json | true");
    expect(code).toBe(0);
    expect(stderr).toBe("");
  });

  it("exits 2 for an unknown id with a one-line 'jjj: ' error and no stack trace", () => {
    const { code, stdout, stderr } = jjj(["show", "pm2.5"]);
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr.startsWith("jjj: ")).toBe(true);
    expect(stderr).toContain('"pm2.5"');
    expect(stderr).toContain("pm25");
    expect(stderr).not.toMatch(/^\s+at /m);
    expect(stderr.split("\n").filter((l) => l.startsWith("jjj: "))).toHaveLength(1);
  });

  it("exits 2 for bad years with no stack trace", () => {
    const { code, stdout, stderr } = jjj(["compare", "--from", "2020", "--to", "2014"]);
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr.startsWith("jjj: ")).toBe(true);
    expect(stderr).not.toMatch(/^\s+at /m);
  });

  it("prints the version of package.json", () => {
    const { code, stdout } = jjj(["--version"]);
    expect(code).toBe(0);
    expect(stdout.trim()).toBe(packageVersion());
  });

  it("colours a table in a pipe with FORCE_COLOR=1, and not with NO_COLOR=1 as well", () => {
    expect(hasAnsi(jjj(["themes"], { FORCE_COLOR: "1" }).stdout)).toBe(true);
    expect(hasAnsi(jjj(["themes"], { FORCE_COLOR: "1", NO_COLOR: "1" }).stdout)).toBe(false);
  });

  it("speaks Chinese with LANG=zh_CN.UTF-8", () => {
    const { stdout } = jjj(["compare"], { LANG: "zh_CN.UTF-8" });
    expect(stdout).toContain("变化一览");
    expect(stdout).toContain("83.1");
  });
});
