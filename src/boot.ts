/**
 * jjj's start-up (dist/jjj.cjs, which bin/jjj.js runs). Each of the bundle's modules is stored in
 * one pack (dist/packs/*.js): `main` holds what every command needs, the rest is grouped by the
 * lazily loaded parts that need it (a command's run, the table renderer, validation). A pack is
 * one file compiled at once, when one of its modules is first required, with V8's code cache for
 * it (dist/packs/*.cache, made by the build), so that a run of jjj compiles almost nothing.
 *
 * A cache that is missing or that this Node does not accept (another version, other flags, a pack
 * of another length) is ignored: the pack is compiled as usual. V8 does not check the rest of a
 * cache: one damaged on disk can crash Node, like a damaged pack; `npm run build` (or a reinstall)
 * makes them anew.
 *
 * Built by scripts/build.mjs as CommonJS, with the list of packs (JJJ_PACKS) filled in.
 */
import { readFileSync, writeSync } from "node:fs";
import { join } from "node:path";
import { Script } from "node:vm";
import type { MemoryIo } from "./cli/io.js";

declare const JJJ_PACKS: {
  /** The module that starts jjj. */
  entry: string;
  /** For each module, the pack that defines it. */
  packOf: Record<string, string>;
};

type Require = (id: string) => unknown;
type Factory = (this: unknown, exports: unknown, require: Require, module: { exports: unknown }) => void;
type Define = (id: string, factory: Factory) => void;

const factories = new Map<string, Factory>();
const modules = new Map<string, { exports: unknown }>();
/** The packs compiled so far, by name. */
const loaded = new Map<string, Script>();

function compile(name: string): Script {
  const file = join(__dirname, "packs", `${name}.js`);
  let cachedData: Buffer | undefined;
  try {
    cachedData = readFileSync(join(__dirname, "packs", `${name}.cache`));
  } catch {
    // No cache: compile.
  }
  const script = new Script(readFileSync(file, "utf8"), { filename: file, cachedData });
  loaded.set(name, script);
  return script;
}

function loadPack(name: string): void {
  const script = loaded.get(name) ?? compile(name);
  const definePack = script.runInThisContext() as (define: Define) => void;
  definePack((id, factory) => {
    if (!factories.has(id)) factories.set(id, factory);
  });
}

/** A module of the bundle (made on first use, like require), or one of Node's built-in modules. */
function load(id: string): unknown {
  const made = modules.get(id);
  if (made) return made.exports;
  let factory = factories.get(id);
  if (!factory) {
    const pack = JJJ_PACKS.packOf[id];
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

interface Entry {
  run(): void;
  main(argv: readonly string[], io: MemoryIo): Promise<number>;
  memoryIo(options: { columns?: number; isTTY?: boolean }): MemoryIo;
}

/** Run jjj on this process's arguments. */
export function run(): void {
  let entry: Entry;
  try {
    entry = load(JJJ_PACKS.entry) as Entry;
  } catch (err) {
    // Before jjj's own error handling exists: one line, not Node's trace of a minified file.
    const why = (err as Error)?.message?.split("\n")[0] ?? String(err);
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
 */
export async function warm(argvs: readonly (readonly string[])[]): Promise<{ name: string; cache: Buffer }[]> {
  const caches = new Map<string, Buffer>();
  for (const argv of argvs) {
    factories.clear();
    modules.clear();
    const entry = load(JJJ_PACKS.entry) as Entry;
    const io = entry.memoryIo({ columns: 100 });
    const code = await entry.main(argv, io);
    if (code !== 0) throw new Error(`jjj ${argv.join(" ")} exited ${code}: ${io.stderr()}`);
    for (const [name, script] of loaded) {
      const cache = script.createCachedData();
      if (cache.length > (caches.get(name)?.length ?? 0)) caches.set(name, cache);
    }
  }
  return [...caches].map(([name, cache]) => ({ name, cache }));
}
