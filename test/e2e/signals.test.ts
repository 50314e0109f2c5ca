/**
 * Signals and pipes, with the built binary on large synthetic data: a closed pipe is a quiet
 * success, Ctrl-C ends jjj at once (by the signal, which the shell shows as status 130) with no
 * message, a full disk is one error line and a hint.
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

  it("jjj facts --data <1,000 facts> | head -1: the table's first line, nothing else", () => {
    const small = join(tempDir(), "synthetic-1000.json");
    writeFileSync(small, execFileSync(process.execPath, [join(ROOT, "scripts", "gen-synthetic.mjs"), "1000"]));
    const r = sh(`node bin/jjj.js facts --data ${small} --width 80 | head -1`);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe("");
    expect(r.stdout).toMatch(/^Fact {2,}Value {2}Unit {2,}When\n$/);
  });
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
