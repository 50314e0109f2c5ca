/**
 * Parse, validate and merge dataset files. Pure: takes file texts, returns a Dataset or problems.
 * Reading files from disk is the caller's job (see `files.ts`).
 */
import { type ParseError, parse as parseJsonc, printParseErrorCode } from "jsonc-parser";
import type { z } from "zod";
import { DataError, type Problem } from "./problems.js";
import { DatasetFile, type Fact, type Place, type Source, type Theme } from "./schema.js";

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

/** JSON path of a zod issue: facts[3].values[0].year */
export function jsonPath(path: readonly PropertyKey[]): string {
  let out = "";
  for (const key of path) {
    if (typeof key === "number") out += `[${key}]`;
    else out += out ? `.${String(key)}` : String(key);
  }
  return out || "(top level)";
}

export function parseFile({ file, text }: FileText): { data?: DatasetFile; problems: Problem[] } {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (err) {
    return { problems: [syntaxProblem(file, text, err as Error)] };
  }
  const result = DatasetFile.safeParse(raw);
  if (!result.success) {
    return { problems: zodProblems(file, result.error) };
  }
  return { data: result.data, problems: [] };
}

/** A JSON syntax error as `line:column: message`, located with jsonc-parser in strict JSON mode. */
function syntaxProblem(file: string, text: string, err: Error): Problem {
  const errors: ParseError[] = [];
  parseJsonc(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  const first = errors[0];
  if (!first) return { file, where: "", message: `not valid JSON (${err.message})` };
  const before = text.slice(0, first.offset);
  const line = before.split("\n").length;
  const column = first.offset - before.lastIndexOf("\n");
  const code = printParseErrorCode(first.error);
  return { file, where: `${line}:${column}`, message: `not valid JSON: ${JSON_ERRORS[code] ?? code}` };
}

/** jsonc-parser's error codes in plain words, with the usual fix. */
const JSON_ERRORS: Record<string, string> = {
  InvalidSymbol: "unexpected character",
  InvalidNumberFormat: "malformed number (NaN and Infinity are not JSON)",
  PropertyNameExpected: 'a "quoted" property name is expected here (a trailing comma before } is not allowed)',
  ValueExpected: "a value is expected here (a trailing comma before ] is not allowed)",
  ColonExpected: "a colon is expected after the property name",
  CommaExpected: "a comma is expected between items",
  CloseBraceExpected: "a closing } is missing",
  CloseBracketExpected: "a closing ] is missing",
  EndOfFileExpected: "extra text after the end of the JSON value",
  InvalidCommentToken: "comments are not allowed in JSON",
  UnexpectedEndOfComment: "comments are not allowed in JSON",
  UnexpectedEndOfString: "a string is not closed",
  UnexpectedEndOfNumber: "malformed number",
  InvalidUnicode: "malformed \\u escape",
  InvalidEscapeCharacter: "invalid escape in a string",
  InvalidCharacter: "invalid character in a string (control characters must be escaped)",
};

function zodProblems(file: string, error: z.ZodError): Problem[] {
  return error.issues.map((issue) => ({ file, where: jsonPath(issue.path), message: issue.message }));
}

interface Origin {
  file: string;
  where: string;
}

/**
 * Merge parsed files into one dataset and cross-check it: unique ids, and every reference
 * (theme, place, source, related fact, extended fact, article section) resolves.
 */
export function mergeFiles(files: { file: string; data: DatasetFile }[]): { dataset: Dataset; problems: Problem[] } {
  const problems: Problem[] = [];
  const dataset: Dataset = { sources: [], themes: [], places: [], facts: [] };
  const seen = {
    sources: new Map<string, Origin>(),
    themes: new Map<string, Origin>(),
    places: new Map<string, Origin>(),
    facts: new Map<string, Origin>(),
  };
  const kinds = ["sources", "themes", "places", "facts"] as const;
  for (const { file, data } of files) {
    for (const kind of kinds) {
      data[kind].forEach((item, index) => {
        const where = `${kind}[${index}].id`;
        const before = seen[kind].get(item.id);
        if (before) {
          problems.push({
            file,
            where,
            message: `duplicate id "${item.id}" (already defined in ${before.file} at ${before.where})`,
          });
          return;
        }
        seen[kind].set(item.id, { file, where });
        (dataset[kind] as { id: string }[]).push(item);
      });
    }
  }
  dataset.themes.sort((a, b) => a.order - b.order);

  const sectionIds = new Set(["lead", ...seen.themes.keys()]);
  for (const { file, data } of files) {
    data.places.forEach((place, i) => {
      if (place.within !== undefined && !seen.places.has(place.within)) {
        problems.push({ file, where: `places[${i}].within`, message: `unknown place "${place.within}"` });
      }
    });
  }
  for (const { file, data } of files) {
    data.facts.forEach((fact, i) => {
      const at = (suffix: string) => `facts[${i}]${suffix}`;
      const need = (map: Map<string, Origin>, id: string | undefined, where: string, what: string) => {
        if (id !== undefined && !map.has(id))
          problems.push({ file, where: at(where), message: `unknown ${what} "${id}"` });
      };
      need(seen.themes, fact.theme, ".theme", "theme");
      need(seen.places, fact.place, ".place", "place");
      fact.related?.forEach((id, j) => {
        need(seen.facts, id, `.related[${j}]`, "fact");
      });
      const checkLocator = (loc: { ref: string; section?: string }, where: string) => {
        need(seen.sources, loc.ref, `${where}.ref`, "source");
        if (loc.section !== undefined && !sectionIds.has(loc.section)) {
          problems.push({ file, where: at(`${where}.section`), message: `unknown section "${loc.section}"` });
        }
      };
      if (fact.kind === "event") {
        checkLocator(fact.source, ".source");
        return;
      }
      need(seen.facts, fact.extends, ".extends", "fact");
      // A value given twice for the same time, place and category must not disagree.
      const given = new Map<string, { j: number; value: number }>();
      fact.values.forEach((v, j) => {
        need(seen.places, v.place, `.values[${j}].place`, "place");
        checkLocator(v.source, `.values[${j}].source`);
        const when = v.year ?? v.date ?? (v.period ? `${v.period.from}-${v.period.to}` : "publication");
        const key = `${when}|${v.place ?? ""}|${v.category?.en ?? ""}`;
        const before = given.get(key);
        if (before && before.value !== v.value) {
          problems.push({
            file,
            where: at(`.values[${j}].value`),
            message: `${v.value} conflicts with ${before.value} given for the same time at values[${before.j}]`,
          });
        } else if (!before) given.set(key, { j, value: v.value });
      });
      fact.changes?.forEach((c, j) => {
        checkLocator(c.source, `.changes[${j}].source`);
      });
    });
  }
  return { dataset, problems };
}

/**
 * Parse and merge file texts, after any already-trusted files (the bundled data);
 * throws DataError listing every problem.
 */
export function loadDataset(files: FileText[], trusted: { file: string; data: DatasetFile }[] = []): Dataset {
  const parsed: { file: string; data: DatasetFile }[] = [...trusted];
  const problems: Problem[] = [];
  for (const f of files) {
    const r = parseFile(f);
    problems.push(...r.problems);
    if (r.data) parsed.push({ file: f.file, data: r.data });
  }
  if (problems.length) throw new DataError(problems);
  const merged = mergeFiles(parsed);
  if (merged.problems.length) throw new DataError(merged.problems);
  return merged.dataset;
}
