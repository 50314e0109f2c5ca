#!/usr/bin/env node
// The jjj executable: Node's compile cache (Node 22.1+; nothing on Node 20), then the bundle that
// `npm install` / `npm run build` makes in dist/ (see scripts/build.mjs).
import module from "node:module";

module.enableCompileCache?.();
let entry;
try {
  entry = await import("../dist/jjj.js");
} catch (err) {
  process.stderr.write(
    `jjj: cannot start: ${String(err?.message ?? err).split("\n")[0]}\nhint: reinstall jjj, or run \`npm run build\` in its folder\n`,
  );
  process.exitCode = 1;
}
entry?.run();
