/**
 * Random datasets: valid ones survive export → validate → load unchanged and every command reads
 * them; broken ones (one random mutation of a valid one, random JSON, random bytes) get problems,
 * never a crash, and never change an object's prototype.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { DatasetFile } from "../../src/dataset/schema.js";
import { run } from "../helpers/cli.js";
import { writeTemp } from "../helpers/files.js";
import { type DataFile, dataFile, invalidFor, params, RUNS } from "./arbitraries.js";

let n = 0;
/** A fresh file name for each case, so that a failure can be replayed from its file. */
const fresh = (what: string) => `property/${what}-${process.pid}-${n++}.json`;

function expectCleanFailure(r: { code: number; stdout: string; stderr: string }): void {
  expect(r.code).toBe(1);
  expect(r.stdout).toBe("");
  expect(r.stderr).not.toContain("internal error");
  for (const line of r.stderr.trimEnd().split("\n")) expect(line).toMatch(/^(jjj|hint): /);
}

describe(`random valid datasets (${RUNS} runs)`, () => {
  it("survive export --as-data → validate → load unchanged", async () => {
    await fc.assert(
      fc.asyncProperty(dataFile, async (data) => {
        const file = writeTemp(fresh("valid"), data);
        const values = data.facts.reduce((k, f) => k + ((f.values as unknown[] | undefined)?.length ?? 0), 0);
        const plural = (k: number, one: string) => `${k} ${one}${k === 1 ? "" : "s"}`;
        expect(await run(["validate", "--data-only", file])).toEqual({
          code: 0,
          stdout: `${file}: ok — ${plural(data.themes.length, "theme")}, ${plural(data.facts.length, "fact")}, ${plural(values, "value")}\n`,
          stderr: "",
        });
        const first = await run(["export", "--as-data", "--data-only", "--data", file]);
        expect(first.code).toBe(0);
        // What was written is what is loaded: the file through the schema (defaults filled in).
        expect(JSON.parse(first.stdout)).toEqual(DatasetFile.parse(data));
        const again = writeTemp(fresh("exported"), first.stdout);
        expect((await run(["validate", "--data-only", again])).code).toBe(0);
        const second = await run(["export", "--as-data", "--data-only", "--data", again]);
        expect(second).toEqual(first);
      }),
      params(),
    );
  }, 600000);

  it("are read by every command, in every format", async () => {
    const commands = [
      ["facts"],
      ["compare"],
      ["compare", "--from", "2000", "--to", "2035"],
      ["timeline"],
      ["themes"],
      ["sources"],
      ["search", "a"],
      ["export"],
      ["chart"],
    ];
    await fc.assert(
      fc.asyncProperty(
        dataFile,
        fc.constantFrom(...commands),
        fc.constantFrom("table", "json", "ndjson", "csv", "tsv", "md"),
        fc.constantFrom("zh", "en"),
        async (data, command, format, lang) => {
          const file = writeTemp(fresh("read"), data);
          const r = await run([...command, "--data-only", "--data", file, "--format", format, "--lang", lang]);
          expect(r.stderr).not.toContain("internal error");
          // compare --chart and a few documents refuse flat formats; everything else succeeds.
          expect(r.code).toBe(0);
          if (r.stdout !== "") expect(invalidFor(format, r.stdout)).toBeUndefined();
        },
      ),
      params(),
    );
  }, 600000);

  it("chart each of their quantities that has yearly values", async () => {
    await fc.assert(
      fc.asyncProperty(dataFile, fc.boolean(), async (data, asJson) => {
        const file = writeTemp(fresh("chart"), data);
        const ids = data.facts.filter((f) => f.kind === "quantity").map((f) => f.id as string);
        for (const id of ids) {
          const r = await run(["chart", id, "--data-only", "--data", file, ...(asJson ? ["--json"] : [])]);
          expect(r.stderr).not.toContain("internal error");
          expect([0, 2]).toContain(r.code);
          if (r.code === 0 && asJson) JSON.parse(r.stdout);
          if (r.code !== 0) expect(r.stdout).toBe("");
        }
      }),
      params(Math.max(1, Math.round(RUNS / 4))),
    );
  }, 600000);
});

