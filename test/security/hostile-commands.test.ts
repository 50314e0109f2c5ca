/**
 * Every command over every hostile data file (test/helpers/hostile.ts): a data file can't hurt the
 * person reading what jjj prints. Each run ends with exit 0, or with an error and exit 1 (2 for
 * usage); with `--color never` nothing on stdout or stderr is a control character (a newline
 * aside, and a tab in TSV); no NaN or Infinity is printed; JSON output matches its published
 * schema. Runs are in-process for speed, each with a time bound; a few run the built binary with a
 * hard time limit, where a number at the edge once made Node loop until it crashed.
 */
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { Ajv2020, type ValidateFunction } from "ajv/dist/2020.js";
import { describe, expect, it } from "vitest";
import { memoryIo } from "../../src/cli/io.js";
import type { ContractName } from "../../src/contract/catalog.js";
import { contractJsonSchema } from "../../src/contract/index.js";
import { main } from "../../src/main.js";
import { tempDir } from "../helpers/files.js";
import { type HostileFile, writeHostileFiles } from "../helpers/hostile.js";
import { BIN, cleanEnv, ROOT } from "../helpers.js";

const files = writeHostileFiles(join(tempDir(), "hostile-commands"));

/** Any character the output filter must have made visible: C0 but newline, DEL, C1, bidi, zero width. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point.
const CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u00ad\u061c\u200b-\u200f\u2028-\u202e\u2060-\u206f\ufeff]/;
const CONTROL_BUT_TAB =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: the same, a tab allowed (TSV).
  /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u00ad\u061c\u200b-\u200f\u2028-\u202e\u2060-\u206f\ufeff]/;

/** The ids a file's commands name: its quantity, its event and its theme (as written, valid or not). */
function ids(f: HostileFile): { quantity: string; event: string; theme: string } {
  try {
    const data = JSON.parse(f.text) as { facts: { id: string }[]; themes: { id: string }[] };
    return {
      quantity: data.facts[0]?.id ?? "h-quantity",
      event: data.facts[1]?.id ?? "h-event",
      theme: data.themes[0]?.id ?? "h-theme",
    };
  } catch {
    return { quantity: "h-quantity", event: "h-event", theme: "h-theme" };
  }
}

interface Case {
  argv: string[];
  /** The contract its JSON output follows; "export-rows/ndjson" for one record a line. */
  contract?: ContractName | "export-rows/ndjson";
  stdin?: string;
}

