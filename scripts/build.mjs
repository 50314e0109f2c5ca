// Bundle jjj into dist/ with esbuild, then check the bundled data files.
// Runs on `npm install` / `npm ci` (the `prepare` script) and in `npm test`.
// JJJ_MINIFY=0 builds jjj unminified, with readable names in CPU profiles
// (`node --cpu-prof bin/jjj.js compare`).
import { execFileSync } from "node:child_process";
import { readdirSync, rmSync } from "node:fs";
import { build } from "esbuild";

const common = {
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  logLevel: "warning",
  legalComments: "none",
  // Prefer packages' ES module builds (jsonc-parser's CommonJS build is UMD, which does not bundle).
  mainFields: ["module", "main"],
  // commander and cli-table3 are CommonJS: give the ES modules a `require` for Node's built-ins.
  banner: {
    js: 'import { createRequire as __jjjRequire } from "node:module"; const require = __jjjRequire(import.meta.url);',
  },
};

// The CLI: one ES module bundle, split at each `import()` (a command's run, tables, charts,
// validation, the commander program), so that a command loads only what it needs.
rmSync("dist", { recursive: true, force: true });
await build({
  ...common,
  entryPoints: { jjj: "src/entry.ts" },
  outdir: "dist",
  splitting: true,
  chunkNames: "[name]-[hash]",
  minify: process.env.JJJ_MINIFY !== "0",
});

// The bundled data files, checked (and the dataset's JSON Schema written) by a build-time tool in
// .build/, outside what is installed or published.
rmSync(".build", { recursive: true, force: true });
await build({ ...common, entryPoints: { "check-data": "src/dataset/check.ts" }, outdir: ".build" });
const dataFiles = readdirSync("data")
  .filter((f) => f.endsWith(".json") && !f.endsWith(".schema.json"))
  .map((f) => `data/${f}`);
try {
  execFileSync(process.execPath, [".build/check-data.js", "--schema", "data/dataset.schema.json", ...dataFiles], {
    stdio: "inherit",
  });
} catch {
  console.error("build: the bundled data has problems (listed above)");
  process.exit(1);
}
