#!/usr/bin/env node
// `npm run docs`: write the documentation that is made, not written (scripts/docs-gen.ts says what):
// the examples and tables in README.md, docs/guide.md, docs/data.md and data/README.md, the
// reference pages, the man page and the JSON contract. test/docs/docs.test.ts checks them.
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { build } from "esbuild";

const ROOT = join(import.meta.dirname, "..");
await build({
  entryPoints: { "docs-gen": join(ROOT, "scripts/docs-gen.ts") },
  outdir: join(ROOT, ".build"),
  outExtension: { ".js": ".mjs" },
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  logLevel: "warning",
  mainFields: ["module", "main"],
  banner: {
    js: 'import { createRequire as __jjjRequire } from "node:module"; const require = __jjjRequire(import.meta.url);',
  },
});
const { generateDocs } = await import(join(ROOT, ".build", "docs-gen.mjs"));
for (const [path, text] of await generateDocs()) {
  mkdirSync(dirname(join(ROOT, path)), { recursive: true });
  writeFileSync(join(ROOT, path), text);
  console.log(`wrote ${path}`);
}
