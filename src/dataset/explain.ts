/**
 * zod's issues in plain words: what is wrong, naming the bad value, and how to fix it, in both
 * languages. The schema itself says what is expected at each path, so the fix can list the valid
 * units, the fields of an object or the shape of a missing field.
 */

import type { Example } from "../core/messages/en.js";
import { type Message, msg, same } from "../core/messages/index.js";
import { suggest } from "../query/lookup.js";
import { ID_PATTERN, MAX_YEAR, MIN_YEAR, UNIT_IDS } from "./constants.js";
import type { Problem } from "./problems.js";
import { suspect, textProblem } from "./scan.js";
import { unitMeant } from "./units.js";
import type { z } from "./zod.js";

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

/** What a missing field looks like, for the fix: `{"zh": "…", "en": "…"}`, `"an-id"`, or in words (`a number`). */
function example(def: Def, key: string): { example: string } | { like: Example } {
  if (!def) return { like: "readme" };
  if (isText(def)) return { example: '{"zh": "…", "en": "…"}' };
  switch (def.type) {
    case "enum":
      return {
        example: Object.values(def.entries as Record<string, string>)
          .slice(0, 4)
          .map((v) => JSON.stringify(v))
          .join(" | "),
      };
    case "literal":
      return { example: (def.values as unknown[]).map((v) => JSON.stringify(v)).join(" | ") };
    case "string":
      if (key === "date") return { example: '"2020-12"' };
      return isIdPattern(def) ? { example: `"my-${key}"` } : { like: "text" };
    case "number":
      return isYearKey(key) ? { example: "2020" } : { like: "number" };
    case "array":
      return { example: "[ … ]" };
    case "object":
      return key === "source"
        ? { like: "source" }
        : { example: `{ ${Object.keys(def.shape).slice(0, 3).join(", ")} … }` };
    default:
      return { like: "readme" };
  }
}

