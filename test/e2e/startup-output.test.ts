/**
 * The built executable's start-up and output paths, black-box: a bundle missing in part or whole,
 * and output to a pipe that fills up. `npm test` builds dist/ first.
 */
import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { needProgram, python3 } from "../helpers/outside.js";
import { BIN, cleanEnv, ROOT, spawnJjj } from "../helpers.js";

const env = { COLUMNS: "100" };
const run = (bin: string, args: string[]) => spawnJjj(args, env, bin);

const temps: string[] = [];
afterAll(() => {
  for (const dir of temps) rmSync(dir, { recursive: true, force: true });
});

/** A copy of the built executable (bin/ and dist/), to break. */
function copy(): { root: string; bin: string } {
  const root = mkdtempSync(join(tmpdir(), "jjj-dist-"));
  temps.push(root);
  cpSync(join(ROOT, "bin"), join(root, "bin"), { recursive: true });
  cpSync(join(ROOT, "dist"), join(root, "dist"), { recursive: true, preserveTimestamps: true });
  return { root, bin: join(root, "bin", "jjj.js") };
}

describe("jjj's start-up and output", () => {
  it("says in one line that it cannot start when the bundle is missing", () => {
    const { root, bin } = copy();
    rmSync(join(root, "dist", "jjj.js"));
    const r = run(bin, ["compare"]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe("");
    const lines = r.stderr.trimEnd().split("\n");
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^jjj: cannot start: .*dist\/jjj\.js/);
    expect(lines[1]).toBe("hint: reinstall jjj, or run `npm run build` in its folder");
  });

  it("says which file it lacks, in one line, when the build is incomplete", () => {
    const { root, bin } = copy();
    // Every command's run is a chunk of its own (run-<hash>.js): without them, no command can run.
    const runs = readdirSync(join(root, "dist")).filter((f) => /^run-.*\.js$/.test(f));
    expect(runs.length).toBeGreaterThan(10);
    for (const f of runs) rmSync(join(root, "dist", f));
    const r = run(bin, ["compare", "--json"]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe("");
    expect(r.stderr).toMatch(/^jjj: internal error: .*run-.*\.js/);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it("writes all of a long output to a non-blocking pipe that fills up (the reader starts late)", (ctx) => {
    needProgram(ctx, "python3");
    // python3 makes the pipe non-blocking before jjj starts, as some programs leave them.
    const script = `
import os, fcntl, subprocess, sys, time
r, w = os.pipe()
fcntl.fcntl(w, fcntl.F_SETFL, fcntl.fcntl(w, fcntl.F_GETFL) | os.O_NONBLOCK)
p = subprocess.Popen([sys.argv[1], sys.argv[2], "export", "--json"], stdout=w)
os.close(w)
time.sleep(0.3)
data = b""
while True:
    chunk = os.read(r, 65536)
    if not chunk: break
    data += chunk
sys.stdout.write(str(p.wait()) + " " + str(len(data)) + "\\n")
sys.stdout.flush()
sys.stdout.buffer.write(data)
`;
    const r = spawnSync(python3(), ["-c", script, process.execPath, BIN], { env: cleanEnv(env), encoding: "utf8" });
    expect(r.status).toBe(0);
    const [head, ...rest] = r.stdout.split("\n");
    const body = rest.join("\n");
    const full = run(BIN, ["export", "--json"]).stdout;
    expect(Buffer.byteLength(full)).toBeGreaterThan(65536);
    expect(head).toBe(`0 ${Buffer.byteLength(full)}`);
    expect(body).toBe(full);
  });
});
