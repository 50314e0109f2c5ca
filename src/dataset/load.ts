/**
 * Parse, validate and merge dataset files. Pure: takes file texts, returns a Dataset or problems.
 * Reading files from disk is the caller's job (see `files.ts`). Every problem is reported, each
 * with a plain-language fix: a file that fails the schema is still cross-checked, as far as its
 * valid parts go.
 */
import { type ParseError, parse as parseJsonc, printParseErrorCode } from "jsonc-parser";
import { type MessageKey, msg } from "../core/messages/index.js";
import { append } from "../lib/append.js";
import { suggest } from "../query/lookup.js";
import { explainIssue, scanRaw } from "./explain.js";
import { DataError, type Problem } from "./problems.js";
import { duplicateKeys } from "./scan.js";
import { DatasetFile, Fact, ID_PATTERN, type Layer, Place, Source, Theme } from "./schema.js";
import { z } from "./zod.js";

export { DataError, formatProblem, type Problem } from "./problems.js";

export interface Dataset {
  sources: Source[];
  themes: Theme[];
  places: Place[];
  facts: Fact[];
}

export interface FileText {
  file: string;
  text: string;
}

/** The catalog's texts of JSON syntax errors that take no parameters. */
type JsonKey = Exclude<Extract<MessageKey, `dataset.json${string}`>, "dataset.jsonCode" | "dataset.jsonSpecial">;
const KINDS = ["sources", "themes", "places", "facts"] as const;
type Kind = (typeof KINDS)[number];
const ITEM_SCHEMAS = { sources: Source, themes: Theme, places: Place, facts: Fact } as const;

/** A file as parsed: what passed the schema, and the ids of the items that did not. */
export interface ParsedFile {
  file: string;
  data: DatasetFile;
  /** Ids of items that failed the schema, with their paths: references to them are not reported as unknown. */
  broken?: Record<Kind, Map<string, string>>;
  /** For a file that failed the schema: the index in the file of each item of `data`. */
  indexes?: Record<Kind, number[]>;
  /** The references of the items that failed the schema, as far as they are well-formed ids. */
  refs?: Ref[];
}

/** A reference to an id of some kind, at a path of its file. */
interface Ref {
  kind: Kind;
  id: string;
  path: string;
}

/**
 * The references an item that failed the schema makes, read from the raw JSON: those that are
 * well-formed ids are still checked, so that one run reports them along with the schema problems.
 */
function looseRefs(kind: Kind, item: unknown, at: string): Ref[] {
  const refs: Ref[] = [];
  const obj = (v: unknown) =>
    v !== null && typeof v === "object" && !Array.isArray(v) ? (v as Record<string, unknown>) : {};
  const add = (k: Kind, id: unknown, path: string) => {
    if (typeof id === "string" && ID_PATTERN.test(id)) refs.push({ kind: k, id, path });
  };
  const list = (v: unknown) => (Array.isArray(v) ? v : []);
  const o = obj(item);
  if (kind === "places") add("places", o.within, `${at}.within`);
  if (kind !== "facts") return refs;
  add("themes", o.theme, `${at}.theme`);
  add("places", o.place, `${at}.place`);
  list(o.related).forEach((id, j) => {
    add("facts", id, `${at}.related[${j}]`);
  });
  add("facts", o.extends, `${at}.extends`);
  add("sources", obj(o.source).ref, `${at}.source.ref`);
  list(o.values).forEach((v, j) => {
    add("places", obj(v).place, `${at}.values[${j}].place`);
    add("sources", obj(obj(v).source).ref, `${at}.values[${j}].source.ref`);
  });
  list(o.changes).forEach((c, j) => {
    add("sources", obj(obj(c).source).ref, `${at}.changes[${j}].source.ref`);
  });
  return refs;
}

/**
 * The top level of a data file, with its lists unchecked: each item is checked on its own below,
 * so that a file of any number of broken items is reported item by item (zod collects the issues
 * of one parse in one list, and a list of 100,000 issues overflows its call stack).
 */
const TopLevel = z.strictObject({
  $schema: z.string().optional(),
  description: z.string().optional(),
  sources: z.array(z.unknown()).optional(),
  themes: z.array(z.unknown()).optional(),
  places: z.array(z.unknown()).optional(),
  facts: z.array(z.unknown()).optional(),
});

