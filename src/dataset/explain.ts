/**
 * zod's issues in plain words: what is wrong, naming the bad value, and how to fix it, in both
 * languages. The schema itself says what is expected at each path, so the fix can list the valid
 * units, the fields of an object or the shape of a missing field.
 */

import { type Message, msg } from "../core/messages/index.js";
import { suggest } from "../query/lookup.js";
import { ID_PATTERN, MAX_YEAR, MIN_YEAR, UNIT_IDS } from "./constants.js";
import type { Problem } from "./problems.js";
import { suspect, textProblem } from "./scan.js";
import { unitMeant } from "./units.js";
import type { z } from "./zod.js";

type Said = { zh: string; en: string };
type Issue = z.core.$ZodIssue;
// biome-ignore lint/suspicious/noExplicitAny: zod's internal definitions are walked generically.
type Def = any;

/** Keys that could reach an object's prototype: never part of a data file, rejected wherever they are. */
export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(["__proto__", "constructor", "prototype"]);

/** JSON path of a zod issue: facts[3].values[0].year */
export function jsonPath(path: readonly PropertyKey[]): string {
  let out = "";
  for (const key of path) {
    if (typeof key === "number") out += `[${key}]`;
    else out += out ? `.${String(key)}` : String(key);
  }
  return out || "(top level)";
}

/** A value as a message names it: `"2020"` for a string, `[…]` for a list. Short. */
function shown(value: unknown): string {
  if (value === undefined) return "nothing";
  if (typeof value === "string") {
    const s = JSON.stringify(value);
    return s.length > 42 ? `${s.slice(0, 40)}…"` : s;
  }
  if (typeof value === "number") return Number.isNaN(value) ? "NaN" : String(value);
  if (value === null || typeof value === "boolean") return String(value);
  if (Array.isArray(value)) return "a list [ … ]";
  return "an object { … }";
}

/** The definition of a schema with its wrappers (optional, default, pipe) taken off. */
function bare(def: Def): Def {
  let d = def;
  for (let i = 0; i < 10 && d; i++) {
    if (d.type === "optional" || d.type === "default" || d.type === "nullable" || d.type === "prefault") {
      d = d.innerType?._zod.def;
    } else if (d.type === "pipe") d = d.in?._zod.def;
    else break;
  }
  return d;
}

/**
 * The schema expected at a path of the input, or undefined when the path leaves the schema.
 * Unions are resolved by the input's own `kind`.
 */
function schemaAt(root: z.ZodType, path: readonly PropertyKey[], input: unknown): Def | undefined {
  const resolve = (def: Def, value: unknown): Def => {
    if (def?.type !== "union") return def;
    const kind = (value as { kind?: unknown } | null)?.kind;
    const option = def.options.find((o: z.ZodType) => {
      const shape = (bare(o._zod.def) as Def)?.shape;
      return shape?.kind && bare(shape.kind._zod.def)?.values?.includes(kind);
    });
    return option ? bare(option._zod.def) : undefined;
  };
  let value: unknown = input;
  let def: Def = resolve(bare(root._zod.def), value);
  for (const key of path) {
    if (!def) return undefined;
    if (def.type === "object" && typeof key === "string") def = bare(def.shape[key]?._zod.def);
    else if (def.type === "array" && typeof key === "number") def = bare(def.element._zod.def);
    else return undefined;
    value = value !== null && typeof value === "object" ? (value as Record<PropertyKey, unknown>)[key] : undefined;
    def = resolve(def, value);
  }
  return def;
}

/** A Text: an object of exactly zh and en. */
function isText(def: Def): boolean {
  return def?.type === "object" && Object.keys(def.shape).sort().join() === "en,zh";
}

function isIdPattern(def: Def): boolean {
  return (def?.checks ?? []).some((c: Def) => String(c._zod?.def?.pattern) === String(ID_PATTERN));
}

/** What a missing field looks like, for the fix: `{"zh": "…", "en": "…"}`, `"an-id"`, `a number`. */
function example(def: Def, key: string): Said {
  const both = (s: string) => ({ zh: s, en: s });
  if (!def) return { zh: "（见 data/README.md）", en: "(see data/README.md)" };
  if (isText(def)) return both('{"zh": "…", "en": "…"}');
  switch (def.type) {
    case "enum":
      return both(
        Object.values(def.entries as Record<string, string>)
          .slice(0, 4)
          .map((v) => JSON.stringify(v))
          .join(" | "),
      );
    case "literal":
      return both((def.values as unknown[]).map((v) => JSON.stringify(v)).join(" | "));
    case "string":
      if (key === "date") return both('"2020-12"');
      return isIdPattern(def) ? both(`"my-${key}"`) : { zh: '"…"（文字）', en: '"…" (text)' };
    case "number":
      return isYearKey(key) ? both("2020") : { zh: "一个数", en: "a number" };
    case "array":
      return both("[ … ]");
    case "object":
      return key === "source"
        ? { zh: '{"ref": "<来源编号>"}', en: '{"ref": "<source id>"}' }
        : both(`{ ${Object.keys(def.shape).slice(0, 3).join(", ")} … }`);
    default:
      return { zh: "（见 data/README.md）", en: "(see data/README.md)" };
  }
}

