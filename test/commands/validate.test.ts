import { describe, expect, it } from "vitest";
import { run } from "../helpers/cli.js";
import { userFact, userFile, writeTemp } from "../helpers/files.js";

/** Lines of stderr: each problem ("jjj: …") is followed by its fix ("hint: …"). */
function problems(stderr: string): { problem: string; hint: string }[] {
  const lines = stderr.trimEnd().split("\n");
  const out: { problem: string; hint: string }[] = [];
  for (let i = 0; i < lines.length; i += 2) out.push({ problem: lines[i] ?? "", hint: lines[i + 1] ?? "" });
  return out;
}

describe("jjj validate", () => {
  it("prints one line per valid file: its themes, facts and values", async () => {
    const r = await run(["validate", "examples/my-figures.json"]);
    expect(r).toEqual({ code: 0, stdout: "examples/my-figures.json: ok — 0 themes, 1 fact, 3 values\n", stderr: "" });
  });

  it("says the same in Chinese", async () => {
    const r = await run(["validate", "examples/my-figures.json", "--lang", "zh"]);
    expect(r.stdout).toBe("examples/my-figures.json：通过——0 个主题，1 个事实，3 个数值\n");
  });

  it("checks several files together, as a run loads them", async () => {
    const a = writeTemp("validate/a.json", userFile());
    const b = writeTemp("validate/b.json", { facts: [userFact("my-pm25-b")] });
    const r = await run(["validate", a, b]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(`${a}: ok — 0 themes, 1 fact, 2 values\n${b}: ok — 0 themes, 1 fact, 2 values\n`);
  });

  it("lists every problem of a broken file, each with a fix, and prints nothing to stdout", async () => {
    const file = writeTemp(
      "validate/broken.json",
      userFile([
        userFact("my-pm25", { unit: "ug-m3" }),
        userFact("my-other", {
          theme: "ecolgy",
          values: [{ value: 30, stated: "30", year: 1999, source: { ref: "my-bulletin" } }],
        }),
        userFact("pm25"),
      ]),
    );
    const r = await run(["validate", file]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe("");
    const found = problems(r.stderr);
    expect(found).toEqual([
      {
        problem: `jjj: ${file}: facts[0].unit: unknown unit "ug-m3"`,
        hint: expect.stringMatching(/^hint: did you mean "ug-per-m3"\? the units are percent, ug-per-m3, km/),
      },
      {
        problem: `jjj: ${file}: facts[1].values[0].year: the year 1999 is out of range`,
        hint: "hint: a year must be from 2000 to 2035",
      },
      {
        problem: `jjj: ${file}: facts[2].id: duplicate fact id "pm25": already defined in data/article.json at facts[15].id`,
        hint: 'hint: choose another id: "pm25" is one of jjj\'s own facts (`jjj facts` lists them)',
      },
      {
        problem: `jjj: ${file}: facts[1].theme: unknown theme "ecolgy"`,
        hint: expect.stringMatching(/^hint: did you mean "ecology"\? the themes are function-relief, /),
      },
    ]);
  });

  it("gives the line and column of a JSON syntax error", async () => {
    const file = writeTemp("validate/syntax.json", '{\n  "facts": [\n    {"id": "a",}\n  ]\n}\n');
    const r = await run(["validate", file]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe("");
    expect(r.stderr).toBe(
      `jjj: ${file}:3:16: not valid JSON: a "quoted" property name is expected here (a trailing comma before } is not allowed)\n` +
        "hint: put property names in double quotes, and remove a comma before }\n",
    );
  });

  it("--json prints the problems as records, with exit code 1", async () => {
    const file = writeTemp("validate/json.json", userFile([userFact("my-pm25", { unit: "ug-m3" })]));
    const r = await run(["validate", file, "--json"]);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe("");
    expect(JSON.parse(r.stdout)).toEqual([
      {
        file,
        line: null,
        column: null,
        path: "facts[0].unit",
        message: 'unknown unit "ug-m3"',
        fix: expect.stringContaining('did you mean "ug-per-m3"?'),
      },
    ]);
  });

  it("--json gives the line and column of a syntax error", async () => {
    const file = writeTemp("validate/json-syntax.json", '{"facts": [1,]}');
    const records = JSON.parse((await run(["validate", file, "--json"])).stdout);
    expect(records).toEqual([expect.objectContaining({ file, line: 1, column: 14, path: null })]);
  });

  it("--json prints [] for valid files", async () => {
    expect(await run(["validate", "examples/my-figures.json", "--json"])).toEqual({
      code: 0,
      stdout: "[]\n",
      stderr: "",
    });
  });

  it("with --data-only, checks the files on their own: the bundled themes and places are not there", async () => {
    const r = await run(["validate", "--data-only", "examples/my-figures.json"]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe("");
    expect(r.stderr).toContain('jjj: examples/my-figures.json: places[0].within: unknown place "beijing"');
    expect(r.stderr).toContain('jjj: examples/my-figures.json: facts[0].theme: unknown theme "ecology"');
    expect(r.stderr).toContain("files loaded with --data-only define their own themes, places and sources");
  });

  it("checks the files of JJJ_DATA with the given ones, naming both files of a conflict", async () => {
    const a = writeTemp("validate/env-a.json", userFile());
    const b = writeTemp("validate/env-b.json", userFile([userFact("my-pm25-2")]));
    const r = await run(["validate", b], { env: { JJJ_DATA: a } });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(
      `jjj: ${b}: sources[0].id: duplicate source id "my-bulletin": already defined in ${a} at sources[0].id`,
    );
    expect(r.stderr).toContain("hint: rename one of them: ids must be unique across all files");
  });

  it("does not load the dataset for itself: a broken --data file is reported as one of the files checked", async () => {
    const bad = writeTemp("validate/empty.json", "");
    const r = await run(["validate", "examples/my-figures.json", "--data", bad]);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(
      `jjj: ${bad}: is empty\nhint: a data file is one JSON object; the smallest is {} and a useful one {"facts": [ … ]}\n`,
    );
  });

  it("needs at least one file (exit 2)", async () => {
    const r = await run(["validate"]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toContain("missing the required argument <file>");
  });
});
