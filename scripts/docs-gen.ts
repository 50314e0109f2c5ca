/**
 * The documentation that is made, not written: `npm run docs` writes what `generateDocs()` returns,
 * and test/docs/docs.test.ts fails when a file on disk differs from it. Everything runs in-process
 * (main() with a memory Io), so the check takes seconds.
 *
 * In a hand-written Markdown file (README.md, docs/guide.md, docs/data.md, data/README.md):
 *   <!-- run: jjj compare --width 100 --color never -->   the fenced block after it becomes the
 *   <!-- run 12: jjj facts ... -->                        command and its real output (first 12 lines)
 *   <!-- gen: units -->…<!-- /gen -->                    a table made from the data (see GENERATED)
 * Made whole from the registry and the contracts: docs/reference/<command>.md, docs/jjj.1, docs/json.md.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { CommandUnknownOpts as Command, Option } from "@commander-js/extra-typings";
import { memoryIo } from "../src/cli/io.js";
import { sharedOptions } from "../src/cli/program.js";
import { COMMANDS } from "../src/commands/registry.js";
import { CONTRACT_NAMES, CONTRACTS } from "../src/contract/catalog.js";
import { contractJsonSchema } from "../src/contract/index.js";
import { sayer } from "../src/core/messages/index.js";
import { UNITS } from "../src/dataset/units.js";
import { main } from "../src/main.js";
import { buildProgram } from "../src/program.js";

export const ROOT = join(import.meta.dirname, "..");
const read = (path: string) => readFileSync(join(ROOT, path), "utf8");

/** The hand-written pages whose examples and tables are filled in. */
export const PAGES = ["README.md", "docs/guide.md", "docs/data.md", "data/README.md"];

/** A command line as a shell would split it (single and double quotes; no expansions). */
export function splitLine(line: string): string[] {
  const words: string[] = [];
  let word: string | undefined;
  let quote: string | undefined;
  for (const ch of line) {
    if (quote) {
      if (ch === quote) quote = undefined;
      else word = (word ?? "") + ch;
    } else if (ch === "'" || ch === '"') {
      quote = ch;
      word = word ?? "";
    } else if (ch === " ") {
      if (word !== undefined) words.push(word);
      word = undefined;
    } else word = (word ?? "") + ch;
  }
  if (word !== undefined) words.push(word);
  return words;
}

/**
 * Run `jjj …` in-process, in a pipe, in English unless --lang says otherwise: its output and exit
 * code. `echo <word> | jjj …` gives it that line on standard input.
 */
export async function runJjj(line: string): Promise<{ code: number; text: string }> {
  const piped = line.match(/^echo (\S+) \| (.*)$/);
  const [first, ...argv] = splitLine(piped?.[2] ?? line);
  if (first !== "jjj") throw new Error(`docs: a run must be a jjj command line, not "${line}"`);
  const io = memoryIo({ env: { LANG: "en_US.UTF-8" }, stdin: piped ? `${piped[1]}\n` : "" });
  const code = await main(argv, io);
  return { code, text: `${io.stdout()}${io.stderr()}`.replace(/\n+$/, "") };
}

function trim(text: string, lines?: number): string {
  const all = text.split("\n");
  return lines && all.length > lines ? [...all.slice(0, lines), "…"].join("\n") : text;
}

/** The console block for a run: the command, its output, and its exit code when not 0. */
async function consoleBlock(line: string, lines?: number): Promise<string> {
  const { code, text } = await runJjj(line);
  const shown = trim(text, lines);
  return ["```console", `$ ${line}`, ...(shown ? [shown] : []), ...(code ? [`(exit code ${code})`] : []), "```"].join(
    "\n",
  );
}

// ---- tables made from the data ----

const dataFile = (name: string) => JSON.parse(read(`data/${name}`));

const when = (v: Record<string, unknown>) => {
  const period = v.period as { from: string; to: string } | undefined;
  const at = (v.year ?? v.date ?? (period && `${period.from}–${period.to}`) ?? "as published") as string;
  const source = v.source as { confidence?: string } | undefined;
  const category = v.category as { en?: string } | undefined;
  return [
    at + (v.approximate ? " approx." : "") + (v.yearInferred || v.asOf ? " ‡" : ""),
    source?.confidence,
    v.place,
    category?.en,
  ]
    .filter(Boolean)
    .join(", ");
};