const TYPE_NAMES: Record<string, Said> = {
  number: { zh: "一个数", en: "a number" },
  int: { zh: "一个整数", en: "a whole number" },
  string: { zh: "一段文字（带引号）", en: "a text (in quotes)" },
  object: { zh: "一个对象 { … }", en: "an object { … }" },
  array: { zh: "一个列表 [ … ]", en: "a list [ … ]" },
  boolean: { zh: "true 或 false", en: "true or false" },
};

function typeName(expected: string): Said {
  return TYPE_NAMES[expected] ?? { zh: expected, en: expected };
}

function didYouMean(input: string, candidates: readonly string[]): Said {
  const close = suggest(input, candidates, 3);
  if (!close.length) return { zh: "", en: "" };
  const list = close.map((c) => `"${c}"`).join(", ");
  return { zh: `是否想写 ${list}？`, en: `did you mean ${list}? ` };
}

function join(a: Said, b: Said): Said {
  return { zh: `${a.zh}${b.zh}`, en: `${a.en}${b.en}` };
}

/** A kebab-case id close to what was written: "My Fact 2" → "my-fact-2". */
function kebab(input: string): string {
  return (
    input
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-+|-+$/g, "") || "my-id"
  );
}

const isYearKey = (key: string | undefined) => key === "year" || key === "from" || key === "to";

