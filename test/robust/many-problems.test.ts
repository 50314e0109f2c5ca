import { symlinkSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { run } from "../helpers/cli.js";
import { tempDir, userFact, userFile, writeTemp } from "../helpers/files.js";

describe("validate at scale and at the edges of files", () => {
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

  it("gives a whitespace-only file its own hint, not a trailing comma's", async () => {
    const path = writeTemp("blank.json", "  \n\t\n");
    const r = await run(["validate", path]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("blank.json: holds only white space, no JSON");
    expect(r.stderr).not.toContain("comma");
  });

  it("reads a file that stats as size 0 but has content, such as /proc/self/status", async () => {
    const r = await run(["validate", "/proc/self/status"]);
    expect(r.code).toBe(1);
    expect(r.stderr).not.toContain("is empty");
    expect(r.stderr).toContain("/proc/self/status:1:1: not valid JSON");
  });

  it("reads the same file given twice (JJJ_DATA and an argument, or a symlink) once", async () => {
    const path = writeTemp("twice.json", userFile());
    const link = join(tempDir(), "twice-link.json");
    symlinkSync(path, link);
    const r = await run(["validate", path, link], { env: { JJJ_DATA: path } });
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    const show = await run(["show", "my-pm25", "--data", link], { env: { JJJ_DATA: path } });
    expect(show.stderr).toBe("");
    expect(show.code).toBe(0);
  });
});