function factTable(file: string): string {
  const lines = [
    "| Fact id | Kind | Theme | Values: stored `value` “as stated” (when) | Unit |",
    "|---|---|---|---|---|",
  ];
  // biome-ignore lint/suspicious/noExplicitAny: plain JSON.
  for (const f of dataFile(file).facts as any[]) {
    const mark = f.yearInferred || f.asOf ? " ‡" : "";
    const cells =
      f.kind === "event"
        ? [`date ${f.date}${f.approximate ? " approx." : ""}${mark}`]
        : [
            // biome-ignore lint/suspicious/noExplicitAny: plain JSON.
            ...f.values.map((v: any) => `\`${v.value}\` “${v.stated}” (${when(v)})`),
            // biome-ignore lint/suspicious/noExplicitAny: plain JSON.
            ...(f.changes ?? []).map((c: any) => {
              const conf = c.source.confidence ? `, ${c.source.confidence}` : "";
              return `change \`${c.percent}%\` “${c.stated}” (${c.from}–${c.to}${c.yearInferred ? " ‡" : ""}${conf})`;
            }),
          ];
    lines.push(`| \`${f.id}\` | ${f.kind} | ${f.theme} | ${cells.join("<br>")} | ${f.unit ? `\`${f.unit}\`` : "—"} |`);
  }
  return lines.join("\n");
}

const superscript = (n: number) => String(n).replace(/\d/g, (d) => "⁰¹²³⁴⁵⁶⁷⁸⁹"[Number(d)] ?? d);

const GENERATED: Record<string, () => string> = {
  units: () =>
    [
      "| Unit id | Chinese | English | Base unit | Factor | Share |",
      "|---|---|---|---|---|---|",
      ...Object.entries(UNITS).map(([id, u]) => {
        const f = u.factor === 1 ? "1" : `10${superscript(Math.log10(u.factor))}`;
        const zh = u.zh ? u.zh : "(none; the counter word)";
        return `| \`${id}\` | ${zh} | ${u.en} | ${u.base} | ${f} | ${u.share ? "yes" : ""} |`;
      }),
    ].join("\n"),
  keywords: () => {
    const lines = ["| Id | Chinese | English |", "|---|---|---|"];
    for (const file of ["article.json", "supplement.json"]) {
      const d = dataFile(file);
      for (const x of [...(d.themes ?? []), ...d.facts])
        if (x.keywords) lines.push(`| \`${x.id}\` | ${x.keywords.zh.join("、")} | ${x.keywords.en.join(", ")} |`);
    }
    return lines.join("\n");
  },
  sources: () =>
    [
      "| Source id | Title | Publisher | Note |",
      "|---|---|---|---|",
      // biome-ignore lint/suspicious/noExplicitAny: plain JSON.
      ...dataFile("supplement.json").sources.map((s: any) => {
        const publisher = s.publisher ? `${s.publisher.zh}<br>${s.publisher.en}` : "";
        return `| \`${s.id}\` | ${s.title.zh}<br>${s.title.en} | ${publisher} | ${s.note ? s.note.en : ""} |`;
      }),
    ].join("\n"),
  "facts article.json": () => factTable("article.json"),
  "facts supplement.json": () => factTable("supplement.json"),
};

/** Fill the runs and generated tables of one hand-written page. */
export async function fillPage(text: string): Promise<string> {
  const lines = text.split("\n");
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? "";
    out.push(line);
    const run = line.match(/^<!-- run(?: (\d+))?: (.*) -->$/);
    const gen = line.match(/^<!-- gen: (.*) -->$/);
    if (run) {
      let j = i + 1;
      if (!lines[j]?.startsWith("```")) throw new Error(`docs: no fenced block after "${line}"`);
      j++;
      while (j < lines.length && lines[j] !== "```") j++;
      out.push(await consoleBlock(run[2] ?? "", run[1] ? Number(run[1]) : undefined));
      i = j;
    } else if (gen) {
      const make = GENERATED[gen[1] ?? ""];
      if (!make) throw new Error(`docs: no generated table "${gen[1]}"`);
      let j = i + 1;
      while (j < lines.length && lines[j] !== "<!-- /gen -->") j++;
      out.push(make(), "<!-- /gen -->");
      i = j;
    }
  }
  return out.join("\n");
}

// ---- the reference, from the registry and the commander program ----

function program(): Command {
  return buildProgram(memoryIo(), "en").command;
}