/** One random way to break a valid data file. */
const mutation: fc.Arbitrary<(d: DataFile) => unknown> = fc.oneof(
  fc.constantFrom(
    // A required field left out.
    (d: DataFile) => ({ ...d, themes: d.themes.map(({ name: _, ...t }) => t) }),
    // A wrong type.
    (d: DataFile) => ({ ...d, sources: d.sources.map((s) => ({ ...s, title: "a title" })) }),
    // Unknown units and years out of range.
    (d: DataFile) => ({ ...d, facts: [...d.facts, { ...quantityOf(d), unit: "furlongs" }] }),
    (d: DataFile) => ({
      ...d,
      facts: [
        ...d.facts,
        { ...quantityOf(d), values: [{ value: 1, stated: "1", year: 1999, source: { ref: d.sources[0]?.id } }] },
      ],
    }),
    // A negative count, NaN and Infinity as they reach jjj (as null or as text).
    (d: DataFile) => ({
      ...d,
      facts: [
        ...d.facts,
        {
          ...quantityOf(d),
          unit: "count",
          values: [{ value: -1, stated: "-1", year: 2020, source: { ref: d.sources[0]?.id } }],
        },
      ],
    }),
    // Duplicate ids, in every kind.
    (d: DataFile) => ({ ...d, sources: [...d.sources, ...d.sources] }),
    (d: DataFile) => ({ ...d, themes: [...d.themes, { ...(d.themes[0] as object), order: 99 }] }),
    (d: DataFile) => ({ ...d, facts: [...d.facts, quantityOf(d), quantityOf(d)] }),
    // References to things that do not exist.
    (d: DataFile) => ({ ...d, facts: [...d.facts, { ...quantityOf(d), theme: "no-such-theme" }] }),
    (d: DataFile) => ({ ...d, facts: [...d.facts, { ...quantityOf(d), related: ["no-such-fact"] }] }),
    (d: DataFile) => ({
      ...d,
      places: [...d.places, { id: "place-x", name: { zh: "x", en: "x" }, kind: "city", within: "nowhere" }],
    }),
  ),
  // A forbidden key, anywhere.
  fc
    .tuple(fc.constantFrom("__proto__", "constructor", "prototype"), fc.constantFrom("top", "source", "fact", "text"))
    .map(
      ([key, where]) =>
        (d: DataFile) =>
          withKey(d, key, where),
    ),
  // An unknown key.
  fc.stringMatching(/^[a-z]{1,8}$/).map((key) => (d: DataFile) => ({ ...d, [`x${key}`]: true })),
);

/** A quantity fact that is valid in `d`, to change. */
function quantityOf(d: DataFile): Record<string, unknown> {
  return {
    id: "fact-added",
    kind: "quantity",
    theme: d.themes[0]?.id,
    label: { zh: "加", en: "added" },
    explanation: { zh: "加", en: "added" },
    place: d.places[0]?.id,
    unit: "percent",
    values: [],
  };
}

/** The data file's JSON text with `"key": {"polluted": "yes"}` added at one place. */
function withKey(d: DataFile, key: string, where: string): string {
  const json = JSON.stringify(d);
  const bad = `"${key}": {"polluted": "yes"}`;
  switch (where) {
    case "top":
      return `{${bad}, ${json.slice(1)}`;
    case "source":
      return json.replace('"sources":[{', `"sources":[{${bad},`);
    case "text":
      return json.replace('"title":{', `"title":{${bad},`);
    default:
      return `{${bad}, ${json.slice(1)}`.replace('"facts":[', `"facts":[{${bad}},`);
  }
}

describe(`random broken datasets (${RUNS} runs)`, () => {
  it("one mutation of a valid file: exit 1, every problem with a fix, no prototype changed", async () => {
    await fc.assert(
      fc.asyncProperty(dataFile, mutation, fc.boolean(), async (data, mutate, merged) => {
        const broken = mutate(data);
        const file = writeTemp(fresh("broken"), broken);
        // --data-only, or merged onto the bundled data (where the ids are new, so the problem stays).
        const r = await run(["validate", ...(merged ? [] : ["--data-only"]), file]);
        expectCleanFailure(r);
        expect(r.stderr).toContain(`jjj: ${file}`);
        const problems = r.stderr.split("\n").filter((l) => l.startsWith("jjj: "));
        const hints = r.stderr.split("\n").filter((l) => l.startsWith("hint: "));
        expect(hints).toHaveLength(problems.length);
        const used = await run(["facts", "--data-only", "--data", file]);
        expectCleanFailure(used);
        expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      }),
      params(),
    );
  }, 600000);

  it("random JSON: valid or refused, never a crash", async () => {
    await fc.assert(
      fc.asyncProperty(fc.jsonValue({ maxDepth: 4 }), async (value) => {
        const file = writeTemp(fresh("json"), JSON.stringify(value));
        const r = await run(["validate", "--data-only", file]);
        expect(r.stderr).not.toContain("internal error");
        expect([0, 1]).toContain(r.code);
        if (r.code === 1) expectCleanFailure(r);
        expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      }),
      params(),
    );
  }, 600000);

  it("random bytes and text: refused with a reason, never a crash", async () => {
    const content = fc.oneof(
      fc.uint8Array({ maxLength: 200 }),
      fc.string({ maxLength: 200, unit: "binary" }),
      fc.constantFrom("{", "[", '{"facts": [', "\u0000", "{}{}", "null", '"text"', "1e400", "[[[[[[[[[["),
    );
    await fc.assert(
      fc.asyncProperty(content, async (bytes) => {
        const file = writeTemp(fresh("bytes"), bytes);
        const r = await run(["validate", "--data-only", file]);
        expect(r.stderr).not.toContain("internal error");
        expect([0, 1]).toContain(r.code);
        if (r.code === 1) expectCleanFailure(r);
      }),
      params(),
    );
  }, 600000);
});
