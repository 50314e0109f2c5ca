// Bundle jjj into dist/ with esbuild, then check the bundled data files.
// Runs on `npm install` / `npm ci` (the `prepare` script) and in `npm test`.
import { execFileSync } from "node:child_process";
import { readdirSync, rmSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

rmSync("dist", { recursive: true, force: true });

const common = {
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  logLevel: "warning",
  legalComments: "none",
  // Prefer packages' ES module builds (jsonc-parser's CommonJS build is UMD, which does not bundle).
  mainFields: ["module", "main"],
  // commander and cli-table3 are CommonJS: give the ESM bundle a `require` for Node's built-ins.
  // process.getBuiltinModule (Node ≥ 20.16) is cheaper than createRequire, which loads the
  // CommonJS loader at start-up; older Node 20 releases fall back to it.
  banner: {
    js: 'const require=process.getBuiltinModule?(m)=>process.getBuiltinModule(m):(await import("node:module")).createRequire(import.meta.url);',
  },
};

// The field paths of each command's JSON contract, generated from the zod schemas before the CLI is
// bundled, so that `--fields` and the CSV columns need no zod at run time (a test checks the file).
await build({ ...common, entryPoints: { "contract-gen": "src/contract/generate.ts" }, outdir: "dist" });
execFileSync(process.execPath, ["dist/contract-gen.js", "src/contract/fields.generated.json"], { stdio: "inherit" });

// cli-table3's strip-ansi builds its regular expression on every call; give it one built once.
const ansiRegexOnce = {
  name: "ansi-regex-once",
  setup(b) {
    b.onResolve({ filter: /^ansi-regex$/ }, (args) =>
      args.importer.includes("cli-table3")
        ? { path: fileURLToPath(new URL("../src/render/ansi-regex-once.cjs", import.meta.url)) }
        : undefined,
    );
  },
};

// The CLI: one entry file, with code that only some commands need (tables, validation) split
// into chunks that are loaded on demand.
await build({
  ...common,
  entryPoints: { jjj: "src/entry.ts" },
  outdir: "dist",
  splitting: true,
  chunkNames: "chunks/[name]-[hash]",
  minify: true,
  plugins: [ansiRegexOnce],
});
// The build-time data checker.
await build({ ...common, entryPoints: { "check-data": "src/dataset/check.ts" }, outdir: "dist", minify: true });
const dataFiles = readdirSync("data")
  .filter((f) => f.endsWith(".json") && !f.endsWith(".schema.json"))
  .map((f) => `data/${f}`);
try {
  execFileSync(process.execPath, ["dist/check-data.js", "--schema", "data/dataset.schema.json", ...dataFiles], {
    stdio: "inherit",
  });
} catch {
  console.error("build: the bundled data has problems (listed above)");
  process.exit(1);
}