function parseFile({ file, text }: FileText): { data?: DatasetFile; partial?: ParsedFile; problems: Problem[] } {
  if (text.trim() === "") {
    return { problems: [{ file, message: msg("dataset.blankFile"), fix: msg("dataset.blankFileFix") }] };
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (err) {
    return { problems: [syntaxProblem(file, text, err as Error)] };
  }
  const scan = scanRaw(file, raw);
  const problems = scan.problems;
  for (const found of duplicateKeys(file, text, scan.keys)) problems.push(found);
  const explain = (issue: z.core.$ZodIssue, prefix: readonly PropertyKey[] = []) => {
    const at = prefix.length ? { ...issue, path: [...prefix, ...issue.path] } : issue;
    for (const found of explainIssue(file, at as z.core.$ZodIssue, DatasetFile, raw)) problems.push(found);
  };
  const top = TopLevel.safeParse(raw, { reportInput: true });
  if (!top.success) for (const issue of top.error.issues) explain(issue);
  const data: DatasetFile = { sources: [], themes: [], places: [], facts: [] };
  const broken: Record<Kind, Map<string, string>> = {
    sources: new Map(),
    themes: new Map(),
    places: new Map(),
    facts: new Map(),
  };
  const indexes: Record<Kind, number[]> = { sources: [], themes: [], places: [], facts: [] };
  const refs: Ref[] = [];
  const obj = raw !== null && typeof raw === "object" && !Array.isArray(raw) ? (raw as Record<string, unknown>) : {};
  // zod makes an Error of each failed parse: without a stack trace, 100,000 broken items cost a tenth.
  const stackTraceLimit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    parseItems(obj, scan.items, explain, { data, broken, indexes, refs });
  } finally {
    Error.stackTraceLimit = stackTraceLimit;
  }
  if (!problems.length) return { data, problems };
  return { partial: { file, data, broken, indexes, refs }, problems };
}

/** Each item of each list checked on its own: the valid ones into `data`, the ids and references of the others. */
function parseItems(
  obj: Record<string, unknown>,
  scanned: ReadonlySet<string>,
  explain: (issue: z.core.$ZodIssue, prefix: readonly PropertyKey[]) => void,
  out: Required<Omit<ParsedFile, "file">>,
): void {
  const { data, broken, indexes, refs } = out;
  for (const kind of KINDS) {
    const items = Object.hasOwn(obj, kind) ? obj[kind] : undefined;
    if (!Array.isArray(items)) continue;
    for (let i = 0; i < items.length; i++) {
      const item: unknown = items[i];
      const r = ITEM_SCHEMAS[kind].safeParse(item, { reportInput: true });
      if (!r.success) for (const issue of r.error.issues) explain(issue, [kind, i]);
      if (r.success && !scanned.has(`${kind}[${i}]`)) {
        (data[kind] as unknown[]).push(r.data);
        indexes[kind].push(i);
      } else {
        const id = (item as { id?: unknown } | null)?.id;
        if (typeof id === "string" && !broken[kind].has(id)) broken[kind].set(id, `${kind}[${i}].id`);
        append(refs, looseRefs(kind, item, `${kind}[${i}]`));
      }
    }
  }
}

/** A JSON syntax error at `line:column`, located with jsonc-parser in strict JSON mode. */
function syntaxProblem(file: string, text: string, err: Error): Problem {
  const errors: ParseError[] = [];
  try {
    parseJsonc(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  } catch {
    // Nested too deeply for the locating parser's stack: report without a position.
  }
  const first = errors[0];
  if (!first) return { file, message: msg("dataset.notJson", { error: err.message }), fix: msg("dataset.notJsonFix") };
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf("\n"); i >= 0 && i < first.offset; i = text.indexOf("\n", i + 1)) {
    line++;
    lineStart = i + 1;
  }
  const code = printParseErrorCode(first.error);
  const special = /^-?(?:NaN|Infinity)\b/.exec(text.slice(first.offset, first.offset + 12))?.[0];
  const known = JSON_ERRORS.get(code);
  const [message, fix] = special
    ? [msg("dataset.jsonSpecial", { special }), msg("dataset.jsonSpecialFix")]
    : known
      ? [msg(known[0]), msg(known[1])]
      : [msg("dataset.jsonCode", { code }), msg("dataset.notJsonFix")];
  return { file, line, column: first.offset - lineStart + 1, message, fix };
}

