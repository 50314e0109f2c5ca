/** The built bundle's packs (dist/packs/manifest.json, written by the build): `npm test` builds first. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { ROOT } from "../helpers.js";

export interface Manifest {
  entry: string;
  packs: Record<string, { modules: string[]; requires: string[]; loads: string[] }>;
  packOf: Record<string, string>;
}

export const DIST = join(ROOT, "dist");

export function manifest(): Manifest {
  return JSON.parse(readFileSync(join(DIST, "packs", "manifest.json"), "utf8")) as Manifest;
}

/** The code of a pack. */
export function packText(name: string): string {
  return readFileSync(join(DIST, "packs", `${name}.js`), "utf8");
}

/** The pack loaded for a command's run (`compare` → the pack of compare.run-…). */
export function runPack(command: string): string {
  const found = Object.keys(manifest().packs).find((name) => name.startsWith(`${command}.run-`));
  if (!found) throw new Error(`no pack for ${command}.run`);
  return found;
}

/** A pack and the packs its modules import, transitively: what loading it loads. */
export function staticPacks(name: string, seen = new Set<string>()): Set<string> {
  if (seen.has(name)) return seen;
  seen.add(name);
  for (const other of manifest().packs[name]?.requires ?? []) staticPacks(other, seen);
  return seen;
}

/** A pack and every pack it may load, with it or on demand, transitively. */
export function lazyPacks(name: string, seen = new Set<string>()): Set<string> {
  if (seen.has(name)) return seen;
  for (const pack of staticPacks(name)) {
    seen.add(pack);
    for (const next of manifest().packs[pack]?.loads ?? []) lazyPacks(manifest().packOf[next] ?? next, seen);
  }
  return seen;
}
