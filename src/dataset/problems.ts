/** Problems found in data files, reported as `file: JSON path: message`. Free of zod. */

export interface Problem {
  /** The file the problem is in. */
  file: string;
  /** A JSON path such as `facts[3].values[0].year`, or `line:column` for a syntax error. */
  where: string;
  message: string;
}

export function formatProblem(p: Problem): string {
  return `${p.file}${p.where ? `: ${p.where}` : ""}: ${p.message}`;
}

export class DataError extends Error {
  constructor(readonly problems: Problem[]) {
    super(problems.map(formatProblem).join("\n"));
    this.name = "DataError";
  }
}
