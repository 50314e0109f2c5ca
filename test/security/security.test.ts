/**
 * The promises of the README's Security section, checked: no network access, no eval or
 * Function at run time, no dynamic import of anything but jjj's own modules, data files read and
 * never executed, and no runtime dependency with an install script.
 */
import { spawnSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { userFact, userFile, writeTemp } from "../helpers/files.js";
import { cleanEnv, ROOT } from "../helpers.js";

/** Every file under a directory, recursively. */
function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)],
  );
}

/** Run the built binary with code generation from strings disallowed and the network and processes refused. */
function guarded(args: string[]) {
  const r = spawnSync(
    process.execPath,
    [
      "--disallow-code-generation-from-strings",
      "--import",
      join(ROOT, "test", "security", "no-network.mjs"),
      join(ROOT, "bin", "jjj.js"),
      ...args,
    ],
    { cwd: ROOT, env: cleanEnv(), encoding: "utf8", maxBuffer: 64 * 1024 * 1024 },
  );
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe("security", () => {
  const mine = () => writeTemp("security/mine.json", userFile([userFact("my-pm25")]));
  const broken = () => writeTemp("security/broken.json", userFile([userFact("my-pm25", { unit: "furlongs" })]));
  const commands: [string[], number][] = [
    [[], 0],
    [["compare", "--json"], 0],
    [["facts", "--format", "csv"], 0],
    [["chart", "pm25"], 0],
    [["search", "医保"], 0],
    [["export", "--format", "md"], 0],
    [["schema", "dataset"], 0],
    [["completion", "zsh"], 0],
    [["help", "compare"], 0],
  ];
  for (const [args, code] of commands) {
    it(`jjj ${args.join(" ")} runs with no eval/Function, no network and no process`, () => {
      const r = guarded(args);
      expect(r.stderr).toBe("");
      expect(r.code).toBe(code);
    });
  }

  it("validating and loading data files, good and broken, needs no eval/Function either (zod falls back by itself)", () => {
    expect(guarded(["validate", mine()])).toMatchObject({ code: 0, stderr: "" });
    expect(guarded(["compare", "--json", "--from", "2021", "--to", "2022", "--data", mine()])).toMatchObject({
      code: 0,
      stderr: "",
    });
    expect(guarded(["export", "--as-data", "--data", mine()])).toMatchObject({ code: 0, stderr: "" });
    const bad = guarded(["validate", broken()]);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('unknown unit "furlongs"');
    expect(bad.stderr).not.toContain("Code generation from strings disallowed");
  });

  it("jjj's own code has no eval, no Function constructor, and imports modules only by literal names", () => {
    const offenders: string[] = [];
    const files = [join(ROOT, "bin", "jjj.js"), ...walk(join(ROOT, "src")).filter((f) => /\.(ts|cjs|mjs|js)$/.test(f))];
    for (const file of files) {
      // Code only: comments may name what the code avoids.
      const text = readFileSync(file, "utf8")
        .replace(/\/\*[\s\S]*?\*\//g, "")
        .replace(/(^|[^:"'`])\/\/.*$/gm, "$1");
      const where = relative(ROOT, file);
      if (/\beval\s*\(/.test(text)) offenders.push(`${where}: eval`);
      if (/\bnew\s+Function\b|\bFunction\s*\(/.test(text)) offenders.push(`${where}: Function`);
      for (const m of text.matchAll(/\bimport\s*\(\s*([^)]*)\)/g)) {
        if (!/^"[^"]+"$/.test((m[1] ?? "").trim())) offenders.push(`${where}: import(${m[1]})`);
      }
      if (/\brequire\s*\(\s*[^"')]/.test(text)) offenders.push(`${where}: require of a computed name`);
    }
    expect(offenders).toEqual([]);
  });

  it("the bundle reaches no network module: only these Node built-ins are loaded", () => {
    const builtins = new Set<string>();
    const names =
      /(?:from\s*|\(\s*)["'](?:node:)?(assert|buffer|child_process|cluster|crypto|dgram|dns|events|fs|http|http2|https|inspector|module|net|os|path|process|readline|stream|tls|tty|url|util|vm|worker_threads|zlib)["']/g;
    const code = [join(ROOT, "bin", "jjj.js"), ...walk(join(ROOT, "dist")).filter((f) => /\.c?js$/.test(f))];
    expect(code).toContain(join(ROOT, "dist", "jjj.js"));
    for (const file of code) {
      for (const m of readFileSync(file, "utf8").matchAll(names)) builtins.add(m[1] ?? "");
    }
    // child_process: commander's support for executable subcommands, which jjj does not use (the
    // test above runs every kind of command with it refused). module: the compile cache, and
    // `require` for the CommonJS libraries in the bundle.
    for (const name of builtins) {
      expect(["buffer", "child_process", "events", "fs", "module", "os", "path", "process", "tty", "util"]).toContain(
        name,
      );
    }
    expect(builtins.has("fs")).toBe(true);
  });

  it("no runtime dependency runs an install script", () => {
    const lock = JSON.parse(readFileSync(join(ROOT, "package-lock.json"), "utf8")) as {
      packages: Record<string, { dev?: boolean; hasInstallScript?: boolean }>;
    };
    const runtime = Object.entries(lock.packages).filter(([path, p]) => path !== "" && !p.dev);
    expect(runtime.length).toBeGreaterThan(5);
    expect(runtime.filter(([, p]) => p.hasInstallScript).map(([path]) => path)).toEqual([]);
  });
});
