// Bundle jjj into dist/ with esbuild, then check the bundled data files.
// Runs on `npm install` / `npm ci` (the `prepare` script) and in `npm test`.
// JJJ_MINIFY=0 builds jjj unminified, with readable names in CPU profiles
// (`node --cpu-prof bin/jjj.js compare`).
import { execFileSync } from "node:child_process";
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { basename, relative, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { build, transform } from "esbuild";

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
// Build-time tools go to .build/, outside what is installed or published.
rmSync(".build", { recursive: true, force: true });
await build({ ...common, entryPoints: { "contract-gen": "src/contract/generate.ts" }, outdir: ".build" });
execFileSync(process.execPath, [".build/contract-gen.js", "src/contract/fields.generated.json"], { stdio: "inherit" });

// cli-table3 measures text with string-width 4 (slow: see src/render/cli-table3-width.cjs); give it
// jjj's own measure.
const tableWidth = {
  name: "cli-table3-width",
  setup(b) {
    b.onResolve({ filter: /^string-width$/ }, (args) =>
      args.importer.includes("cli-table3")
        ? { path: fileURLToPath(new URL("../src/render/cli-table3-width.cjs", import.meta.url)) }
        : undefined,
    );
  },
};

// Some of cli-table3 0.6.5's own costs, removed with the same results (the version is pinned
// exactly, and the build fails if a patched line is not found):
// - `draw` truncates each cell's text on every line it draws, only to name the cell in a debug
//   message jjj never turns on;
// - each cell works out the fifteen border characters again from the table's (with `setOption`,
//   which splits and joins each name and filters an array): a cell without characters of its own
//   now shares the table's, worked out once (cells only read them);
// - to find the gaps in a table, the layout checks each position against every cell of every row
//   above it, in case one spans down; while no cell spans rows (jjj's never do), only the
//   position's own row can hold one.
const TABLE_PATCHES = {
  "layout-manager.js": [
    [
      "    let i_max = Math.min(rows.length - 1, y);\n    let cell = { x: x, y: y };\n    for (let i = 0; i <= i_max; i++) {",
      "    let i_max = Math.min(rows.length - 1, y);\n    let cell = { x: x, y: y };\n    for (let i = rows.jjjNoRowSpans ? i_max : 0; i <= i_max; i++) {",
    ],
    [
      "    let h_max = maxHeight(table);\n    let w_max = maxWidth(table);",
      "    let h_max = maxHeight(table);\n    let w_max = maxWidth(table);\n    table.jjjNoRowSpans = table.every((row) => row.every((cell) => (cell.rowSpan || 1) <= 1));",
    ],
    [
      "          let cell = new Cell(opts);\n          cell.x = opts.x;",
      "          let cell = new Cell(opts);\n          if (opts.rowSpan > 1) table.jjjNoRowSpans = false;\n          cell.x = opts.x;",
    ],
  ],
  "cell.js": [
    [
      "    let optionsChars = this.options.chars || {};\n    let tableChars = tableOptions.chars;\n    let chars = (this.chars = {});\n    CHAR_NAMES.forEach(function (name) {\n      setOption(optionsChars, tableChars, name, chars);\n    });",
      "    let optionsChars = this.options.chars || {};\n    let tableChars = tableOptions.chars;\n    let chars = this.options.chars ? undefined : tableCharsOf.get(tableChars);\n    if (chars) this.chars = chars;\n    else {\n      chars = this.chars = {};\n      CHAR_NAMES.forEach(function (name) {\n        setOption(optionsChars, tableChars, name, chars);\n      });\n      if (!this.options.chars) tableCharsOf.set(tableChars, chars);\n    }",
    ],
    ["class Cell {", "const tableCharsOf = new WeakMap();\n\nclass Cell {"],
    [
      "let content = utils.truncate(this.content, 10, this.truncate);",
      "let content = ''; // jjj: only for a debug message",
    ],
    [
      "function firstDefined(...args) {\n  return args.filter((v) => v !== undefined && v !== null).shift();\n}",
      "function firstDefined(...args) {\n  for (const v of args) if (v !== undefined && v !== null) return v;\n  return undefined;\n}",
    ],
    [
      "function setOption(objA, objB, nameB, targetObj) {\n  let nameA = nameB.split('-');\n  if (nameA.length > 1) {\n    nameA[1] = nameA[1].charAt(0).toUpperCase() + nameA[1].substr(1);\n    nameA = nameA.join('');\n",
      "const camelNames = new Map();\nfunction setOption(objA, objB, nameB, targetObj) {\n  let nameA = camelNames.get(nameB);\n  if (nameA === undefined) {\n    const parts = nameB.split('-');\n    if (parts.length > 1) parts[1] = parts[1].charAt(0).toUpperCase() + parts[1].substr(1);\n    camelNames.set(nameB, (nameA = parts.length > 1 ? parts.join('') : null));\n  }\n  if (nameA !== null) {\n",
    ],
  ],
};
const tablePatches = {
  name: "cli-table3-patches",
  setup(b) {
    b.onLoad({ filter: /cli-table3[\\/]src[\\/](cell|layout-manager)\.js$/ }, async (args) => {
      let text = readFileSync(args.path, "utf8");
      for (const [from, to] of TABLE_PATCHES[basename(args.path)]) {
        if (!text.includes(from)) throw new Error(`cli-table3 has changed: cannot find ${JSON.stringify(from)}`);
        text = text.replace(from, to);
      }
      return { contents: text, loader: "js" };
    });
  },
};

// commander loads child_process at start-up (which loads net, dgram and streams) for stand-alone
// executable subcommands, which jjj does not have: load it only if it is ever used.
const lazyChildProcess = {
  name: "lazy-child-process",
  setup(b) {
    b.onResolve({ filter: /^(node:)?child_process$/ }, (args) =>
      args.importer.includes("commander") ? { path: "child_process", namespace: "lazy-child-process" } : undefined,
    );
    b.onLoad({ filter: /.*/, namespace: "lazy-child-process" }, () => ({
      contents: 'module.exports = new Proxy({}, { get: (_, key) => require("node:child_process")[key] });',
      loader: "js",
    }));
  },
};

// The CLI. esbuild bundles it as ES modules split into chunks: what every command needs, and
// what only some need (a command's run, tables, charts, validation), loaded on demand. Node starts
// CommonJS faster (an empty .mjs file alone costs 15% over `node -e 0`), and each file it loads
// costs a resolution, a read and a compilation; so each chunk is turned into a CommonJS module
// function, and the functions are stored in a few packs (dist/packs/*.js) that bin/jjj.js loads
// with V8's code cache (dist/packs/*.cache), made below by running jjj's commands once.
const cli = await build({
  ...common,
  banner: {},
  entryPoints: { jjj: "src/entry.ts" },
  outdir: "dist",
  splitting: true,
  chunkNames: "[name]-[hash]",
  minify: process.env.JJJ_MINIFY !== "0",
  write: false,
  metafile: true,
  plugins: [tableWidth, tablePatches, lazyChildProcess],
});
const idOf = (path) => basename(path, ".js");
const chunks = new Map();
for (const file of cli.outputFiles) {
  const id = idOf(file.path);
  const meta = cli.metafile.outputs[relative(process.cwd(), file.path).split(sep).join("/")];
  const internal = meta.imports.filter((i) => !i.external);
  // Every import of another chunk names the chunk's id, which the packs' require resolves.
  let esm = file.text;
  for (const i of internal) esm = esm.replaceAll(`"./${basename(i.path)}"`, JSON.stringify(idOf(i.path)));
  const cjs = await transform(esm, {
    format: "cjs",
    platform: "node",
    target: "node20",
    supported: { "dynamic-import": false },
  });
  // esbuild exports a module's names as getters (live bindings), then copies them into another
  // object of getters that calls the first (__toCommonJS): every use of an import then costs two
  // calls. The first object, marked as an ES module the same way, is all the packs need.
  const EXPORTS = "module.exports = __toCommonJS(stdin_exports);";
  const exported = cjs.code.split(EXPORTS).length - 1;
  if (exported > 1 || (exported === 0 && cjs.code.includes("__toCommonJS("))) {
    throw new Error(`build: unexpected exports in ${id}`);
  }
  const { code } = await transform(
    cjs.code.replace(EXPORTS, 'module.exports = __defProp(stdin_exports, "__esModule", { value: true });'),
    { minify: process.env.JJJ_MINIFY !== "0", target: "node20" },
  );
  chunks.set(id, {
    // Only ASCII: esbuild writes strings and templates with escapes but keeps the characters of a
    // regular expression literal (and of comments, unminified), where an escape means the same.
    // Node reads a file of ASCII faster, into a string half the size.
    code: code.replace(/[\u0080-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`),
    imports: internal.filter((i) => i.kind === "import-statement").map((i) => idOf(i.path)),
    dynamic: internal.filter((i) => i.kind === "dynamic-import").map((i) => idOf(i.path)),
  });
}
const closure = (id, seen = new Set()) => {
  if (!seen.has(id)) {
    seen.add(id);
    for (const dep of chunks.get(id).imports) closure(dep, seen);
  }
  return seen;
};
// The packs. `main` holds the entry and what it imports. Each chunk loaded on demand (a command's
// run, the table renderer, the commander program, …) has a pack with everything it needs beyond
// `main`, so that loading it reads one file; a module several of those need is stored in each,
// except a large one (zod, for validation and the JSON Schemas), which has a pack of its own. A
// pack is loaded when one of its modules is first required and not yet defined.
const main = closure("jjj");
const lazy = new Map();
for (const [, chunk] of chunks) {
  for (const target of chunk.dynamic) {
    if (!lazy.has(target))
      lazy.set(
        target,
        [...closure(target)].filter((id) => !main.has(id)),
      );
  }
}
// Which lazy chunks need each module.
const users = new Map();
for (const [target, ids] of lazy) for (const id of ids) users.set(id, [...(users.get(id) ?? []), target]);
const SHARED_BYTES = 100_000;
const alone = (id) => !lazy.has(id) && users.get(id).length > 1 && chunks.get(id).code.length > SHARED_BYTES;
const packs = new Map([["main", main]]);
for (const [target, ids] of lazy) {
  packs.set(target, new Set(ids.filter((id) => !alone(id))));
  for (const id of ids) if (alone(id)) packs.set(id, new Set([id]));
}
// The pack to load for a module not yet defined: its own, else the first that holds it.
const packOf = {};
for (const [name, ids] of packs) for (const id of ids) if (name === id || !packOf[id]) packOf[id] = name;
mkdirSync("dist/packs", { recursive: true });
// The packs, for the tests (jjj itself has packOf built in).
const manifest = {
  entry: "jjj",
  packs: Object.fromEntries(
    [...packs].map(([name, ids]) => [
      name,
      {
        modules: [...ids],
        // The packs its modules import (loaded with it: main, and the packs of large modules; a
        // large module's other imports are in each pack that loads it), and the chunks its
        // modules load on demand.
        requires: [
          ...new Set(
            [...ids].flatMap((id) =>
              chunks
                .get(id)
                .imports.filter((dep) => !ids.has(dep) && (main.has(dep) || alone(dep)))
                .map((dep) => packOf[dep]),
            ),
          ),
        ],
        loads: [...new Set([...ids].flatMap((id) => chunks.get(id).dynamic))],
      },
    ]),
  ),
  packOf,
};
writeFileSync("dist/packs/manifest.json", `${JSON.stringify(manifest, null, 2)}\n`);
for (const [name, ids] of packs) {
  // Each module function is strict, as the ES modules it was made from are.
  const defs = [...ids].map(
    (id) => `define(${JSON.stringify(id)},function(exports,require,module){"use strict";${chunks.get(id).code}});`,
  );
  // The main pack also returns the index the loader (bin/jjj.js) needs: the entry, and the pack
  // of each module.
  const index = name === "main" ? `return ${JSON.stringify({ entry: "jjj", packOf })};` : "";
  writeFileSync(`dist/packs/${name}.js`, `(function(define){${defs.join("\n")}\n${index}})`);
}
// The code cache of each pack: jjj's commands run once, in one process, and V8 keeps the code they
// compiled. Nothing depends on it but speed: a pack without its cache (or with one that another
// Node version rejects) is compiled at run time.
const WARM = [
  [],
  ["compare"],
  ["compare", "--json"],
  ["compare", "--chart"],
  ["compare", "--format", "csv"],
  ["themes"],
  ["facts"],
  ["facts", "--json"],
  ["show", "pm25", "--source"],
  ["chart", "pm25"],
  ["chart", "--bars", "pm25"],
  ["sources"],
  ["search", "雄安"],
  ["timeline"],
  ["present", "--width", "80"],
  ["quiz", "--seed", "7", "--json"],
  ["export", "--format", "md"],
  ["--help"],
  ["compare", "--help"],
];
execFileSync(
  process.execPath,
  [
    "-e",
    `require("./bin/jjj.js").warm(${JSON.stringify(WARM)}).then((caches) => {
      const fs = require("node:fs");
      for (const { name, cache } of caches) {
        fs.writeFileSync("dist/packs/" + name + ".cache.tmp", cache);
        fs.renameSync("dist/packs/" + name + ".cache.tmp", "dist/packs/" + name + ".cache");
      }
    })`,
  ],
  // The last command line is written to the real standard output (see warm): discarded here.
  { stdio: ["ignore", "ignore", "inherit"] },
);

// The build-time data checker.
await build({ ...common, entryPoints: { "check-data": "src/dataset/check.ts" }, outdir: ".build", minify: true });
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