/** One zod issue as problems (one per unknown key; none for a forbidden key, reported on its own). */
export function explainIssue(file: string, issue: Issue, schema: z.ZodType, root: unknown): Problem[] {
  const path = issue.path;
  const at = jsonPath(path);
  const last = path[path.length - 1];
  const key = typeof last === "string" ? last : undefined;
  const name = key ?? at;
  const input = (issue as { input?: unknown }).input;
  const problem = (message: Said | Message, fix: Said | Message, where = at): Problem[] => [
    { file, path: where, message, fix },
  ];

  switch (issue.code) {
    case "custom": {
      const params = issue.params as { message?: Said | Message; fix?: Said | Message } | undefined;
      return params?.message
        ? problem(params.message, params.fix ?? { zh: "", en: "" })
        : problem({ zh: issue.message, en: issue.message }, { zh: "见 data/README.md", en: "see data/README.md" });
    }
    case "invalid_type": {
      const expected = issue.expected as string;
      const def = schemaAt(schema, path, root);
      if (input === undefined) {
        const ex = example(def, name);
        return problem(
          { zh: `缺少字段 "${name}"`, en: `the field "${name}" is missing` },
          { zh: `加上 "${name}": ${ex.zh}`, en: `add "${name}": ${ex.en}` },
        );
      }
      if (path.length === 0) {
        return problem(
          {
            zh: `数据文件应是一个 JSON 对象，而不是${shown(input)}`,
            en: `a data file is one JSON object, not ${shown(input)}`,
          },
          {
            zh: '写成 {"facts": [ … ]}（见 examples/my-figures.json）',
            en: 'write it as {"facts": [ … ]} (see examples/my-figures.json)',
          },
        );
      }
      if (expected === "number" && typeof input === "number") {
        return problem(
          { zh: `${name} 不是有限的数：${shown(input)}`, en: `${name} is not a finite number: ${shown(input)}` },
          {
            zh: "写一个普通的数：JSON 没有 NaN 和 Infinity，1e400 这样的数太大",
            en: "give an ordinary number: JSON has no NaN or Infinity, and a number such as 1e400 is too large",
          },
        );
      }
      if (expected === "int" && typeof input === "number") {
        return problem(
          { zh: `${name} 应为整数，而不是 ${shown(input)}`, en: `${name} must be a whole number, not ${shown(input)}` },
          isYearKey(key)
            ? {
                zh: `写一个 ${MIN_YEAR} 到 ${MAX_YEAR} 之间的整年`,
                en: `give a whole year from ${MIN_YEAR} to ${MAX_YEAR}`,
              }
            : { zh: "去掉小数部分", en: "leave out the fraction" },
        );
      }
      if ((expected === "number" || expected === "int") && typeof input === "string" && input.trim() !== "") {
        const n = Number(input);
        if (Number.isFinite(n)) {
          return problem(
            {
              zh: `${name} 应为数，而不是文字 ${shown(input)}`,
              en: `${name} must be a number, not the text ${shown(input)}`,
            },
            { zh: `去掉引号：${n}`, en: `write it without quotes: ${n}` },
          );
        }
      }
      if (isText(def)) {
        return problem(
          {
            zh: `${name} 应为中英两种文字，而不是${shown(input)}`,
            en: `${name} must be a text in both languages, not ${shown(input)}`,
          },
          { zh: `写成 "${name}": {"zh": "…", "en": "…"}`, en: `write "${name}": {"zh": "…", "en": "…"}` },
        );
      }
      const want = typeName(expected);
      return problem(
        { zh: `${name} 应为${want.zh}，而不是 ${shown(input)}`, en: `${name} must be ${want.en}, not ${shown(input)}` },
        { zh: `在这里写${want.zh}（见 jjj schema dataset）`, en: `give ${want.en} here (see \`jjj schema dataset\`)` },
      );
    }
    case "invalid_union": {
      const discriminator = (issue as { discriminator?: string }).discriminator;
      if (discriminator) {
        const value = (input as Record<string, unknown> | null)?.[discriminator];
        const fix = {
          zh: `加上 "${discriminator}": "quantity"（一个数字）或 "event"（某个日期发生的事）`,
          en: `add "${discriminator}": "quantity" (a figure) or "event" (something that happened on a date)`,
        };
        return value === undefined
          ? problem({ zh: `缺少字段 "${discriminator}"`, en: `the field "${discriminator}" is missing` }, fix)
          : problem(
              {
                zh: `${discriminator} 应为 "quantity" 或 "event"，而不是 ${shown(value)}`,
                en: `${discriminator} must be "quantity" or "event", not ${shown(value)}`,
              },
              join(didYouMean(String(value), ["quantity", "event"]), {
                zh: "数字写 quantity，事件写 event",
                en: "a figure is a quantity, a dated happening an event",
              }),
            );
      }
      return problem(
        { zh: `${name} 不符合任何一种允许的形式`, en: `${name} matches none of the allowed shapes` },
        { zh: "见 jjj schema dataset", en: "see `jjj schema dataset`" },
      );
    }
    case "invalid_value": {
      const values = issue.values as unknown[];
      if (values.length === 1 && values[0] === true) {
        return problem(
          {
            zh: `${name} 只能是 true 或不写，而不是 ${shown(input)}`,
            en: `${name} is either true or left out, not ${shown(input)}`,
          },
          { zh: `去掉 "${name}"，或写 true`, en: `remove "${name}", or write true` },
        );
      }
      const valid = values.map(String);
      if (key === "unit") {
        const meant = unitMeant(String(input));
        return problem(
          { zh: `未知的单位 ${shown(input)}`, en: `unknown unit ${shown(input)}` },
          join(
            meant
              ? { zh: `是否想写 "${meant}"？`, en: `did you mean "${meant}"? ` }
              : didYouMean(String(input), UNIT_IDS),
            {
              zh: `单位有：${UNIT_IDS.join(", ")}（见 data/README.md 的 Units）`,
              en: `the units are ${UNIT_IDS.join(", ")} (data/README.md, Units)`,
            },
          ),
        );
      }
      return problem(
        { zh: `${name} 不能是 ${shown(input)}`, en: `${name} cannot be ${shown(input)}` },
        join(didYouMean(String(input), valid), {
          zh: `可选：${valid.map((v) => `"${v}"`).join(", ")}`,
          en: `choose one of ${valid.map((v) => `"${v}"`).join(", ")}`,
        }),
      );
    }
    case "too_small":
    case "too_big": {
      const origin = (issue as { origin?: string }).origin;
      if (origin === "string") {
        return problem(
          { zh: `${name} 是空的`, en: `${name} is empty` },
          {
            zh: "写上文字；可选的字段没有内容时可以不写",
            en: "write some text; an optional field with nothing to say can be left out",
          },
        );
      }
      if (isYearKey(key)) {
        return problem(
          { zh: `年份 ${shown(input)} 超出范围`, en: `the year ${shown(input)} is out of range` },
          { zh: `年份应在 ${MIN_YEAR} 到 ${MAX_YEAR} 之间`, en: `a year must be from ${MIN_YEAR} to ${MAX_YEAR}` },
        );
      }
      const bound = issue.code === "too_small" ? issue.minimum : issue.maximum;
      return problem(
        {
          zh: `${name} 太${issue.code === "too_small" ? "小" : "大"}：${shown(input)}`,
          en: `${name} is too ${issue.code === "too_small" ? "small" : "large"}: ${shown(input)}`,
        },
        {
          zh: `${name} 应${issue.code === "too_small" ? "不小于" : "不大于"} ${String(bound)}`,
          en: `${name} must be ${issue.code === "too_small" ? "at least" : "at most"} ${String(bound)}`,
        },
      );
    }
    case "invalid_format": {
      if (key === "date" || (issue as { pattern?: string }).pattern?.includes("\\d{4}")) {
        return problem(
          { zh: `${name} 不是 ISO 日期：${shown(input)}`, en: `${name} is not an ISO date: ${shown(input)}` },
          {
            zh: '写成 YYYY、YYYY-MM 或 YYYY-MM-DD，例如 "2020-12"',
            en: 'write YYYY, YYYY-MM or YYYY-MM-DD, e.g. "2020-12"',
          },
        );
      }
      const id = kebab(String(input));
      return problem(
        { zh: `${shown(input)} 不是合法的编号（${name}）`, en: `${shown(input)} is not a valid id (${name})` },
        {
          zh: `编号由小写字母、数字和单个连字符组成，例如 "${id}"`,
          en: `an id is kebab-case: lowercase letters, digits and single hyphens, e.g. "${id}"`,
        },
      );
    }
    case "unrecognized_keys": {
      const def = schemaAt(schema, path, root);
      const allowed = def?.type === "object" ? Object.keys(def.shape) : [];
      return issue.keys
        .filter((k) => !FORBIDDEN_KEYS.has(k))
        .flatMap((k) =>
          problem(
            { zh: `未知字段 "${k}"`, en: `unknown field "${k}"` },
            join(didYouMean(k, allowed), {
              zh: `这里的字段有：${allowed.join(", ")}；去掉它或改正名字`,
              en: `the fields here are ${allowed.join(", ")}; remove it or correct its name`,
            }),
            jsonPath([...path, k]),
          ),
        );
    }
    default:
      return problem(
        { zh: issue.message, en: issue.message },
        { zh: "见 jjj schema dataset", en: "see `jjj schema dataset`" },
      );
  }
}

