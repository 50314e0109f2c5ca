/**
 * Golden files: whole outputs, colour off and width pinned. To accept a change, run
 * `JJJ_UPDATE_GOLDEN=1 npx vitest run test/golden.test.ts` and read every file that changed.
 */
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { jjj } from "./chart-helpers.js";

const ROOT = join(import.meta.dirname, "..");
const GOLDEN = join(import.meta.dirname, "golden");

const CASES: [file: string, argv: string[]][] = [
  ["chart-pm25-en-80.txt", ["chart", "pm25", "--width", "80", "--color", "never"]],
  ["chart-pm25-zh-80.txt", ["chart", "pm25", "--lang", "zh", "--width", "80", "--color", "never"]],
  [
    "chart-pm25-article-ascii-60.txt",
    ["chart", "pm25", "--article-only", "--ascii", "--width", "60", "--height", "12"],
  ],
  [
    "chart-medical-bars-80.txt",
    ["chart", "medical-pilot-institutions", "hebei-medical-pilot-institutions", "--bars", "--width", "80"],
  ],
  ["compare-chart-en-80.txt", ["compare", "--chart", "--width", "80", "--color", "never"]],
  ["compare-chart-zh-80.txt", ["compare", "--chart", "--lang", "zh", "--width", "80", "--color", "never"]],
];

function golden(file: string, actual: string): string {
  const path = join(GOLDEN, file);
  if (process.env.JJJ_UPDATE_GOLDEN === "1" || !existsSync(path)) writeFileSync(path, actual);
  return readFileSync(path, "utf8");
}

describe("golden outputs", () => {
  it.each(CASES)("%s", async (file, argv) => {
    const r = await jjj(argv);
    expect(r.code).toBe(0);
    expect(r.out).toBe(golden(file, r.out));
  });
});

describe("the built binary", () => {
  it("prints the PM2.5 chart of the golden file, with a clean environment", () => {
    const run = spawnSync(process.execPath, ["bin/jjj.js", "chart", "pm25", "--width", "80", "--color", "never"], {
      cwd: ROOT,
      env: { PATH: process.env.PATH ?? "" },
      encoding: "utf8",
    });
    expect(run.status).toBe(0);
    expect(run.stderr).toBe("");
    expect(run.stdout).toBe(readFileSync(join(GOLDEN, "chart-pm25-en-80.txt"), "utf8"));
  });

  it("exits 2 with a hint for an unknown id", () => {
    const bad = spawnSync(process.execPath, ["bin/jjj.js", "chart", "pm9"], {
      cwd: ROOT,
      env: { PATH: process.env.PATH ?? "" },
      encoding: "utf8",
    });
    expect(bad.status).toBe(2);
    expect(bad.stdout).toBe("");
    expect(bad.stderr).toBe(
      'jjj: unknown fact id "pm9"\nhint: did you mean "pm25"? (`jjj chart` lists what can be charted)\n',
    );
  });
});