/** jsonc-parser's error codes in plain words, with the usual fix. */
const JSON_ERRORS = new Map<string, readonly [JsonKey, JsonKey]>([
  ["InvalidSymbol", ["dataset.jsonSymbol", "dataset.jsonSymbolFix"]],
  ["InvalidNumberFormat", ["dataset.jsonNumber", "dataset.jsonNumberFix"]],
  ["PropertyNameExpected", ["dataset.jsonPropertyName", "dataset.jsonPropertyNameFix"]],
  ["ValueExpected", ["dataset.jsonValue", "dataset.jsonValueFix"]],
  ["ColonExpected", ["dataset.jsonColon", "dataset.jsonColonFix"]],
  ["CommaExpected", ["dataset.jsonComma", "dataset.jsonCommaFix"]],
  ["CloseBraceExpected", ["dataset.jsonCloseBrace", "dataset.jsonCloseBraceFix"]],
  ["CloseBracketExpected", ["dataset.jsonCloseBracket", "dataset.jsonCloseBracketFix"]],
  ["EndOfFileExpected", ["dataset.jsonEnd", "dataset.jsonEndFix"]],
  ["InvalidCommentToken", ["dataset.jsonComment", "dataset.jsonCommentFix"]],
  ["UnexpectedEndOfComment", ["dataset.jsonComment", "dataset.jsonCommentEndFix"]],
  ["UnexpectedEndOfString", ["dataset.jsonString", "dataset.jsonStringFix"]],
  ["UnexpectedEndOfNumber", ["dataset.jsonNumberEnd", "dataset.jsonNumberEndFix"]],
  ["InvalidUnicode", ["dataset.jsonUnicode", "dataset.jsonUnicodeFix"]],
  ["InvalidEscapeCharacter", ["dataset.jsonEscape", "dataset.jsonEscapeFix"]],
  ["InvalidCharacter", ["dataset.jsonCharacter", "dataset.jsonCharacterFix"]],
]);

interface Origin {
  file: string;
  path: string;
}

/** How to list the ids of each kind. */
const LIST_COMMANDS: Record<Kind, string> = {
  sources: "jjj sources",
  themes: "jjj themes",
  places: "jjj export --json | jq -r '.places[].id'",
  facts: "jjj facts",
};

/**
 * "Did you mean" for unknown references, within a budget of comparisons, so that a file with
 * thousands of broken references costs linear time: the first ones get suggestions, the rest a
 * pointer to the list.
 */
class Suggester {
  private remaining = 2_000_000;
  closest(input: string, candidates: readonly string[]): string[] {
    if (candidates.length > this.remaining) return [];
    this.remaining -= candidates.length;
    return suggest(input, candidates, 3);
  }
}

export interface MergeOptions {
  /** The files before this index are the bundled data: user files may not claim its layers. */
  bundled?: number;
}

/**
 * Merge parsed files into one dataset and cross-check it: unique ids and theme orders, every
 * reference (theme, place, source, related fact, extended fact, article section) resolves, a value
 * is not given twice with different numbers, and user files merged onto the bundled data keep to
 * the "user" layer.
 */