const SHELL = /[|<>&;#$()]|^(?!jjj( |$))/;

function optionRows(options: readonly Option[]): string[] {
  return options
    .filter((o) => !o.hidden)
    .map((o) => {
      const choices = o.argChoices ? ` (${o.argChoices.join(", ")})` : "";
      const fallback = o.defaultValue !== undefined && o.defaultValue !== false ? ` (default: ${o.defaultValue})` : "";
      const text = `${o.description}${choices}${fallback}`;
      return `| \`${o.flags.replace(/\|/g, "\\|")}\` | ${text.replace(/\|/g, "\\|").replace(/\n/g, " ")} |`;
    });
}

/** How to type a command; the default command (`jjj` alone) takes no arguments of its own. */
function usage(cmd: Command): string {
  return cmd.name() === "overview" ? "jjj [options]" : `jjj ${cmd.name()} ${cmd.usage()}`;
}

async function referencePage(name: string): Promise<string> {
  const spec = COMMANDS.find((c) => c.name === name);
  const cmd = program().commands.find((c) => c.name() === name);
  if (!spec || !cmd) throw new Error(`docs: no command ${name}`);
  const t = sayer("en");
  const shared = new Set(sharedOptions(t).map((o) => o.flags));
  const own = cmd.options.filter((o) => !shared.has(o.flags));
  const parts = [
    `# jjj ${name}`,
    "",
    "<!-- Made by `npm run docs` from the command registry (src/commands/); do not edit. -->",
    "",
    t(spec.summary),
    "",
    "```",
    usage(cmd),
    "```",
  ];
  if (spec.description) parts.push("", t(spec.description));
  if (spec.hidden) parts.push("", "This is what `jjj` alone runs.");
  if (cmd.registeredArguments.length && !spec.hidden) {
    parts.push("", "## Arguments", "", "| Argument | Meaning |", "|---|---|");
    for (const a of cmd.registeredArguments)
      parts.push(`| \`${a.name()}${a.variadic ? "..." : ""}\` | ${a.description} |`);
  }
  if (own.length) parts.push("", "## Options", "", "| Option | Meaning |", "|---|---|", ...optionRows(own));
  parts.push(
    "",
    `Output: ${spec.output}. Formats: ${spec.formats.map((f) => `\`${f}\``).join(", ") || "—"}.`,
    `JSON contracts: ${spec.contracts.map((c) => `[\`${c}\`](../json.md#${c})`).join(", ") || "—"}.`,
  );
  if (!spec.hidden)
    parts.push(
      "The shared options (`--json`, `--format`, `--fields`, `--lang`, `--width`, `--color`, `--data`, …) are listed in [the overview](overview.md#shared-options).",
    );
  if (spec.hidden)
    parts.push("", "## Shared options", "", "| Option | Meaning |", "|---|---|", ...optionRows(sharedOptions(t)));
  parts.push("", "## Examples");
  for (const example of spec.examples) {
    // Shell pipes and redirections are shown, not run; so is a quiz without a seed (random).
    if (SHELL.test(example) || (/^jjj quiz\b/.test(example) && !/--seed/.test(example))) {
      parts.push("", "```sh", example, "```");
      continue;
    }
    const line = `${example} --width 80 --color never`;
    const { code } = await runJjj(line);
    if (code !== 0) parts.push("", "```sh", example, "```");
    else parts.push("", await consoleBlock(line, 24));
  }
  return `${parts.join("\n")}\n`;
}

// ---- the man page ----

const roff = (s: string) =>
  s
    .replace(/\\/g, "\\e")
    .replace(/-/g, "\\-")
    .replace(/^([.'])/gm, "\\&$1");

function manPage(): string {
  const t = sayer("en");
  const prog = program();
  const out = [
    '.TH JJJ 1 "" "jjj" "User Commands"',
    ".SH NAME",
    `jjj \\- ${roff(t("program.description"))}`,
    ".SH SYNOPSIS",
    ".B jjj",
    "[\\fIcommand\\fR] [\\fIoptions\\fR]",
    ".SH COMMANDS",
  ];
  for (const spec of COMMANDS) {
    const cmd = prog.commands.find((c) => c.name() === spec.name);
    if (!cmd) continue;
    out.push(".TP", `.B ${roff(usage(cmd))}`, roff(t(spec.summary)));
    const shared = new Set(sharedOptions(t).map((o) => o.flags));
    for (const o of cmd.options.filter((o) => !shared.has(o.flags) && !o.hidden))
      out.push(".RS", ".TP", `.B ${roff(o.flags)}`, roff(o.description), ".RE");
  }
  out.push(".SH OPTIONS", "Every command takes these:");
  for (const o of sharedOptions(t)) if (!o.hidden) out.push(".TP", `.B ${roff(o.flags)}`, roff(o.description));
  out.push(
    ".SH ENVIRONMENT",
    ".TP",
    ".B NO_COLOR, FORCE_COLOR, TERM",
    "Colour, unless \\-\\-color says otherwise.",
    ".TP",
    ".B COLUMNS",
    "The width, unless \\-\\-width says otherwise.",
    ".TP",
    ".B LANG, LC_ALL, LC_MESSAGES",
    "zh* chooses Chinese, unless \\-\\-lang says otherwise.",
    ".SH EXIT STATUS",
    "0 success (an empty result too), 1 a data or runtime error, 2 a usage error.",
    ".SH EXAMPLES",
  );
  for (const spec of COMMANDS) for (const e of spec.examples.slice(0, 2)) out.push(".PP", ".nf", roff(e), ".fi");
  out.push(".SH SEE ALSO", "jq(1). The guide and the JSON contract: docs/guide.md, docs/json.md.");
  return `${out.join("\n")}\n`;
}

// ---- the JSON contract, from the zod schemas ----

type Node = Record<string, unknown>;

let defs: Record<string, Node> = {};

/** A node with its `$ref` (to the schema's `$defs`) followed. */
function deref(node: Node): Node {
  const ref = typeof node.$ref === "string" ? node.$ref.split("/").pop() : undefined;
  return ref && defs[ref]
    ? { ...deref(defs[ref]), ...(node.description ? { description: node.description } : {}) }
    : node;
}

/** A text in both languages: an object of exactly zh and en. */
const isText = (node: Node) => {
  const keys = Object.keys((node.properties ?? {}) as Node);
  return keys.length === 2 && keys.includes("zh") && keys.includes("en");
};

function typeOf(raw: Node): string {
  const node = deref(raw);
  if (isText(node)) return "text {zh, en}";
  const variants = (node.anyOf ?? node.oneOf) as Node[] | undefined;
  if (variants) return [...new Set(variants.map(typeOf))].join(" \\| ");
  if (node.const !== undefined) return `\`${JSON.stringify(node.const)}\``;
  if (Array.isArray(node.enum)) return node.enum.map((v) => `\`${JSON.stringify(v)}\``).join(" \\| ");
  if (node.type === "array") return `array of ${typeOf((node.items ?? {}) as Node)}`;
  if (Array.isArray(node.type)) return node.type.join(" \\| ");
  return typeof node.type === "string" ? node.type : "any";
}