/** The close candidates, quoted, for a fix's "did you mean …": `"quantity"`, or "" when none is close. */
function closeTo(input: string, candidates: readonly string[]): string {
  return suggest(input, candidates, 3)
    .map((c) => `"${c}"`)
    .join(", ");
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
const YEARS = { min: MIN_YEAR, max: MAX_YEAR };

/** One zod issue as problems (one per unknown key; none for a forbidden key, reported on its own). */
export function explainIssue(file: string, issue: Issue, schema: z.ZodType, root: unknown): Problem[] {
  const path = issue.path;
  const at = jsonPath(path);
  const last = path[path.length - 1];
  const key = typeof last === "string" ? last : undefined;
  const name = key ?? at;
  const input = (issue as { input?: unknown }).input;
  const problem = (message: Message, fix: Message, where = at): Problem[] => [{ file, path: where, message, fix }];

  switch (issue.code) {
    case "custom": {
      const params = issue.params as { message?: Message; fix?: Message } | undefined;
      return params?.message
        ? problem(params.message, params.fix ?? same(""))
        : problem(same(issue.message), msg("dataset.seeReadme"));
    }
    case "invalid_type": {
      const expected = issue.expected as string;
      const def = schemaAt(schema, path, root);
      if (input === undefined) {
        return problem(
          msg("dataset.missingField", { name }),
          msg("dataset.missingFieldFix", { name, ...example(def, name) }),
        );
      }
      if (path.length === 0) {
        return problem(msg("dataset.notObject", { shown: shown(input) }), msg("dataset.notObjectFix"));
      }
      if (expected === "number" && typeof input === "number") {
        return problem(msg("dataset.notFinite", { name, shown: shown(input) }), msg("dataset.notFiniteFix"));
      }
      if (expected === "int" && typeof input === "number") {
        return problem(
          msg("dataset.notWhole", { name, shown: shown(input) }),
          isYearKey(key) ? msg("dataset.wholeYearFix", YEARS) : msg("dataset.leaveOutFraction"),
        );
      }
      if ((expected === "number" || expected === "int") && typeof input === "string" && input.trim() !== "") {
        const n = Number(input);
        if (Number.isFinite(n)) {
          return problem(
            msg("dataset.numberAsText", { name, shown: shown(input) }),
            msg("dataset.numberAsTextFix", { number: n }),
          );
        }
      }
      if (isText(def)) {
        return problem(msg("dataset.notText", { name, shown: shown(input) }), msg("dataset.notTextFix", { name }));
      }
      return problem(
        msg("dataset.wrongType", { name, expected, shown: shown(input) }),
        msg("dataset.wrongTypeFix", { expected }),
      );
    }
    case "invalid_union": {
      const discriminator = (issue as { discriminator?: string }).discriminator;
      if (discriminator) {
        const value = (input as Record<string, unknown> | null)?.[discriminator];
        return value === undefined
          ? problem(
              msg("dataset.missingField", { name: discriminator }),
              msg("dataset.kindFix", { key: discriminator }),
            )
          : problem(
              msg("dataset.notKind", { key: discriminator, shown: shown(value) }),
              msg("dataset.notKindFix", { close: closeTo(String(value), ["quantity", "event"]) }),
            );
      }
      return problem(msg("dataset.noShape", { name }), msg("dataset.seeSchema"));
    }
    case "invalid_value": {
      const values = issue.values as unknown[];
      if (values.length === 1 && values[0] === true) {
        return problem(msg("dataset.onlyTrue", { name, shown: shown(input) }), msg("dataset.onlyTrueFix", { name }));
      }
      const valid = values.map(String);
      if (key === "unit") {
        const meant = unitMeant(String(input));
        return problem(
          msg("dataset.unknownUnit", { shown: shown(input) }),
          msg("dataset.unknownUnitFix", {
            close: meant ? `"${meant}"` : closeTo(String(input), UNIT_IDS),
            units: UNIT_IDS.join(", "),
          }),
        );
      }
      return problem(
        msg("dataset.badValue", { name, shown: shown(input) }),
        msg("dataset.badValueFix", {
          close: closeTo(String(input), valid),
          valid: valid.map((v) => `"${v}"`).join(", "),
        }),
      );
    }
    case "too_small":
    case "too_big": {
      const origin = (issue as { origin?: string }).origin;
      if (origin === "string") return problem(msg("dataset.emptyText", { name }), msg("dataset.emptyTextFix"));
      if (isYearKey(key)) {
        return problem(msg("dataset.yearRange", { shown: shown(input) }), msg("dataset.yearRangeFix", YEARS));
      }
      const small = issue.code === "too_small";
      const bound = String(small ? issue.minimum : issue.maximum);
      return problem(
        msg(small ? "dataset.tooSmall" : "dataset.tooLarge", { name, shown: shown(input) }),
        msg(small ? "dataset.atLeast" : "dataset.atMost", { name, bound }),
      );
    }
    case "invalid_format": {
      if (key === "date" || (issue as { pattern?: string }).pattern?.includes("\\d{4}")) {
        return problem(msg("dataset.notDate", { name, shown: shown(input) }), msg("dataset.notDateFix"));
      }
      return problem(
        msg("dataset.badId", { name, shown: shown(input) }),
        msg("dataset.badIdFix", { id: kebab(String(input)) }),
      );
    }
    case "unrecognized_keys": {
      const def = schemaAt(schema, path, root);
      const allowed = def?.type === "object" ? Object.keys(def.shape) : [];
      return issue.keys
        .filter((k) => !FORBIDDEN_KEYS.has(k))
        .flatMap((k) =>
          problem(
            msg("dataset.unknownField", { key: k }),
            msg("dataset.unknownFieldFix", { close: closeTo(k, allowed), fields: allowed.join(", ") }),
            jsonPath([...path, k]),
          ),
        );
    }
    default:
      return problem(same(issue.message), msg("dataset.seeSchema"));
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
