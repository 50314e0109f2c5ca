/**
 * The built executable prints what the source prints. The bundle differs from the source in how
 * it is loaded (packs, code cache) and in three places of cli-table3 (its width measure and two
 * of its costs, patched by the build: scripts/build.mjs): every table, in both languages, at
 * several widths, with and without colour, must come out byte for byte as the source, run
 * in-process with the library as published, prints it. `npm test` builds dist/ first.
 */
import { describe, expect, it } from "vitest";
import { jjj, spawnJjj } from "../helpers.js";

const CASES: string[][] = [
  ["compare"],
  ["compare", "--width", "60"],
  ["compare", "--width", "140", "--lang", "zh"],
  ["compare", "--chart"],
  ["themes"],
  ["themes", "--lang", "zh", "--width", "50"],
  ["facts", "--theme", "ecology", "--width", "72"],
  ["facts", "--lang", "zh"],
  ["show", "pm25", "--source"],
  ["sources", "--width", "100"],
  ["timeline", "--ascii"],
  ["search", "雄安"],
  ["chart", "pm25", "--bars"],
  ["export", "--format", "md"],
  ["compare", "--color", "always"],
  ["themes", "--color", "always", "--lang", "zh", "--width", "44"],
  ["compare", "--json"],
  ["facts", "--format", "csv"],
  ["timeline", "--format", "ndjson", "--lang", "zh"],
  ["quiz", "--seed", "7", "--json"],
  ["present", "--width", "80"],
  ["--help"],
];

describe("the built executable prints what the source prints", () => {
  for (const argv of CASES) {
    it(`jjj ${argv.join(" ")}`, async () => {
      const env = { LANG: "en_US.UTF-8", COLUMNS: "80" };
      const built = spawnJjj(argv, env);
      const source = await jjj(argv, { env });
      expect(built.code).toBe(0);
      expect(source.code).toBe(0);
      expect(source.stdout.length).toBeGreaterThan(100);
      expect(built.stdout).toBe(source.stdout);
      expect(built.stderr).toBe(source.stderr);
    });
  }
});
