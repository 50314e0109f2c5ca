/**
 * Problems found in data files. Free of zod.
 * Printed as `file:line:column: message` (JSON syntax) or `file: json.path: message` (schema and
 * cross-checks), each with a plain-language fix.
 */
import type { Message } from "../core/errors.js";
import { msg, sayMessage } from "../core/messages/index.js";
import { visibleLine } from "../core/text.js";

export interface Problem {
  /** The file the problem is in. */
  file: string;
  /** JSON syntax errors: where the error is, both counted from 1. */
  line?: number;
  column?: number;
  /** Schema and cross-check problems: a JSON path such as `facts[3].values[0].year`. */
  path?: string;
  /** What is wrong, naming the bad value. */
  message: Message;
  /** How to fix it, in plain words. */
  fix?: Message;
}

/** `file:3:14`, `file: facts[0].unit` or `file`: where a problem is, as an editor or a reader finds it. */
function problemPlace(p: Problem): string {
  if (p.line !== undefined) return `${p.file}:${p.line}:${p.column ?? 1}`;
  return p.path ? `${p.file}: ${p.path}` : p.file;
}

/** A problem on one line: its place (made visible: a path may hold a key of the file) and its message. */
export function formatProblem(p: Problem, lang: "zh" | "en" = "en"): string {
  const place = visibleLine(problemPlace(p));
  const text = visibleLine(sayMessage(lang, p.message));
  return place ? `${place}: ${text}` : text;
}

export function problemFix(p: Problem, lang: "zh" | "en" = "en"): string | undefined {
  return p.fix === undefined ? undefined : sayMessage(lang, p.fix);
}

/** How many problems an error lists before it counts the rest. */
export const PROBLEMS_LISTED = 50;

/**
 * Data problems, as an error. `problems` is what a reader is shown: the first PROBLEMS_LISTED, then
 * one line that counts the rest ("… and 129,950 more problems"); `all` is every one of them.
 */
export class DataError extends Error {
  readonly problems: Problem[];
  constructor(readonly all: Problem[]) {
    const problems = all.length <= PROBLEMS_LISTED + 1 ? all : all.slice(0, PROBLEMS_LISTED);
    if (problems !== all) {
      const files = [...new Set(all.map((p) => p.file))].join(" ");
      problems.push({
        file: "",
        message: msg("dataset.moreProblems", { count: (all.length - PROBLEMS_LISTED).toLocaleString("en-US") }),
        fix: msg("dataset.moreProblemsFix", { command: `jjj validate --json ${files}` }),
      });
    }
    super(problems.map((p) => formatProblem(p)).join("\n"));
    this.problems = problems;
    this.name = "DataError";
  }
}