/** The object shapes a node can hold: itself, its variants (nullable, unions), an array's items. */
function objectsOf(raw: Node): Node[] {
  const node = deref(raw);
  if (isText(node)) return [];
  if (node.properties) return [node];
  const variants = ((node.anyOf ?? node.oneOf) as Node[] | undefined) ?? [];
  return [...variants, ...(node.type === "array" && node.items ? [node.items as Node] : [])].flatMap(objectsOf);
}

/** Does the node hold an array (itself, or one of its variants)? Its fields are then named `name[].x`. */
const holdsArray = (raw: Node): boolean => {
  const node = deref(raw);
  return node.type === "array" || (((node.anyOf ?? node.oneOf) as Node[] | undefined) ?? []).some(holdsArray);
};

function fields(node: Node, path: string, rows: string[], depth: number): void {
  if (depth > 4) return;
  for (const obj of objectsOf(node)) {
    const required = new Set((obj.required as string[] | undefined) ?? []);
    for (const [key, rawChild] of Object.entries(obj.properties as Record<string, Node>)) {
      const child = deref(rawChild);
      const name = path ? `${path}.${key}` : key;
      const description = String(child.description ?? "")
        .replace(/\|/g, "\\|")
        .replace(/\n/g, " ");
      rows.push(`| \`${name}\` | ${typeOf(child)}${required.has(key) ? "" : " (optional)"} | ${description} |`);
      fields(child, holdsArray(child) ? `${name}[]` : name, rows, depth + 1);
    }
  }
}

function jsonPage(): string {
  const parts = [
    "# The JSON contract",
    "",
    "<!-- Made by `npm run docs` from the zod schemas in src/contract/; do not edit. -->",
    "",
    "What `--json` prints, command by command. Lists are bare arrays (`jq '.[]'` works), numbers stay numbers,",
    "keys are camelCase. Within a major version fields may be added, never renamed or removed.",
    "`jjj schema <name>` prints the JSON Schema of each; `--fields a,b.c` keeps only the fields named.",
  ];
  for (const name of CONTRACT_NAMES) {
    const info = CONTRACTS[name];
    const schema = contractJsonSchema(name) as Node;
    defs = (schema.$defs ?? {}) as Record<string, Node>;
    const rows: string[] = [];
    fields(schema, "", rows, 0);
    parts.push(
      "",
      `## ${name}`,
      "",
      `${info.description[0]?.toUpperCase()}${info.description.slice(1)}. Printed by \`${info.command}\`: ${
        info.output === "array" ? "an array of records, each" : "one object"
      } with these fields.`,
      "",
      "| Field | Type | Meaning |",
      "|---|---|---|",
      ...[...new Set(rows)],
    );
  }
  return `${parts.join("\n")}\n`;
}

/** Every generated file, by path from the root, with the text it must hold. */
export async function generateDocs(): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  for (const page of PAGES) files.set(page, await fillPage(read(page)));
  for (const spec of COMMANDS) files.set(`docs/reference/${spec.name}.md`, await referencePage(spec.name));
  files.set("docs/jjj.1", manPage());
  files.set("docs/json.md", jsonPage());
  return files;
}
