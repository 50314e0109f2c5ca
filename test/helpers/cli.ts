/** Run jjj in-process with a fake Io and collect what it printed. */
import { memoryIo } from "../../src/cli/io.js";
import { main } from "../../src/main.js";

export interface RunOptions {
  isTTY?: boolean;
  columns?: number;
  env?: Record<string, string | undefined>;
}

export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

export async function run(argv: string[], options: RunOptions = {}): Promise<RunResult> {
  const io = memoryIo({ isTTY: options.isTTY ?? false, columns: options.columns, env: options.env ?? {} });
  const code = await main(argv, io);
  return { code, stdout: io.stdout(), stderr: io.stderr() };
}

/** The start of every ANSI colour/style escape sequence (CSI). */
export const ANSI = "\u001b[";

export function hasAnsi(text: string): boolean {
  return text.includes(ANSI);
}

/** Lines of stderr that are error lines ("jjj: …"), and lines that are neither errors nor hints. */
export function errorLines(stderr: string): { errors: string[]; other: string[] } {
  const lines = stderr.split("\n").filter((l) => l !== "");
  return {
    errors: lines.filter((l) => l.startsWith("jjj: ")),
    other: lines.filter((l) => !l.startsWith("jjj: ") && !l.startsWith("hint: ")),
  };
}

/** The examples of a help text: lines such as "  $ jjj compare --json". */
export function examples(help: string): string[] {
  return help
    .split("\n")
    .map((l) => l.trim())
    .filter((l) => l.startsWith("$ jjj"));
}