export function mergeFiles(
  files: readonly ParsedFile[],
  options: MergeOptions = {},
): { dataset: Dataset; problems: Problem[] } {
  const problems: Problem[] = [];
  const dataset: Dataset = { sources: [], themes: [], places: [], facts: [] };
  const seen: Record<Kind, Map<string, Origin>> = {
    sources: new Map(),
    themes: new Map(),
    places: new Map(),
    facts: new Map(),
  };
  const broken: Record<Kind, Set<string>> = {
    sources: new Set(),
    themes: new Set(),
    places: new Set(),
    facts: new Set(),
  };
  const bundled = options.bundled ?? 0;
  const isBundled = (file: string) => files.findIndex((f) => f.file === file) < bundled;
  const duplicate = (kind: Kind, id: string, file: string, path: string, before: Origin): Problem => ({
    file,
    path,
    message: msg("dataset.duplicateId", { kind, id, file: before.file, path: before.path }),
    fix: isBundled(before.file)
      ? msg("dataset.duplicateIdBundledFix", { kind, id, command: LIST_COMMANDS[kind] })
      : msg("dataset.duplicateIdFix"),
  });
  const orders = new Map<number, { id: string; file: string }>();
  let lastOrder = 0;
  for (const { data } of files) for (const t of data.themes) lastOrder = Math.max(lastOrder, t.order);

  files.forEach(({ file, data, broken: b, indexes }, fileIndex) => {
    for (const kind of KINDS) {
      if (b) {
        for (const [id, path] of b[kind]) {
          broken[kind].add(id);
          const before = seen[kind].get(id);
          if (before) problems.push(duplicate(kind, id, file, path, before));
        }
      }
      data[kind].forEach((item, index) => {
        const path = `${kind}[${indexes ? indexes[kind][index] : index}].id`;
        const before = seen[kind].get(item.id);
        if (before) {
          problems.push(duplicate(kind, item.id, file, path, before));
          return;
        }
        seen[kind].set(item.id, { file, path });
        (dataset[kind] as { id: string }[]).push(item);
      });
    }
    data.themes.forEach((theme, index) => {
      const i = indexes ? indexes.themes[index] : index;
      const before = orders.get(theme.order);
      if (before && before.id !== theme.id) {
        const free = lastOrder + 1;
        problems.push({
          file,
          path: `themes[${i}].order`,
          message: msg("dataset.themeOrderUsed", { order: theme.order, id: before.id, file: before.file }),
          fix: msg("dataset.themeOrderFix", { free }),
        });
      } else if (!before) orders.set(theme.order, { id: theme.id, file });
    });
    if (bundled > 0 && fileIndex >= bundled)
      for (const found of layerProblems(file, data, indexes)) problems.push(found);
  });
  dataset.themes.sort((a, b) => a.order - b.order);

  const suggester = new Suggester();
  const ids: Partial<Record<Kind, string[]>> = {};
  const idsOf = (kind: Kind) => {
    ids[kind] ??= [...seen[kind].keys()];
    return ids[kind];
  };
  let byId: Map<string, Place> | undefined;
  const placesById = () => {
    byId ??= new Map(dataset.places.map((p) => [p.id, p]));
    return byId;
  };
  // Places found in a loop of "within" links, so that each loop is reported once.
  const inLoops = new Set<string>();
  const sectionIds = new Set(["lead", ...seen.themes.keys()]);
  const sections = [...sectionIds];
  for (const { file, data, indexes, refs } of files.slice(bundled)) {
    const pos = (kind: Kind, i: number) => (indexes ? indexes[kind][i] : i);
    const need = (kind: Kind, id: string | undefined, path: string) => {
      if (id === undefined || seen[kind].has(id) || broken[kind].has(id)) return;
      const candidates = idsOf(kind);
      const close = suggester.closest(id, candidates);
      const list = close.map((c) => `"${c}"`).join(", ");
      const all = candidates.length <= 12 ? candidates.join(", ") : undefined;
      if (candidates.length === 0) {
        problems.push({
          file,
          path,
          message: msg("dataset.unknownRef", { kind, id }),
          fix: msg("dataset.unknownRefDefineFix", { kind }),
        });
        return;
      }
      problems.push({
        file,
        path,
        message: msg("dataset.unknownRef", { kind, id }),
        fix: msg("dataset.unknownRefFix", { kind, close: list, all: all ?? "", command: LIST_COMMANDS[kind] }),
      });
    };
    for (const ref of refs ?? []) need(ref.kind, ref.id, ref.path);
    data.places.forEach((place, i) => {
      const path = `places[${pos("places", i)}].within`;
      need("places", place.within, path);
      const loop = withinLoop(place.id, placesById());
      if (loop && !loop.some((id) => inLoops.has(id))) {
        for (const id of loop) inLoops.add(id);
        const chain = [...loop, place.id].map((id) => `"${id}"`).join(" → ");
        problems.push({
          file,
          path,
          message: msg("dataset.withinItself", { id: place.id, chain }),
          fix: msg("dataset.withinItselfFix"),
        });
      }
    });
    data.facts.forEach((fact, i) => {
      const at = `facts[${pos("facts", i)}]`;
      need("themes", fact.theme, `${at}.theme`);
      need("places", fact.place, `${at}.place`);
      fact.related?.forEach((id, j) => {
        need("facts", id, `${at}.related[${j}]`);
      });
      const checkLocator = (loc: { ref: string; section?: string }, path: string) => {
        need("sources", loc.ref, `${path}.ref`);
        if (loc.section !== undefined && !sectionIds.has(loc.section) && !broken.themes.has(loc.section)) {
          const close = suggester.closest(loc.section, sections);
          problems.push({
            file,
            path: `${path}.section`,
            message: msg("dataset.unknownSection", { section: loc.section }),
            fix: msg("dataset.unknownSectionFix", { close: close.map((c) => `"${c}"`).join(", ") }),
          });
        }
      };
      if (fact.kind === "event") {
        checkLocator(fact.source, `${at}.source`);
        return;
      }
      need("facts", fact.extends, `${at}.extends`);
      // A value given twice for the same time, place and category must not disagree.
      const given = new Map<string, { j: number; value: number }>();
      fact.values.forEach((v, j) => {
        need("places", v.place, `${at}.values[${j}].place`);
        checkLocator(v.source, `${at}.values[${j}].source`);
        const when = v.year ?? v.date ?? (v.period ? `${v.period.from}-${v.period.to}` : "publication");
        const key = `${when}|${v.place ?? ""}|${v.category?.en ?? ""}`;
        const before = given.get(key);
        if (before && before.value !== v.value) {
          problems.push({
            file,
            path: `${at}.values[${j}].value`,
            message: msg("dataset.conflict", {
              value: v.value,
              other: before.value,
              path: `${at}.values[${before.j}]`,
            }),
            fix: msg("dataset.conflictFix"),
          });
        } else if (!before) given.set(key, { j, value: v.value });
      });
      fact.changes?.forEach((c, j) => {
        checkLocator(c.source, `${at}.changes[${j}].source`);
      });
    });
  }
  return { dataset, problems };
}

