/**
 * Parse, validate and merge dataset files. Pure: takes file texts, returns a Dataset or problems.
 * Reading files from disk is the caller's job (see `files.ts`). Every problem is reported, each
 * with a plain-language fix: a file that fails the schema is still cross-checked, as far as its
 * valid parts go.
 */
import { type ParseError, parse as parseJsonc, printParseErrorCode } from "jsonc-parser";
import { msg } from "../core/messages/index.js";
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

type Said = { zh: string; en: string };
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
  if (!first) {
    return {
      file,
      message: { zh: `不是有效的 JSON（${err.message}）`, en: `not valid JSON (${err.message})` },
      fix: { zh: "用 JSON 校验工具或编辑器找出错误", en: "check it with a JSON validator or your editor" },
    };
  }
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf("\n"); i >= 0 && i < first.offset; i = text.indexOf("\n", i + 1)) {
    line++;
    lineStart = i + 1;
  }
  const code = printParseErrorCode(first.error);
  const special = /^-?(?:NaN|Infinity)\b/.exec(text.slice(first.offset, first.offset + 12))?.[0];
  const known: { message: Said; fix: Said } | undefined = special
    ? {
        message: { zh: `${special} 不是 JSON 中的数`, en: `${special} is not a number in JSON` },
        fix: {
          zh: "写一个普通的数；不知道的数值就不写这一项",
          en: "write an ordinary number; leave out a value that is not known",
        },
      }
    : JSON_ERRORS[code];
  return {
    file,
    line,
    column: first.offset - lineStart + 1,
    message: known
      ? { zh: `不是有效的 JSON：${known.message.zh}`, en: `not valid JSON: ${known.message.en}` }
      : { zh: `不是有效的 JSON：${code}`, en: `not valid JSON: ${code}` },
    fix: known?.fix ?? { zh: "用 JSON 校验工具或编辑器找出错误", en: "check it with a JSON validator or your editor" },
  };
}

