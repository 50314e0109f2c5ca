/**
 * Random combinations of real commands, options and values (good, bad and absurd): jjj never
 * throws, never exits with a code outside 0/1/2, never reports an internal error, prints nothing
 * on standard output when it fails, and what it prints is valid for its format (JSON output of
 * the published contracts matches them).
 */
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import stringWidth from "string-width";
import { beforeAll, describe, expect, it } from "vitest";
import { CONTRACTS, type ContractName } from "../../src/contract/catalog.js";
import { SCHEMAS } from "../../src/contract/index.js";
import { bundledDataset } from "../../src/dataset/bundled.js";
import { DatasetFile } from "../../src/dataset/schema.js";
import { run } from "../helpers/cli.js";
import { tempDir, userFact, userFile, writeTemp } from "../helpers/files.js";
import { invalidFor, params, RUNS } from "./arbitraries.js";

const files: Record<string, string> = {};

beforeAll(() => {
  files.example = "examples/my-figures.json";
  files.user = writeTemp(
    "property/user.json",
    userFile([userFact("my-pm25"), userFact("my-other", { theme: "ecology" })]),
  );
  files.broken = writeTemp("property/broken.json", userFile([userFact("my-pm25", { unit: "furlongs" })]));
  files.syntax = writeTemp("property/syntax.json", '{"facts": [1,]}');
  files.empty = writeTemp("property/empty.json", "");
  files.missing = join(tempDir(), "property", "missing.json");
  files.directory = join(tempDir(), "property", "a-directory");
  mkdirSync(files.directory, { recursive: true });
});

const { themes, facts } = bundledDataset();
const junk = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.constantFrom("", "-", "--", "-x", "--x", "—", "\u0000", "constructor", "__proto__", "--help", "-h", "--version"),
);
const themeId = fc.oneof(fc.constantFrom(...themes.map((t) => t.id)), fc.constantFrom("ecolgy", "ECOLOGY", ""), junk);
const factId = fc.oneof(
  fc.constantFrom(...facts.map((f) => f.id)),
  fc.constantFrom("pm2.5", "PM25", "my-pm25", "constructor", "pm"),
  junk,
);
const year = fc.oneof(
  fc.integer({ min: 1990, max: 2040 }).map(String),
  fc.constantFrom("abc", "", "2014.5", "-1", "1e3", "２０１４", " 2014"),
);
const number = fc.oneof(fc.integer({ min: -5, max: 1200 }).map(String), fc.constantFrom("abc", "", "80.5", "1e2"));
const format = fc.constantFrom("table", "json", "ndjson", "csv", "tsv", "md", "xml");
const fieldList = fc.oneof(
  fc
    .subarray(["id", "label", "label.en", "to.value", "theme", "name", "file", "message", "year"], { minLength: 1 })
    .map((xs) => xs.join(",")),
  junk,
);
const dataFile = fc
  .constantFrom("example", "user", "broken", "syntax", "empty", "missing", "directory")
  .map((k) => files[k] ?? k);

const option: fc.Arbitrary<readonly string[]> = fc.oneof(
  fc.tuple(fc.constant("--lang"), fc.oneof(fc.constantFrom("zh", "en"), junk)),
  fc.tuple(fc.constant("--format"), format),
  fc.constant(["--json"]),
  fc.tuple(fc.constant("--fields"), fieldList),
  fc.constant(["--article-only"]),
  fc.tuple(fc.constant("--color"), fc.constantFrom("auto", "always", "never", "sometimes")),
  fc.constant(["--no-color"]),
  fc.constant(["--ascii"]),
  fc.tuple(fc.constant("--width"), number),
  fc.tuple(fc.constant("--theme"), themeId),
  fc.tuple(fc.constant("--from"), year),
  fc.tuple(fc.constant("--to"), year),
  fc.constantFrom(["--bars"], ["--index"], ["--source"], ["--chart"], ["--as-data"], ["--data-only"]),
  fc.tuple(fc.constant("--height"), number),
  fc.tuple(fc.constant("--data"), dataFile),
  junk.map((j) => [j]),
);