/** The places a place is within, in order, when following "within" leads back to it; else undefined. */
function withinLoop(id: string, places: ReadonlyMap<string, Place>): string[] | undefined {
  const chain: string[] = [];
  const passed = new Set<string>();
  for (let at = places.get(id)?.within; at !== undefined && !passed.has(at); at = places.get(at)?.within) {
    if (at === id) return [id, ...chain];
    passed.add(at);
    chain.push(at);
  }
  return undefined;
}

const RESERVED_LAYERS: ReadonlySet<Layer> = new Set(["article", "supplement"]);

/** A user file merged onto the bundled data may not present its figures as the article's or jjj's official ones. */
function layerProblems(file: string, data: DatasetFile, indexes?: Record<Kind, number[]>): Problem[] {
  const problems: Problem[] = [];
  data.facts.forEach((fact, index) => {
    const i = indexes ? indexes.facts[index] : index;
    if (!RESERVED_LAYERS.has(fact.layer)) return;
    problems.push({
      file,
      path: `facts[${i}].layer`,
      message: msg("dataset.reservedLayer", { layer: fact.layer }),
      fix: msg("dataset.reservedLayerFix"),
    });
  });
  data.sources.forEach((source, index) => {
    const i = indexes ? indexes.sources[index] : index;
    if (source.kind !== "article") return;
    problems.push({
      file,
      path: `sources[${i}].kind`,
      message: msg("dataset.articleSource"),
      fix: msg("dataset.articleSourceFix"),
    });
  });
  return problems;
}

/** Parse file texts into files to merge, with every problem found. */
export function parseFiles(files: readonly FileText[]): { parsed: ParsedFile[]; problems: Problem[] } {
  const parsed: ParsedFile[] = [];
  const problems: Problem[] = [];
  for (const f of files) {
    const r = parseFile(f);
    for (const found of r.problems) problems.push(found);
    if (r.data) parsed.push({ file: f.file, data: r.data });
    else if (r.partial) parsed.push(r.partial);
  }
  return { parsed, problems };
}

/**
 * Parse and merge file texts, after any already-trusted files (the bundled data);
 * throws DataError listing every problem, those of the schema and of the cross-checks together.
 */
export function loadDataset(files: FileText[], trusted: { file: string; data: DatasetFile }[] = []): Dataset {
  const { parsed, problems } = parseFiles(files);
  const merged = mergeFiles([...trusted, ...parsed], { bundled: trusted.length });
  for (const found of merged.problems) problems.push(found);
  if (problems.length) throw new DataError(problems);
  return merged.dataset;
}
