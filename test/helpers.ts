/** Test helpers: run jjj in-process, or spawn the built binary with a clean environment. */
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { memoryIo } from "../src/cli/io.js";
import { buildProgram } from "../src/program.js";
import { run } from "./helpers/cli.js";

export const ROOT = fileURLToPath(new URL("..", import.meta.url));
export const BIN = fileURLToPath(new URL("../bin/jjj.js", import.meta.url));

export interface Result {
  code: number;
  stdout: string;
  stderr: string;
}

/** Run `jjj ...argv` in-process, in a pipe by default, with an empty environment. */
export const jjj: (
  argv: string[],
  options?: { isTTY?: boolean; columns?: number; env?: Record<string, string> },
) => Promise<Result> = run;

/** Run jjj and parse its JSON output, failing loudly when it did not succeed. */
export async function jjjJson<T = unknown>(argv: string[]): Promise<T> {
  const r = await jjj(argv);
  if (r.code !== 0) throw new Error(`jjj ${argv.join(" ")} exited ${r.code}: ${r.stderr}`);
  return JSON.parse(r.stdout) as T;
}

/**
 * An environment with nothing that could change jjj's output (as bat's tests do): only PATH
 * and HOME, plus what the test sets.
 */
export function cleanEnv(extra: Record<string, string> = {}): Record<string, string> {
  return { PATH: process.env.PATH ?? "/usr/bin:/bin", HOME: process.env.HOME ?? "/tmp", ...extra };
}

/**
 * Run a shell command line (bash, pipefail) in the project root with a clean environment, and
 * without the user's start-up files (bash reads ~/.bashrc when its input is a socket, as in spawnSync).
 */
export function sh(command: string, env: Record<string, string> = {}): Result {
  const r = spawnSync("bash", ["--norc", "--noprofile", "-o", "pipefail", "-c", command], {
    cwd: ROOT,
    env: cleanEnv(env),
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  });
  if (r.error) throw r.error;
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

/** The built binary, as a user runs it: `node bin/jjj.js ...args` (or another copy of it: `bin`). */
export function spawnJjj(args: string[], env: Record<string, string> = {}, bin = BIN): Result {
  const r = spawnSync(process.execPath, [bin, ...args], { cwd: ROOT, env: cleanEnv(env), encoding: "utf8" });
  if (r.error) throw r.error;
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

/** The commands a user can run: every visible command of the real program. */
export function visibleCommands(): string[] {
  const program = buildProgram(memoryIo(), "en").command;
  return program
    .createHelp()
    .visibleCommands(program)
    .map((c) => c.name());
}

/** Commands that print listings, and so speak every format. */
export const LISTINGS: string[][] = [
  ["themes"],
  ["facts"],
  ["compare"],
  ["search", "PM2.5"],
  ["timeline"],
  ["export"],
  ["schema"],
  ["show", "pm25", "--source"],
];