const command: fc.Arbitrary<readonly string[]> = fc.oneof(
  fc.constantFrom(
    [],
    ["themes"],
    ["facts"],
    ["compare"],
    ["chart"],
    ["sources"],
    ["timeline"],
    ["export"],
    ["schema"],
    ["help"],
  ),
  fc.tuple(fc.constant("show"), factId),
  fc.tuple(fc.constant("chart"), factId),
  fc.tuple(fc.constant("chart"), factId, factId),
  fc.tuple(fc.constant("search"), fc.oneof(fc.constantFrom("PM2.5", "医保", "poverty", "京津冀"), junk)),
  fc.tuple(fc.constant("schema"), fc.oneof(fc.constantFrom(...(Object.keys(CONTRACTS) as string[])), junk)),
  fc.tuple(fc.constant("validate"), dataFile),
  fc.tuple(fc.constant("completion"), fc.oneof(fc.constantFrom("bash", "zsh", "fish"), junk)),
  fc.tuple(fc.constant("help"), fc.oneof(fc.constantFrom("compare", "exit-codes", "formatting", "environment"), junk)),
  junk.map((j) => [j]),
);

const argvs = fc.tuple(command, fc.array(option, { maxLength: 5 })).map(([c, opts]) => [...c, ...opts.flat()]);

const LISTINGS = ["themes", "facts", "compare", "timeline", "sources", "search", "export"];

/** The value of the last `--name value` in argv (commander keeps the last). */
function last(argv: readonly string[], name: string): string | undefined {
  const i = argv.lastIndexOf(name);
  return i >= 0 ? argv[i + 1] : undefined;
}

/** The JSON contract that output of argv must match, when it is a plain listing or document. */
function contractOf(argv: readonly string[]): ContractName | "dataset" | undefined {
  if (argv.includes("--fields") || argv.includes("--help") || argv.includes("-h") || argv.includes("--version")) {
    return undefined;
  }
  const [name, arg] = argv;
  switch (name) {
    case undefined:
      return "overview";
    case "themes":
    case "facts":
    case "search":
    case "timeline":
    case "validate":
      return name;
    case "show":
      return argv.includes("--source") ? "show-source" : "show";
    case "compare":
      return argv.includes("--chart") ? undefined : "compare";
    case "export":
      return argv.includes("--as-data") ? "dataset" : "export";
    case "schema":
      return arg === undefined || arg.startsWith("-") ? "schema" : undefined;
    default:
      return undefined;
  }
}

describe(`random command lines (${RUNS} runs; JJJ_PROPERTY_RUNS for more)`, () => {
  it("never crash, exit 0/1/2, print nothing on failure, and print valid output", async () => {
    await fc.assert(
      fc.asyncProperty(argvs, async (argv) => {
        const r = await run(argv, { columns: 80 });
        expect([0, 1, 2]).toContain(r.code);
        expect(r.stderr).not.toContain("internal error");
        // validate with a flat format prints its problems as records, and fails with them.
        const records = argv[0] === "validate" && r.code === 1 && r.stdout !== "";
        if (r.code !== 0 && !records) {
          expect(r.stdout).toBe("");
          return;
        }
        if (r.stdout === "") return;
        const fmt = argv.includes("--json") ? "json" : (last(argv, "--format") ?? "table");
        const helpOrText =
          argv.some((a) => a === "--help" || a === "-h" || a === "--version" || a === "-V") ||
          ["help", "completion"].includes(argv[0] ?? "");
        if (helpOrText || argv.includes("--as-data")) {
          expect(r.stdout.endsWith("\n")).toBe(true);
          if (argv.includes("--as-data") && !helpOrText) DatasetFile.parse(JSON.parse(r.stdout));
          return;
        }
        expect(invalidFor(fmt, r.stdout)).toBeUndefined();
        // A listing's table fits the width it was given (or 80).
        if (fmt === "table" && LISTINGS.includes(argv[0] ?? "")) {
          const width = Number(last(argv, "--width") ?? 80);
          expect(r.stdout.split("\n").find((line) => stringWidth(line) > width)).toBeUndefined();
        }
        const contract = contractOf(argv);
        if (fmt === "json" && contract && contract !== "dataset") {
          const value = JSON.parse(r.stdout);
          const schema = SCHEMAS[contract];
          if (CONTRACTS[contract].output === "array") for (const item of value) schema.parse(item);
          else schema.parse(value);
        }
      }),
      params(),
    );
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  }, 600000);
});