/** Every command of the registry, in each of its kinds of output, for one file. */
function cases(f: HostileFile & { path: string }): Case[] {
  const { quantity, event, theme } = ids(f);
  const list: Case[] = [
    { argv: [] },
    { argv: ["--json"], contract: "overview" },
    { argv: ["themes"] },
    { argv: ["themes", "--json"], contract: "themes" },
    { argv: ["facts"] },
    { argv: ["facts", "--json"], contract: "facts" },
    { argv: ["facts", "--format", "md"] },
    { argv: ["facts", "--format", "csv"] },
    { argv: ["facts", "--format", "tsv"] },
    { argv: ["facts", "--format", "ndjson"] },
    { argv: ["show", quantity] },
    { argv: ["show", quantity, "--json"], contract: "show" },
    { argv: ["show", event] },
    { argv: ["show", event, "--json"], contract: "show" },
    { argv: ["show", quantity, "--source"] },
    { argv: ["show", quantity, "--source", "--json"], contract: "show-source" },
    { argv: ["compare"] },
    { argv: ["compare", "--from", "2020", "--to", "2021"] },
    { argv: ["compare", "--from", "2020", "--to", "2021", "--chart"] },
    { argv: ["compare", "--json"], contract: "compare" },
    { argv: ["compare", "--json", "--from", "2014", "--to", "2021"], contract: "compare" },
    { argv: ["compare", "--format", "md", "--from", "2020", "--to", "2021"] },
    { argv: ["compare", "--format", "csv", "--from", "2020", "--to", "2021"] },
    { argv: ["compare", "--chart"] },
    { argv: ["chart"] },
    { argv: ["chart", "--json"], contract: "chart-list" },
    { argv: ["chart", quantity] },
    { argv: ["chart", quantity, "--json"], contract: "chart" },
    { argv: ["chart", quantity, "--bars"] },
    { argv: ["chart", quantity, "--bars", "--json"], contract: "chart-bars" },
    { argv: ["sources"] },
    { argv: ["sources", "--json"], contract: "sources" },
    { argv: ["search", "a"] },
    { argv: ["search", "a", "--json"], contract: "search" },
    { argv: ["search", "explanation"] },
    { argv: ["timeline"] },
    { argv: ["timeline", "--width", "40"] },
    { argv: ["timeline", "--json"], contract: "timeline" },
    { argv: ["export", "--json"], contract: "export" },
    { argv: ["export", "--format", "ndjson"], contract: "export-rows/ndjson" },
    { argv: ["export", "--format", "csv"] },
    { argv: ["export", "--format", "tsv"] },
    { argv: ["export", "--format", "md"] },
    { argv: ["export", "--format", "md", "--lang", "zh"] },
    { argv: ["export", "--as-data"] },
    { argv: ["present"] },
    { argv: ["present", "--theme", theme] },
    { argv: ["present", "--export", "md"] },
    { argv: ["quiz", "--seed", "1", "--json", "--theme", theme], contract: "quiz" },
    { argv: ["quiz", "--seed", "1", "--format", "md", "--theme", theme] },
    { argv: ["quiz", "--seed", "1", "--theme", theme], stdin: `a\nb\n\u001b]0;PWNED\u0007${"x".repeat(5000)}\nq\n` },
    { argv: ["quiz", "--seed", "1", "--count", "3"], stdin: "1\n2\n3\n" },
    { argv: ["schema"] },
    { argv: ["schema", "facts", "--json"] },
    { argv: ["validate", f.path] },
    { argv: ["validate", f.path, "--json"], contract: "validate" },
    { argv: ["completion", "bash"] },
    { argv: ["help", "show"] },
  ];
  // The file alone (it needs nothing of the bundled data), so that its text is all there is; and the
  // listings again with the bundled data, where its text sits among the real rows.
  const alone = list.map((c) => ({ ...c, argv: [...c.argv, "--data", f.path, "--data-only", "--color", "never"] }));
  const among = list
    .filter((c) => ["", "facts", "compare", "timeline", "themes"].includes(c.argv[0] ?? "") && !c.contract)
    .map((c) => ({ ...c, argv: [...c.argv, "--data", f.path, "--color", "never"] }));
  const all = [...alone, ...among];
  if (f.bad.length === 0) return all;
  // A refused file stops every command at the same place, loading: one run of each command (and
  // validate's JSON) shows that each of them gets there and says so cleanly.
  return all.filter((c, i) => all.findIndex((d) => d.argv[0] === c.argv[0]) === i || c.contract === "validate");
}

const validators = new Map<string, ValidateFunction>();
function validator(name: ContractName | "export-rows/ndjson"): ValidateFunction {
  let v = validators.get(name);
  if (!v) {
    const ajv = new Ajv2020({ allErrors: true, strict: true });
    if (name === "export-rows/ndjson") {
      const schema = contractJsonSchema("export-rows") as { items: Record<string, unknown> };
      v = ajv.compile({ $schema: "https://json-schema.org/draft/2020-12/schema", ...schema.items });
    } else v = ajv.compile(contractJsonSchema(name));
    validators.set(name, v);
  }
  return v;
}

/** One run, in-process; a run that does not end within `ms` fails instead of hanging the suite. */
async function runBounded(c: Case, ms = 5000): Promise<{ code: number; stdout: string; stderr: string }> {
  const io = memoryIo({ isTTY: false, env: {}, stdin: c.stdin });
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`jjj ${c.argv.join(" ")} ran past ${ms} ms`)), ms);
  });
  try {
    const code = await Promise.race([main(c.argv, io), timeout]);
    return { code, stdout: io.stdout(), stderr: io.stderr() };
  } finally {
    clearTimeout(timer);
  }
}

