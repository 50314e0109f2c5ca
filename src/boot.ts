/**
 * jjj's start-up (dist/jjj.cjs, which bin/jjj.js runs). The bundle's modules are stored in a few
 * packs (dist/packs/*.js): `main` holds what every command needs, and each lazily loaded part
 * (a command's run, the table renderer, validation) has a pack of its own. A pack is one file
 * compiled at once, with V8's code cache for it (dist/packs/*.cache, made by the build), so that a
 * run of jjj reads two or three files and compiles almost nothing. A cache that is missing or
 * that this Node does not accept is ignored: the pack is compiled as usual.
 *
 * Built by scripts/build.mjs as CommonJS, with the list of packs (JJJ_PACKS) filled in.
 */
import { readFileSync } from "node:fs";
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
const loaded: { name: string; script: Script }[] = [];

function loadPack(name: string): void {
  const file = join(__dirname, "packs", `${name}.js`);
  let cachedData: Buffer | undefined;
  try {
    cachedData = readFileSync(join(__dirname, "packs", `${name}.cache`));
  } catch {
    // No cache: compile.
  }
  // The build writes packs in ASCII (non-ASCII text is escaped), which latin1 reads as is, and
  // faster than UTF-8.
  const script = new Script(readFileSync(file, "latin1"), { filename: file, cachedData });
  loaded.push({ name, script });
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
  factory.call(module.exports, module.exports, load, module);
  return module.exports;
}

interface Entry {
  run(): void;
  main(argv: readonly string[], io: MemoryIo): Promise<number>;
  memoryIo(options: { columns?: number; isTTY?: boolean }): MemoryIo;
}

/** Run jjj on this process's arguments. */
export function run(): void {
  (load(JJJ_PACKS.entry) as Entry).run();
}

/**
 * For the build: run these command lines in this process (output kept in memory), then return
 * the code cache of every pack they loaded, with the code they ran compiled in it.
 */
export async function warm(argvs: readonly (readonly string[])[]): Promise<{ name: string; cache: Buffer }[]> {
  const entry = load(JJJ_PACKS.entry) as Entry;
  for (const argv of argvs) {
    const io = entry.memoryIo({ columns: 100 });
    const code = await entry.main(argv, io);
    if (code !== 0) throw new Error(`jjj ${argv.join(" ")} exited ${code}: ${io.stderr()}`);
  }
  return loaded.map(({ name, script }) => ({ name, cache: script.createCachedData() }));
}
