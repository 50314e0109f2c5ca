/**
 * What a data file may not hold besides what its schema says: characters that a terminal, a
 * Markdown viewer or a spreadsheet could take as control, and keys given twice in one object.
 * Text from a data file is data: `validate` names the path and the character, counted from 1.
 */
import { visit } from "jsonc-parser";
import { msg } from "../core/messages/index.js";
import type { Problem } from "./problems.js";

/** Any character that could be control or invisible: a cheap first test for a whole string. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point.
const SUSPECT = /[\u0000-\u001f\u007f-\u009f\u00ad\u061c\u180e\u200b-\u200f\u2028-\u202e\u2060-\u206f\ufeff]/;

/** Whether a text may hold a forbidden character (then textProblem says which and where). */
export function suspect(text: string): boolean {
  return SUSPECT.test(text);
}

type CharKind = "control" | "lineBreak" | "bidi" | "zeroWidth";

/** What kind of forbidden character `code` is in a field, or undefined when it is allowed there. */
function charKind(code: number, prose: boolean, chinese: boolean): CharKind | undefined {
  if (code === 0x0a) return prose ? undefined : "lineBreak";
  if (code === 0x2028 || code === 0x2029) return "lineBreak";
  if (code < 0x20 || (code >= 0x7f && code <= 0x9f)) return "control";
  if (code === 0x061c || code === 0x200e || code === 0x200f || (code >= 0x202a && code <= 0x202e)) return "bidi";
  if (code >= 0x2066 && code <= 0x2069) return "bidi";
  // A zero-width space may mark where a line of Chinese text can break; nothing else invisible is text.
  if (code === 0x200b) return chinese ? undefined : "zeroWidth";
  if (code === 0x00ad || code === 0x180e || (code >= 0x200b && code <= 0x200d) || code === 0xfeff) return "zeroWidth";
  if (code >= 0x2060 && code <= 0x206f) return "zeroWidth";
  return undefined;
}

/** Fields of prose, where a line break is text: explanations, summaries, notes, descriptions. */
const PROSE_KEYS: ReadonlySet<string> = new Set(["explanation", "summary", "yearNote", "note", "description"]);

const hex = (code: number) => code.toString(16).toUpperCase().padStart(4, "0");

/** The first forbidden character of a string at a path, as a problem; undefined when there is none. */
export function textProblem(
  file: string,
  path: string,
  text: string,
  keys: readonly (string | number)[],
): Problem | undefined {
  if (!SUSPECT.test(text)) return undefined;
  const prose = keys.some((k) => typeof k === "string" && PROSE_KEYS.has(k));
  const chinese = keys[keys.length - 1] === "zh";
  let at = 0;
  for (const ch of text) {
    at++;
    const code = ch.codePointAt(0) as number;
    const kind = charKind(code, prose, chinese);
    if (!kind) continue;
    const p = { code: hex(code), at };
    const fix = prose ? msg("dataset.badCharFixProse") : msg("dataset.badCharFix");
    const message =
      kind === "control"
        ? msg("dataset.controlChar", p)
        : kind === "lineBreak"
          ? msg("dataset.lineBreakChar", p)
          : kind === "bidi"
            ? msg("dataset.bidiChar", p)
            : msg("dataset.zeroWidthChar", p);
    return { file, path, message, fix };
  }
  return undefined;
}

/**
 * Keys given twice in one object (`"id": "pm25", "id": "my-pm25"`): JSON.parse keeps the last
 * silently. Counting first: every key of the text is a `"` followed by `:`, and so is an escaped
 * quote before a colon inside a string, so when that count equals the keys JSON.parse kept there
 * is no duplicate, and the file is walked key by key only when there may be one.
 */
export function duplicateKeys(file: string, text: string, keptKeys: number): Problem[] {
  let colons = 0;
  const re = /"\s*:/g;
  while (re.exec(text)) colons++;
  if (colons === keptKeys) return [];
  const problems: Problem[] = [];
  const stack: Set<string>[] = [];
  visit(
    text,
    {
      onObjectBegin: () => {
        stack.push(new Set());
      },
      onObjectEnd: () => {
        stack.pop();
      },
      onObjectProperty: (name, _offset, _length, line, character, pathSupplier) => {
        const keys = stack[stack.length - 1];
        if (!keys) return;
        if (!keys.has(name)) {
          keys.add(name);
          return;
        }
        problems.push({
          file,
          line: line + 1,
          column: character + 1,
          path: jsonPathOf([...pathSupplier(), name]),
          message: msg("dataset.duplicateKey", { key: name }),
          fix: msg("dataset.duplicateKeyFix"),
        });
      },
    },
    { disallowComments: true },
  );
  return problems;
}

function jsonPathOf(keys: readonly (string | number)[]): string {
  let out = "";
  for (const key of keys) out += typeof key === "number" ? `[${key}]` : out ? `.${key}` : key;
  return out;
}
