/**
 * Problems found in data files. Free of zod.
 * Printed as `file:line:column: message` (JSON syntax) or `file: json.path: message` (schema and
 * cross-checks), each with a plain-language fix.
 */
import { type Message, say } from "../core/errors.js";

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

export function formatProblem(p: Problem, lang: "zh" | "en" = "en"): string {
  return `${problemPlace(p)}: ${say(p.message, lang)}`;
}

export function problemFix(p: Problem, lang: "zh" | "en" = "en"): string | undefined {
  return p.fix === undefined ? undefined : say(p.fix, lang);
}

export class DataError extends Error {
  constructor(readonly problems: Problem[]) {
    super(problems.map((p) => formatProblem(p)).join("\n"));
    this.name = "DataError";
  }
}
