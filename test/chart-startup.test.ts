/**
 * Start-up stays light: the bundle's entry, and the runs of commands other than chart, must not
 * load asciichart or the chart renderers statically. Reads the built bundle (`npm test` builds first).
 */
import { readFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { describe, expect, it } from "vitest";

const DIST = join(import.meta.dirname, "..", "dist");
// asciichart exports its colours by name; no other code of ours spells this.
const ASCIICHART = "lightmagenta";

function read(file: string): string {
  return readFileSync(file, "utf8");
}

/** Files a module imports statically (`import … from "./x.js"`), and those it imports dynamically. */
function imports(file: string): { static: string[]; dynamic: string[] } {
  const code = read(file);
  const resolve = (spec: string) => join(dirname(file), spec);
  const statics = [...code.matchAll(/(?:from|import)\s*"(\.\.?\/[^"]+)"/g)].map((m) => resolve(m[1] as string));
  const dynamics = [...code.matchAll(/import\(\s*"(\.\.?\/[^"]+)"\s*\)/g)].map((m) => resolve(m[1] as string));
  return { static: statics, dynamic: dynamics };
}

/** Every file loaded with `file`, before any dynamic import runs. */
function staticGraph(file: string, seen = new Set<string>()): Set<string> {
  if (seen.has(file)) return seen;
  seen.add(file);
  for (const dep of imports(file).static) staticGraph(dep, seen);
  return seen;
}

function runChunk(name: string): string {
  const entry = join(DIST, "jjj.js");
  const found = imports(entry).dynamic.find((f) => relative(DIST, f).startsWith(`chunks/${name}.run-`));
  expect(found, `${name}.run chunk`).toBeDefined();
  return found as string;
}

const loads = (files: Set<string>, marker: string) => [...files].some((f) => read(f).includes(marker));

describe("start-up", () => {
  it("does not load asciichart for any command but chart", () => {
    expect(loads(staticGraph(join(DIST, "jjj.js")), ASCIICHART)).toBe(false);
    for (const name of ["overview", "themes", "facts", "show", "compare", "sources", "chart"]) {
      expect(loads(staticGraph(runChunk(name)), ASCIICHART), name).toBe(false);
    }
  });

  it("finds asciichart behind the chart command's dynamic import", () => {
    const lazy = imports(runChunk("chart")).dynamic.flatMap((f) => [...staticGraph(f)]);
    expect(loads(new Set(lazy), ASCIICHART)).toBe(true);
  });
});
