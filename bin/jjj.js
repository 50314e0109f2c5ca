#!/usr/bin/env node
// @ts-check
/**
 * The jjj executable, and its start-up loader. CommonJS (see bin/package.json): Node starts it
 * faster than an ES module, and it loads the bundle itself, without a second file to resolve.
 *
 * The bundle (built by `npm install` / `npm run build`, see scripts/build.mjs) is a set of packs,
 * dist/packs/*.js, each a list of module functions: `main` holds what every command needs, and each
 * part loaded on demand (a command's run, the table renderer, the commander program) has a pack
 * with all it needs beyond main. A pack is one file compiled at once, when one of its modules is
 * first required and not yet defined, with V8's code cache for it (dist/packs/*.cache, made by
 * the build), so that a run of jjj compiles almost nothing.
 *
 * A cache that is missing or that this Node does not accept (another version, other flags, a pack
 * of another length) is ignored: the pack is compiled as usual. V8 does not check the rest of a
 * cache: one damaged on disk can crash Node, like a damaged pack; `npm run build` (or a reinstall)
 * makes them anew.
 */
"use strict";
const { readFileSync, writeSync } = require("node:fs");
const { join } = require("node:path");
const { Script } = require("node:vm");

/**
 * @typedef {(id: string) => unknown} Require
 * @typedef {(this: unknown, exports: unknown, require: Require, module: { exports: unknown }) => void} Factory
 * @typedef {(id: string, factory: Factory) => void} Define
 * @typedef {{ entry: string, packOf: Record<string, string> }} Index the entry module, and the pack of each module
 * @typedef {import("../src/cli/io.js").MemoryIo} MemoryIo
 * @typedef {{
 *   run(): void,
 *   main(argv: readonly string[], io?: MemoryIo): Promise<number>,
 *   memoryIo(options: { columns?: number, isTTY?: boolean }): MemoryIo,
 * }} Entry
 */

const PACKS = join(__dirname, "..", "dist", "packs");
/** @type {Map<string, Factory>} */
const factories = new Map();
/** @type {Map<string, { exports: unknown }>} */
const modules = new Map();
/** The packs compiled so far, by name. @type {Map<string, Script>} */
const loaded = new Map();
/** @type {Index | undefined} */
let index;

/** @param {string} name */
function compile(name) {
  const file = join(PACKS, `${name}.js`);
  /** @type {Buffer | undefined} */
  let cachedData;
  try {
    cachedData = readFileSync(join(PACKS, `${name}.cache`));
  } catch {
    // No cache: compile.
  }
  const script = new Script(readFileSync(file, "utf8"), { filename: file, cachedData });
  loaded.set(name, script);
  return script;
}

/** Define the modules of a pack (those not defined yet). The main pack returns the index. @param {string} name */
function loadPack(name) {
  const script = loaded.get(name) ?? compile(name);
  const definePack = /** @type {(define: Define) => Index | undefined} */ (script.runInThisContext());
  return definePack((id, factory) => {
    if (!factories.has(id)) factories.set(id, factory);
  });
}

/** A module of the bundle (made on first use, like require), or one of Node's built-in modules. @param {string} id */
function load(id) {
  const made = modules.get(id);
  if (made) return made.exports;
  let factory = factories.get(id);
  if (!factory) {
    const pack = index?.packOf[id];
    if (pack === undefined) {
      // Not one of the bundle's modules: it can only be one of Node's own.
      if (!id.startsWith("node:")) throw new Error(`the bundle asks for a module it does not have: ${id}`);
      return require(id);
    }
    loadPack(pack);
    factory = factories.get(id);
    if (!factory)
      throw new Error(`the bundle is incomplete: ${id} is not in dist/packs/${pack}.js (run \`npm run build\`)`);
  }
  const module = { exports: {} };
  modules.set(id, module);
  try {
    factory.call(module.exports, module.exports, load, module);
  } catch (err) {
    // As Node's require: a module that failed is not kept half made; the next require tries again.
    modules.delete(id);
    throw err;
  }
  return module.exports;
}

/** Load the main pack and make the entry module. */
function start() {
  factories.clear();
  modules.clear();
  index = loadPack("main");
  if (!index) throw new Error("dist/packs/main.js has no index");
  return /** @type {Entry} */ (load(index.entry));
}

/** Run jjj on this process's arguments. */
function run() {
  /** @type {Entry} */
  let entry;
  try {
    entry = start();
  } catch (err) {
    // Before jjj's own error handling exists: one line, not Node's trace of a minified file.
    const why = /** @type {Error} */ (err)?.message?.split("\n")[0] ?? String(err);
    writeSync(2, `jjj: cannot start: ${why}\nhint: reinstall jjj, or run \`npm run build\` in its folder\n`);
    process.exit(1);
  }
  entry.run();
}

/**
 * For the build: run these command lines in this process (output kept in memory), then return
 * the code cache of every pack they loaded, with the code they ran compiled in it. Each command
 * line starts from no modules, as a run of jjj does, so that it runs the modules of the packs a
 * run of it loads (a module may be stored in several packs). V8 may drop the compiled code of
 * functions that have not run for a while, so each pack's cache is taken after every command, and
 * the largest kept.
 * @param {readonly (readonly string[])[]} argvs
 * @returns {Promise<{ name: string, cache: Buffer }[]>}
 */
async function warm(argvs) {
  /** @type {Map<string, Buffer>} */
  const caches = new Map();
  for (const argv of argvs) {
    const entry = start();
    const io = entry.memoryIo({ columns: 100 });
    const code = await entry.main(argv, io);
    if (code !== 0) throw new Error(`jjj ${argv.join(" ")} exited ${code}: ${io.stderr()}`);
    snapshot(caches);
  }
  // Once more, writing to this process's standard output as a run does (the build discards it),
  // so that the caches hold the code that writes to a file descriptor too.
  const first = argvs[0] ?? [];
  const code = await start().main(first);
  if (code !== 0) throw new Error(`jjj ${first.join(" ")} exited ${code}`);
  snapshot(caches);
  return [...caches].map(([name, cache]) => ({ name, cache }));
}

/** Keep each loaded pack's cache if it is the largest yet. @param {Map<string, Buffer>} caches */
function snapshot(caches) {
  for (const [name, script] of loaded) {
    const cache = script.createCachedData();
    if (cache.length > (caches.get(name)?.length ?? 0)) caches.set(name, cache);
  }
}

if (require.main === module) run();
else module.exports = { warm };