/** What is wrong with one run's output; empty when it is all right. */
function problems(c: Case, r: { code: number; stdout: string; stderr: string }, isValid: boolean): string[] {
  const out: string[] = [];
  const name = `jjj ${c.argv.join(" ")}`;
  const tsv = c.argv.includes("tsv");
  // CSV ends its records with CRLF (RFC 4180): a CR before a newline is the format, not data.
  const csv = c.argv.includes("csv");
  if (![0, 1, 2].includes(r.code)) out.push(`${name}: exit ${r.code}`);
  // On success stderr holds at most notes ("note: only 3 questions can be made …", "Nothing
  // matches."), never an error.
  const errors = r.stderr.split("\n").filter((l) => l.startsWith("jjj: ") || l.includes("rror"));
  if (r.code === 0 && errors.length > 0)
    out.push(`${name}: exit 0 with stderr ${JSON.stringify(r.stderr.slice(0, 200))}`);
  // `validate --json` reports its problems as JSON on stdout, exit 1.
  const jsonProblems = c.contract === "validate" && r.code === 1 && r.stderr === "";
  if (r.code !== 0 && !jsonProblems) {
    const lines = r.stderr.split("\n").filter((l) => l !== "");
    if (!lines[0]?.startsWith("jjj: "))
      out.push(`${name}: exit ${r.code} without "jjj: …" first: ${JSON.stringify(r.stderr.slice(0, 300))}`);
    if (r.stderr.includes("internal error")) out.push(`${name}: ${r.stderr.slice(0, 300)}`);
  }
  // A valid file works with every command (quiz may lack questions, a usage error may not apply).
  if (isValid && r.code === 1 && !c.argv.includes("quiz"))
    out.push(`${name}: exit 1 on a valid file: ${r.stderr.slice(0, 300)}`);
  const ctl = tsv ? CONTROL_BUT_TAB : CONTROL;
  for (const [stream, text] of [
    ["stdout", csv ? r.stdout.replaceAll("\r\n", "\n") : r.stdout],
    ["stderr", r.stderr],
  ] as const) {
    const m = ctl.exec(text);
    if (m) {
      const at = m.index;
      out.push(
        `${name}: ${stream} has U+${m[0].charCodeAt(0).toString(16).padStart(4, "0")} in ${JSON.stringify(text.slice(Math.max(0, at - 40), at + 40))}`,
      );
    }
    const bad = /NaN|Infinity/.exec(text);
    if (bad)
      out.push(
        `${name}: ${stream} has ${bad[0]} in ${JSON.stringify(text.slice(Math.max(0, bad.index - 60), bad.index + 40))}`,
      );
  }
  if (c.contract && (r.code === 0 || c.contract === "validate") && r.stdout !== "") {
    const v = validator(c.contract);
    const values =
      c.contract === "export-rows/ndjson"
        ? r.stdout
            .trimEnd()
            .split("\n")
            .map((l) => JSON.parse(l) as unknown)
        : [JSON.parse(r.stdout) as unknown];
    for (const value of values) {
      if (!v(value))
        out.push(`${name}: JSON does not match \`jjj schema ${c.contract}\`: ${JSON.stringify(v.errors?.slice(0, 2))}`);
    }
  }
  return out;
}

describe("every command over every hostile data file", () => {
  it.each(files)(
    "$name: every command ends cleanly, prints no control character, NaN or Infinity, and JSON that keeps its schema",
    { timeout: 60_000 },
    async (f) => {
      const found: string[] = [];
      for (const c of cases(f)) {
        const r = await runBounded(c);
        found.push(...problems(c, r, f.bad.length === 0));
      }
      expect(found).toEqual([]);
    },
  );

  it("a valid hostile file is really used: its quantity is shown by `show`", async () => {
    const f = files.find((x) => x.name === "ids-constructor.json");
    const r = await runBounded({ argv: ["show", "constructor", "--data", f?.path ?? "", "--color", "never"] });
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("44");
  });
});

describe("numbers at the edges, run by the built binary with a hard time limit", () => {
  const edges = files.filter((f) => ["value-1e308.json", "value-2e307.json", "change-1e308.json"].includes(f.name));
  const commands = [
    ["chart", "h-quantity"],
    ["present", "--export", "md"],
  ];
  it.each(edges)("$name: chart and present --export md end within 5 s", { timeout: 60_000 }, (f) => {
    for (const args of commands) {
      const r = spawnSync(process.execPath, [BIN, ...args, "--data", f.path, "--color", "never"], {
        cwd: ROOT,
        env: cleanEnv(),
        encoding: "utf8",
        timeout: 5000,
      });
      expect(r.signal, `${args.join(" ")} was stopped`).toBeNull();
      expect([0, 1], `${args.join(" ")}: ${r.stderr}`).toContain(r.status);
      expect(r.stderr).not.toContain("internal error");
    }
  });
});
