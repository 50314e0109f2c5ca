/**
 * Signals and pipes, with the built binary: a closed pipe is a quiet success, Ctrl-C ends jjj at
 * once by the signal with no message, a full disk is one error line and a hint. The same on 10,000 and 100,000
 * facts: test/scale/signals.test.ts (`npm run test:scale`).
 */
import { execFileSync, spawn } from "node:child_process";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { tempDir } from "../helpers/files.js";
import { BIN, cleanEnv, jjj, ROOT, sh } from "../helpers.js";

describe("a closed pipe is a quiet success", () => {
  it("for every format, also for an output larger than the pipe's buffer", async () => {
    const cases = [
      "export --format csv | head -1",
      "export --format md | head -1",
      "timeline --format ndjson | head -1",
      "export --json | head -c 100",
      "compare --json | head -c 100",
      "facts | head -1",
    ];
    // One shell for all cases: jjj's stderr is the shell's, and each case prints jjj's status.
    const r = sh(cases.map((c) => `node bin/jjj.js ${c} > /dev/null; echo "${c}: \${PIPESTATUS[0]}"`).join("\n"));
    expect(r.stderr).toBe("");
    expect(r.stdout).toBe(cases.map((c) => `${c}: 0\n`).join(""));
    expect((await jjj(["export", "--json"])).stdout.length).toBeGreaterThan(65536);
  });

  it("jjj facts --data <1,000 facts> | head -1: the table's first line, nothing else", () => {
    const small = join(tempDir(), "synthetic-1000.json");
    writeFileSync(small, execFileSync(process.execPath, [join(ROOT, "scripts", "gen-synthetic.mjs"), "1000"]));
    const r = sh(`node bin/jjj.js facts --data ${small} --width 80 | head -1`);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe("");
    expect(r.stdout).toMatch(/^Fact {2,}Value {2}Unit {2,}When\n$/);
  });
});

describe("Ctrl-C ends jjj cleanly", () => {
  it("SIGINT as it starts: ended by the signal, nothing printed", async () => {
    const r = await new Promise<{ status: number | null; signal: NodeJS.Signals | null; out: string }>(
      (resolve, reject) => {
        const child = spawn(process.execPath, [BIN, "compare", "--json"], { cwd: ROOT, env: cleanEnv() });
        let out = "";
        child.stdout.on("data", (d) => {
          out += d;
        });
        child.stderr.on("data", (d) => {
          out += d;
        });
        child.on("error", reject);
        child.on("spawn", () => child.kill("SIGINT"));
        child.on("close", (status, signal) => resolve({ status, signal, out }));
      },
    );
    expect(r).toEqual({ status: null, signal: "SIGINT", out: "" });
  });
});

describe("output that cannot be written", () => {
  it("a full disk is one error line and a hint on stderr, and exit 1", () => {
    const r = sh("node bin/jjj.js themes > /dev/full");
    expect(r).toEqual({
      code: 1,
      stdout: "",
      stderr:
        "jjj: cannot write to standard output (ENOSPC)\nhint: check that the file or device the output goes to has room and can be written\n",
    });
  });
});
