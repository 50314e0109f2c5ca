/**
 * The built `jjj quiz` reading answers from a pipe: it ends when the questions are answered even
 * if the pipe stays open, and at the end of input with the score so far. It never waits for more.
 */
import { spawn, spawnSync } from "node:child_process";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { cleanEnv, ROOT } from "../helpers.js";

const BIN = join(ROOT, "bin", "jjj.js");

describe("jjj quiz in a pipe", () => {
  it("ends after the last answer although standard input is still open", async () => {
    const child = spawn(process.execPath, [BIN, "quiz", "--seed", "7", "--count", "2"], {
      cwd: ROOT,
      env: cleanEnv(),
      stdio: ["pipe", "pipe", "pipe"],
    });
    let out = "";
    child.stdout.setEncoding("utf8").on("data", (d: string) => {
      out += d;
    });
    // The answers, and then nothing: the writer keeps the pipe open.
    child.stdin.write("d\n3\n");
    const code = await new Promise<number | null>((resolve) => child.on("exit", resolve));
    child.stdin.destroy();
    expect(code).toBe(0);
    expect(out.endsWith("\nScore: 2/2\n")).toBe(true);
  }, 20000);

  it("echoes a rejected 5 MB line cut to a sensible length, its control characters shown", () => {
    const line = `${"z".repeat(5_000_000)}\u001b]52;c;aGVsbG8=\u0007`;
    const r = spawnSync(process.execPath, [BIN, "quiz", "--seed", "7", "--count", "1"], {
      cwd: ROOT,
      env: cleanEnv(),
      input: `${line}\nd\n`,
      encoding: "utf8",
      maxBuffer: 64 * 1024 * 1024,
    });
    expect(r.status).toBe(0);
    expect(r.stdout.length).toBeLessThan(5000);
    expect(r.stdout).not.toContain("\u001b");
    expect(r.stdout).toContain(`"${"z".repeat(80)}…" is not an answer`);
    expect(r.stdout.endsWith("Score: 1/1\n")).toBe(true);
  }, 20000);

  it("ends at once on an empty, closed input, with the score so far", () => {
    const r = spawnSync(process.execPath, [BIN, "quiz", "--seed", "7"], {
      cwd: ROOT,
      env: cleanEnv(),
      input: "",
      encoding: "utf8",
    });
    expect(r.status).toBe(0);
    expect(r.stderr).toBe("");
    expect(r.stdout.endsWith("\nStopped after 0 of 5 questions. Score: 0/0\n")).toBe(true);
  });
});
