import { readFileSync } from "node:fs";
import { Ajv2020, type ValidateFunction } from "ajv/dist/2020.js";
import { describe, expect, it } from "vitest";
import { CONTRACT_NAMES } from "../src/contract/catalog.js";
import { contractFields } from "../src/contract/fields.js";
import { contractJsonSchema } from "../src/contract/index.js";
import { bundledDataset } from "../src/dataset/bundled.js";
import { points } from "../src/query/points.js";
import { writeTemp } from "./helpers/files.js";
import { jjj, jjjJson } from "./helpers.js";

/** The JSON Schema as `jjj schema <name>` publishes it. */
async function published(name: string): Promise<Record<string, unknown>> {
  return jjjJson<Record<string, unknown>>(["schema", name]);
}

function compile(schema: Record<string, unknown>): ValidateFunction {
  // An independent validator, strict about the schema itself.
  return new Ajv2020({ allErrors: true, strict: true }).compile(schema);
}

function expectValid(validate: ValidateFunction, value: unknown): void {
  const ok = validate(value);
  expect(validate.errors ?? [], JSON.stringify(validate.errors?.slice(0, 3), null, 2)).toEqual([]);
  expect(ok).toBe(true);
}

/** Every contract, with real commands whose JSON output it describes. */
const CASES: Record<string, string[][]> = {
  overview: [["--json"], ["--json", "--lang", "zh"]],
  themes: [["themes", "--json"]],
  facts: [
    ["facts", "--json"],
    ["facts", "--json", "--article-only"],
    ["facts", "--json", "--data", "examples/my-figures.json"],
  ],
  show: [
    ["show", "pm25", "--json"],
    ["show", "strategy-launch", "--json"],
    ["show", "pm25-hebei", "--json"],
  ],
  "show-source": [
    ["show", "pm25", "--source", "--json"],
    ["show", "pm25-hebei", "--source", "--json"],
    ["show", "government-moves-to-sub-centre", "--source", "--json"],
  ],
  compare: [
    ["compare", "--json"],
    ["compare", "--json", "--from", "2015", "--to", "2019"],
    ["compare", "--json", "--from", "2021", "--to", "2023", "--data", "examples/my-figures.json"],
  ],
  search: [
    ["search", "医保", "--json"],
    ["search", "PM2.5", "--json"],
    ["search", "poverty", "--json"],
    ["search", "zzzz", "--json"],
  ],
  timeline: [
    ["timeline", "--json"],
    ["timeline", "--json", "--data", "examples/my-figures.json"],
  ],
  export: [
    ["export", "--json"],
    ["export", "--json", "--data", "examples/my-figures.json"],
  ],
  quiz: [
    ["quiz", "--json", "--seed", "7"],
    ["quiz", "--json", "--seed", "1", "--count", "50"],
    ["quiz", "--json", "--seed", "2", "--theme", "ecology", "--count", "20"],
  ],
  schema: [["schema", "--json"]],
  sources: [
    ["sources", "--json"],
    ["sources", "--json", "--data", "examples/my-figures.json"],
  ],
  "chart-list": [["chart", "--json"]],
  chart: [
    ["chart", "pm25", "--json"],
    ["chart", "pm25-beijing", "tech-contracts-official", "--index", "--json"],
  ],
  "chart-bars": [
    ["chart", "medical-pilot-institutions", "hebei-medical-pilot-institutions", "--bars", "--json"],
    ["chart", "pm25-beijing", "--bars", "--json"],
    ["chart", "backbone-road-network", "--bars", "--json"],
  ],
};

describe("the published contracts", () => {
  it("`jjj schema` lists every contract", async () => {
    const list = await jjjJson<{ name: string; output: string }[]>(["schema", "--json"]);
    expect(list.map((s) => s.name)).toEqual(CONTRACT_NAMES);
  });

  for (const [name, runs] of Object.entries(CASES)) {
    it(`real output of ${runs.map((r) => `\`jjj ${r.join(" ")}\``).join(", ")} validates against \`jjj schema ${name}\``, async () => {
      const open = compile(await published(name));
      const closed = compile(contractJsonSchema(name as (typeof CONTRACT_NAMES)[number], { strict: true }));
      for (const argv of runs) {
        const output = await jjjJson(argv);
        expectValid(open, output);
        // The closed schema rejects any field the contract does not document.
        expectValid(closed, output);
      }
    });
  }

  it("every row of `jjj export --format ndjson` validates against `jjj schema export-rows`", async () => {
    const schema = (await published("export-rows")) as { items: Record<string, unknown> };
    const validate = compile({ $schema: "https://json-schema.org/draft/2020-12/schema", ...schema.items });
    const r = await jjj(["export", "--format", "ndjson"]);
    const rows = r.stdout
      .trimEnd()
      .split("\n")
      .map((l) => JSON.parse(l));
    // One row per value (stated or derived), stated change and event.
    const { facts } = bundledDataset();
    const expected = facts.reduce(
      (n, f) => n + (f.kind === "event" ? 1 : points(f).length + (f.changes?.length ?? 0)),
      0,
    );
    expect(rows).toHaveLength(expected);
    for (const row of rows) expectValid(validate, row);
    const both = compile(await published("export-rows"));
    expectValid(both, rows);
  });

  it("real output of `jjj validate --json` on a broken file validates against `jjj schema validate`", async () => {
    const open = compile(await published("validate"));
    const closed = compile(contractJsonSchema("validate", { strict: true }));
    const file = writeTemp(
      "contract/broken.json",
      '{"facts": [{"id": "x", "kind": "quantity", "unit": "furlongs", "values": [{"value": "4"}]}]}',
    );
    const syntax = writeTemp("contract/syntax.json", '{"facts": [1,]}');
    for (const argv of [
      ["validate", file, "--json"],
      ["validate", syntax, "--json", "--lang", "zh"],
    ]) {
      const r = await jjj(argv);
      expect(r.code).toBe(1);
      const records = JSON.parse(r.stdout) as unknown[];
      expect(records.length).toBeGreaterThan(0);
      expectValid(open, records);
      expectValid(closed, records);
    }
  });

  it("the bundled data files and the example validate against `jjj schema dataset`", async () => {
    const validate = compile(await published("dataset"));
    for (const file of ["data/article.json", "data/supplement.json", "examples/my-figures.json"]) {
      expectValid(validate, JSON.parse(readFileSync(file, "utf8")));
    }
  });

  it("published schemas are open (fields may be added), and say so", async () => {
    const schema = await published("compare");
    expect(JSON.stringify(schema)).not.toContain('"additionalProperties":false');
    expect(schema.description).toContain("fields may be added, never renamed or removed");
    // An added field passes the published schema, and fails the closed one the tests use.
    const rows = await jjjJson<Record<string, unknown>[]>(["compare", "--json"]);
    const extended = rows.map((r) => ({ ...r, addedLater: 1 }));
    expect(compile(schema)(extended)).toBe(true);
    expect(compile(contractJsonSchema("compare", { strict: true }))(extended)).toBe(false);
  });

  it("--fields accepts the field paths of the zod schemas", () => {
    expect(contractFields("compare")).toContain("change.relative");
    expect(contractFields("facts")).toContain("label.zh");
    expect(contractFields("dataset")).toBeUndefined();
  });

  it("an unknown schema name is a usage error with a did-you-mean", async () => {
    const r = await jjj(["schema", "compar"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('unknown schema "compar"');
    expect(r.stderr).toContain('did you mean "compare"');
  });
});