/** jsonc-parser's error codes in plain words, with the usual fix. */
const JSON_ERRORS: Record<string, { message: Said; fix: Said }> = {
  InvalidSymbol: {
    message: { zh: "意外的字符", en: "unexpected character" },
    fix: {
      zh: '检查前面是否少了引号或逗号；文字要放在双引号 " 里',
      en: 'check for a missing quote or comma before it; text goes in double quotes "',
    },
  },
  InvalidNumberFormat: {
    message: {
      zh: "数字格式错误（JSON 没有 NaN 和 Infinity）",
      en: "malformed number (NaN and Infinity are not JSON)",
    },
    fix: { zh: "写一个普通的数，例如 44 或 -5.1", en: "write an ordinary number, such as 44 or -5.1" },
  },
  PropertyNameExpected: {
    message: {
      zh: '这里应是带双引号的 "属性名"（} 前不能有多余的逗号）',
      en: 'a "quoted" property name is expected here (a trailing comma before } is not allowed)',
    },
    fix: {
      zh: "属性名加双引号，并删去 } 前多余的逗号",
      en: "put property names in double quotes, and remove a comma before }",
    },
  },
  ValueExpected: {
    message: {
      zh: "这里应有一个值（] 前不能有多余的逗号）",
      en: "a value is expected here (a trailing comma before ] is not allowed)",
    },
    fix: { zh: "删去 ] 前多余的逗号，或补上缺少的值", en: "remove the comma before ], or give the missing value" },
  },
  ColonExpected: {
    message: { zh: "属性名后应有冒号", en: "a colon is expected after the property name" },
    fix: { zh: '写成 "name": value', en: 'write "name": value' },
  },
  CommaExpected: {
    message: { zh: "各项之间应有逗号", en: "a comma is expected between items" },
    fix: { zh: "在前一项后面加逗号", en: "add a comma after the item before it" },
  },
  CloseBraceExpected: {
    message: { zh: "缺少右花括号 }", en: "a closing } is missing" },
    fix: { zh: "补上与 { 配对的 }", en: "add the } that closes the {" },
  },
  CloseBracketExpected: {
    message: { zh: "缺少右方括号 ]", en: "a closing ] is missing" },
    fix: { zh: "补上与 [ 配对的 ]", en: "add the ] that closes the [" },
  },
  EndOfFileExpected: {
    message: { zh: "JSON 值结束后还有多余的文字", en: "extra text after the end of the JSON value" },
    fix: {
      zh: "数据文件只含一个 JSON 对象：删去它后面的内容",
      en: "a data file holds one JSON object: remove what follows it",
    },
  },
  InvalidCommentToken: {
    message: { zh: "JSON 不允许注释", en: "comments are not allowed in JSON" },
    fix: {
      zh: '删去注释；说明可以写在 "description" 里',
      en: 'remove the comment; a note can go in "description"',
    },
  },
  UnexpectedEndOfComment: {
    message: { zh: "JSON 不允许注释", en: "comments are not allowed in JSON" },
    fix: { zh: "删去注释", en: "remove the comment" },
  },
  UnexpectedEndOfString: {
    message: { zh: "字符串没有结束", en: "a string is not closed" },
    fix: { zh: '补上结尾的双引号 "', en: 'add the closing double quote "' },
  },
  UnexpectedEndOfNumber: {
    message: { zh: "数字格式错误", en: "malformed number" },
    fix: { zh: "写一个完整的数，例如 0.5", en: "write a complete number, such as 0.5" },
  },
  InvalidUnicode: {
    message: { zh: "\\u 转义格式错误", en: "malformed \\u escape" },
    fix: { zh: "\\u 后面跟四个十六进制数字", en: "write \\u followed by four hex digits" },
  },
  InvalidEscapeCharacter: {
    message: { zh: "字符串中有无效的转义", en: "invalid escape in a string" },
    fix: { zh: "反斜杠本身写作 \\\\", en: "write a backslash itself as \\\\" },
  },
  InvalidCharacter: {
    message: {
      zh: "字符串中有无效字符（换行、制表符等控制字符须转义）",
      en: "invalid character in a string (control characters such as line breaks must be escaped)",
    },
    fix: { zh: "换行写作 \\n，制表符写作 \\t", en: "write a line break as \\n and a tab as \\t" },
  },
};

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
            message: { zh: `未知的章节 "${loc.section}"`, en: `unknown section "${loc.section}"` },
            fix: {
              zh: `${close.length ? `是否想写 ${close.map((c) => `"${c}"`).join(", ")}？` : ""}章节是 "lead"（导语）或一个主题编号`,
              en: `${close.length ? `did you mean ${close.map((c) => `"${c}"`).join(", ")}? ` : ""}a section is "lead" (the lead) or a theme id`,
            },
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
            message: {
              zh: `${v.value} 与 ${at}.values[${before.j}] 给出的同一时间的 ${before.value} 冲突`,
              en: `${v.value} conflicts with ${before.value}, given for the same time at ${at}.values[${before.j}]`,
            },
            fix: {
              zh: "同一年（同一地点、类别）只保留一个数值：删去一个，或给它们不同的 place 或 category",
              en: "keep one value per time (and place and category): remove one, or give them different places or categories",
            },
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
      message: {
        zh: `layer "${fact.layer}" 只用于 jjj 自带的数据（${fact.layer === "article" ? "文章的数字" : "官方补充系列"}）`,
        en: `layer "${fact.layer}" is for jjj's bundled data (${fact.layer === "article" ? "the article's figures" : "the official supplementary series"})`,
      },
      fix: {
        zh: '去掉 "layer"：你自己的事实默认是 "user"（或用 --data-only 只载入你的文件）',
        en: 'leave "layer" out: your own facts are "user" by default (or load only your files with --data-only)',
      },
    });
  });
  data.sources.forEach((source, index) => {
    const i = indexes ? indexes.sources[index] : index;
    if (source.kind !== "article") return;
    problems.push({
      file,
      path: `sources[${i}].kind`,
      message: {
        zh: '来源类型 "article" 只用于 jjj 自带的文章',
        en: 'source kind "article" is for the article bundled with jjj',
      },
      fix: {
        zh: '公开发布的来源写 "official"（或用 --data-only 只载入你的文件）',
        en: 'write "official" for a published source (or load only your files with --data-only)',
      },
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
