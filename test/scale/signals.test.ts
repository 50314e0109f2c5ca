/**
 * `npm run test:scale`. Signals and pipes, with the built binary on large synthetic data (10,000
 * and 100,000 facts); test/e2e/signals.test.ts holds the quick cases on the bundled data: a closed pipe is a quiet
 * success, Ctrl-C ends jjj at once (by the signal, which the shell shows as status 130) with no
 * message, a full disk is one line.
 */
import { execFileSync, spawn } from "node:child_process";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { tempDir } from "../helpers/files.js";
import { BIN, cleanEnv, ROOT, sh } from "../helpers.js";

let big = "";
let huge = "";

beforeAll(() => {
  const gen = (n: number) => {
    const file = join(tempDir(), `synthetic-${n}.json`);
    writeFileSync(
      file,
      execFileSync(process.execPath, [join(ROOT, "scripts", "gen-synthetic.mjs"), String(n)], { maxBuffer: 1 << 30 }),
    );
    return file;
  };
  big = gen(10000);
  huge = gen(100000);
}, 60000);

describe("a closed pipe on the largest outputs is a quiet success", () => {
  const cases = [
    ["export --format csv", "head -1"],
    ["export --format md", "head -1"],
    ["timeline --format ndjson", "head -1"],
    ["export --json", "head -c 100"],
    ["compare --json", "head -c 100"],
  ];
  for (const [command, head] of cases) {
    it(`jjj ${command} --data <10,000 facts> | ${head}`, () => {
      const r = sh(`node bin/jjj.js ${command} --data ${big} | ${head} > /dev/null; echo "status \${PIPESTATUS[0]}"`);
      expect(r.stderr).toBe("");
      expect(r.stdout).toBe("status 0\n");
    });
  }
});

/** Run the binary, send `signal` after `delay` ms, and say how it ended. */
function interrupt(args: string[], signal: NodeJS.Signals, delay: number) {
  return new Promise<{ status: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string }>(
    (resolve, reject) => {
      const child = spawn(process.execPath, [BIN, ...args], { cwd: ROOT, env: cleanEnv() });
      let stdout = "";
      let stderr = "";
      child.stdout.on("data", (d) => {
        stdout += d;
      });
      child.stderr.on("data", (d) => {
        stderr += d;
      });
      child.on("error", reject);
      child.on("spawn", () => setTimeout(() => child.kill(signal), delay));
      child.on("close", (status, sig) => resolve({ status, signal: sig, stdout, stderr }));
    },
  );
}

describe("Ctrl-C at any point ends jjj cleanly", () => {
  // Starting up, reading, validating, computing: the signal's default action ends the process
  // wherever it is. No message, no stack trace, no output.
  for (const delay of [0, 50, 300, 800]) {
    it(`SIGINT ${delay} ms into \`compare --json\` with 100,000 facts: ended by the signal, nothing printed`, async () => {
      const r = await interrupt(["compare", "--json", "--data", huge], "SIGINT", delay);
      expect(r).toEqual({ status: null, signal: "SIGINT", stdout: "", stderr: "" });
    });
  }

  it("SIGTERM while validating 100,000 facts: ended by the signal, nothing printed", async () => {
    const r = await interrupt(["validate", huge], "SIGTERM", 300);
    expect(r).toEqual({ status: null, signal: "SIGTERM", stdout: "", stderr: "" });
  });

  it("the shell reports Ctrl-C as status 130", () => {
    // Job control on (set -m), so that the background job does not ignore SIGINT as bash's
    // non-interactive background jobs do.
    const r = sh(
      `set -m; node bin/jjj.js validate ${huge} & pid=$!; sleep 0.3; kill -INT $pid; wait $pid; echo "status $?"`,
    );
    expect(r.stdout).toBe("status 130\n");
    // Only bash's own job notice ("[1]+ Interrupt …"), nothing from jjj.
    expect(r.stderr).not.toMatch(/jjj:|Error|\bat /);
  });
});
