import { memoryIo } from "../src/cli/io.js";
import { main } from "../src/main.js";
import { displayWidth } from "../src/render/width.js";

export interface Run {
  code: number;
  out: string;
  err: string;
  lines: string[];
}

/** Run jjj in-process, as a pipe (no TTY) with a clean environment unless told otherwise. */
export async function jjj(
  argv: string[],
  options: { isTTY?: boolean; columns?: number; rows?: number; env?: Record<string, string | undefined> } = {},
): Promise<Run> {
  const io = memoryIo({ env: {}, ...options });
  const code = await main(argv, io);
  const out = io.stdout();
  return { code, out, err: io.stderr(), lines: out.replace(/\n$/, "").split("\n") };
}

export const widest = (lines: readonly string[]) => Math.max(...lines.map((l) => displayWidth(l)));

// biome-ignore lint/suspicious/noControlCharactersInRegex: looking for ANSI escapes is the point
export const ANSI = /\u001b\[/;

/** The column (in terminal cells) where `ch` first occurs in `line`, or -1. */
export function cellOf(line: string, ch: string): number {
  const chars = Array.from(line);
  const i = chars.indexOf(ch);
  return i < 0 ? -1 : displayWidth(chars.slice(0, i).join(""));
}

/** The character at terminal column `col` of a line. */
export function charAt(line: string, col: number): string {
  let w = 0;
  for (const ch of line) {
    if (w === col) return ch;
    w += displayWidth(ch);
    if (w > col) return "";
  }
  return " ";
}

/** Output with wrapped lines joined again, for checking sentences that may wrap. */
export const flat = (text: string) => text.replace(/\n\s*/g, " ");
