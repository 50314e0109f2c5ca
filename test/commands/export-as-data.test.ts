import { describe, expect, it } from "vitest";
import { run } from "../helpers/cli.js";
import { writeTemp } from "../helpers/files.js";

describe("jjj export --as-data", () => {
  it("prints the bundled data as one data file that loads back unchanged with --data-only", async () => {
    const first = await run(["export", "--as-data"]);
    expect(first.code).toBe(0);
    expect(first.stderr).toBe("");
    const file = writeTemp("as-data/bundled.json", first.stdout);
    expect(await run(["validate", "--data-only", file])).toEqual({
      code: 0,
      stdout: `${file}: ok — 9 themes, 46 facts, 59 values\n`,
      stderr: "",
    });
    const again = await run(["export", "--as-data", "--data-only", "--data", file]);
    expect(again.stdout).toBe(first.stdout);
  });

  it("merges your files and the bundled data into one file, your facts in the user layer", async () => {
    const merged = await run(["export", "--as-data", "--data", "examples/my-figures.json"]);
    const data = JSON.parse(merged.stdout) as { facts: { id: string; layer: string }[] };
    expect(data.facts.find((f) => f.id === "my-pm25")?.layer).toBe("user");
    expect(data.facts.find((f) => f.id === "pm25")?.layer).toBe("article");
    const file = writeTemp("as-data/merged.json", merged.stdout);
    const again = await run(["export", "--as-data", "--data-only", "--data", file]);
    expect(again.stdout).toBe(merged.stdout);
  });

  it("refuses a flat format and --fields (exit 2), printing nothing", async () => {
    const csv = await run(["export", "--as-data", "--format", "csv"]);
    expect(csv).toMatchObject({ code: 2, stdout: "" });
    expect(csv.stderr).toContain("--as-data prints a data file (JSON): --format csv does not apply");
    const fields = await run(["export", "--as-data", "--fields", "id"]);
    expect(fields).toMatchObject({ code: 2, stdout: "" });
    expect(fields.stderr).toContain("--fields does not apply");
  });
});
