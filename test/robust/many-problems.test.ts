import { symlinkSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { run } from "../helpers/cli.js";
import { tempDir, userFile, writeTemp } from "../helpers/files.js";

describe("validate at scale and at the edges of files", () => {
  it("counts 2,000 wrong entries, listing the first 50 (130,000 in npm run test:scale)", async () => {
    const path = writeTemp("many.json", JSON.stringify({ facts: new Array(2_000).fill(1) }));
    const r = await run(["validate", path]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("facts[0]: facts[0] must be an object");
    expect(r.stderr).toContain("… and 1,950 more problems");
    expect(r.stderr.split("\n").filter((l) => l.startsWith("jjj: ")).length).toBe(51);
    const json = await run(["validate", "--json", path]);
    expect(json.code).toBe(1);
    expect(JSON.parse(json.stdout)).toHaveLength(2_000);
  });

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