/**
 * One walk over a parsed file: every `__proto__`, `constructor` or `prototype` key (JSON.parse
 * makes them plain own properties, with no prototype change, and jjj rejects them before anything
 * else reads the data), every text holding a control, bidi or zero-width character, and the number
 * of keys kept (for the duplicate-key check). Iterative, so a deeply nested file cannot overflow the
 * stack.
 */
export function scanRaw(file: string, raw: unknown): { problems: Problem[]; keys: number; items: Set<string> } {
  interface Node {
    value: unknown;
    key: string | number | undefined;
    parent: Node | undefined;
  }
  const keysOf = (node: Node, last?: string): (string | number)[] => {
    const keys: (string | number)[] = last === undefined ? [] : [last];
    for (let n: Node | undefined = node; n?.key !== undefined; n = n.parent) keys.push(n.key);
    return keys.reverse();
  };
  const problems: Problem[] = [];
  // The items (`facts[3]`) a problem is in: they are left out of the dataset, like items that fail the schema.
  const items = new Set<string>();
  const mark = (keys: readonly (string | number)[]) => {
    if (keys.length >= 2) items.add(`${keys[0]}[${keys[1]}]`);
  };
  let count = 0;
  const stack: Node[] = [{ value: raw, key: undefined, parent: undefined }];
  while (stack.length) {
    const node = stack.pop() as Node;
    const { value } = node;
    if (typeof value === "string") {
      if (suspect(value)) {
        const keys = keysOf(node);
        const found = textProblem(file, jsonPath(keys), value, keys);
        if (found) {
          problems.push(found);
          mark(keys);
        }
      }
    } else if (Array.isArray(value)) {
      for (let i = value.length - 1; i >= 0; i--) stack.push({ value: value[i], key: i, parent: node });
    } else if (value !== null && typeof value === "object") {
      const keys = Object.keys(value);
      count += keys.length;
      for (let i = keys.length - 1; i >= 0; i--) {
        const k = keys[i] as string;
        if (FORBIDDEN_KEYS.has(k)) {
          const at = keysOf(node, k);
          mark(at);
          problems.push({
            file,
            path: jsonPath(at),
            message: msg("dataset.forbiddenKey", { key: k }),
            fix: msg("dataset.forbiddenKeyFix"),
          });
        } else stack.push({ value: (value as Record<string, unknown>)[k], key: k, parent: node });
      }
    }
  }
  return { problems, keys: count, items };
}

/** Only the forbidden keys and bad texts of a parsed value (an item of a file). */
export function forbiddenKeys(file: string, raw: unknown): Problem[] {
  return scanRaw(file, raw).problems;
}
