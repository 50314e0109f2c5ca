import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { DIST, manifest, packText } from "./helpers/packs.js";

describe("start-up loads only what every command needs", () => {
  // A string each library's bundled code contains.
  const libraries = {
    zod: "ZodError",
    "csv-stringify": "record_delimiter",
    "fastest-levenshtein": "Uint32Array(65536)",
    "cli-table3": "colWidths",
    asciichart: "lightmagenta",
  };
  for (const [library, marker] of Object.entries(libraries)) {
    it(`${library} is loaded on demand, not at start-up`, () => {
      expect(packText("main")).not.toContain(marker);
      // The marker is real: the library is in the bundle, in a pack loaded when a command needs it.
      const packs = readdirSync(join(DIST, "packs")).filter((f) => f.endsWith(".js") && f !== "main.js");
      expect(packs.some((f) => readFileSync(join(DIST, "packs", f), "utf8").includes(marker))).toBe(true);
    });
  }

  it("the main pack holds the entry, and every module of the bundle is in exactly one pack", () => {
    const m = manifest();
    expect(m.packs.main?.modules).toContain(m.entry);
    const all = Object.values(m.packs).flatMap((p) => p.modules);
    expect(new Set(all).size).toBe(all.length);
    expect(all.length).toBe(Object.keys(m.packOf).length);
    for (const [name, pack] of Object.entries(m.packs)) {
      for (const id of pack.modules) expect(packText(name)).toContain(`define(${JSON.stringify(id)},`);
      for (const id of pack.loads) expect(m.packOf[id], id).toBeDefined();
      for (const other of pack.requires) expect(m.packs[other], other).toBeDefined();
    }
  });

  it("every module of the bundle runs in strict mode, as the ES modules it was made from", () => {
    for (const [name, pack] of Object.entries(manifest().packs)) {
      const text = packText(name);
      for (const id of pack.modules) {
        expect(text, id).toContain(`define(${JSON.stringify(id)},function(exports,require,module){"use strict";`);
      }
    }
  });

  it("stores a large chunk that several lazy packs need once, in a pack of its own", () => {
    const m = manifest();
    const zod = Object.keys(m.packs).filter((name) => packText(name).includes("ZodError"));
    expect(zod).toHaveLength(1);
    const [holder] = zod as [string];
    expect(m.packs[holder]?.modules).toEqual([holder]);
  });

  it("each pack has the code cache the build made for the commands it runs", () => {
    const caches = readdirSync(join(DIST, "packs")).filter((f) => f.endsWith(".cache"));
    for (const name of [
      "main",
      ...Object.keys(manifest().packs).filter((n) => /^(compare|themes|chart)\.run-/.test(n)),
    ]) {
      expect(caches).toContain(`${name}.cache`);
    }
  });
});
