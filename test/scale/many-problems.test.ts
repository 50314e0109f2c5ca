/**
 * `npm run test:scale`: validation of files with 130,000 problems, more than a function call takes
 * arguments (test/robust/many-problems.test.ts has the same on 2,000).
 */
import { describe, expect, it } from "vitest";
import { run } from "../helpers/cli.js";
import { userFact, userFile, writeTemp } from "../helpers/files.js";

describe("validate at scale", () => {
  it("counts 130,000 wrong entries of a 260 KB file, listing the first 50", async () => {
    const path = writeTemp("many.json", JSON.stringify({ facts: new Array(130_000).fill(1) }));
    const r = await run(["validate", path]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("facts[0]: facts[0] must be an object");
    expect(r.stderr).toContain("… and 129,950 more problems");
    expect(r.stderr).not.toContain("internal error");
    expect(r.stderr.split("\n").filter((l) => l.startsWith("jjj: ")).length).toBe(51);
  }, 60_000);

  it("lists every one of them with --json", async () => {
    const path = writeTemp("many-json.json", JSON.stringify({ facts: new Array(130_000).fill(1) }));
    const r = await run(["validate", "--json", path]);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout)).toHaveLength(130_000);
  }, 60_000);

  it("reports one systematic slip in 130,000 facts without a stack overflow", async () => {
    const facts = Array.from({ length: 130_000 }, (_, i) => userFact(`f-${i}`, { unit: "kmx" }));
    const path = writeTemp("slip.json", JSON.stringify(userFile(facts)));
    const r = await run(["validate", path]);
    expect(r.code).toBe(1);
    expect(r.stderr.slice(0, 300)).toContain('facts[0].unit: unknown unit "kmx"');
    expect(r.stderr).toContain("… and 129,950 more problems");
  }, 180_000);
});
