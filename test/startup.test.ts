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
    asciichart: "lightmagenta",
    commander: "commander.unknownOption",
  };
  for (const [library, marker] of Object.entries(libraries)) {
    it(`${library} is loaded on demand, not at start-up`, () => {
      expect(packText("main")).not.toContain(marker);
      // The marker is real: the library is in the bundle, in a pack loaded when a command needs it.
      const packs = readdirSync(join(DIST, "packs")).filter((f) => f.endsWith(".js") && f !== "main.js");
      expect(packs.some((f) => readFileSync(join(DIST, "packs", f), "utf8").includes(marker))).toBe(true);
    });
  }

  it("the main pack holds the entry; a pack loaded on demand holds all it needs beyond main", () => {
    const m = manifest();
    expect(m.packs.main?.modules).toContain(m.entry);
    const main = new Set(m.packs.main?.modules);
    for (const [name, pack] of Object.entries(m.packs)) {
      for (const id of pack.modules) expect(packText(name)).toContain(`define(${JSON.stringify(id)},`);
      for (const id of pack.loads) expect(m.packOf[id], id).toBeDefined();
      for (const other of pack.requires) expect(m.packs[other], other).toBeDefined();
      // What main holds is never stored again.
      if (name !== "main") for (const id of pack.modules) expect(main.has(id), `${id} in ${name}`).toBe(false);
      // Besides main, a pack needs at most packs of one large module each (zod).
      for (const other of pack.requires) if (other !== "main") expect(m.packs[other]?.modules).toEqual([other]);
    }
    // Every module is in some pack, and packOf names one that holds it.
    for (const [id, name] of Object.entries(m.packOf)) expect(m.packs[name]?.modules, id).toContain(id);
  });

  it("loads compare's run, and the commander program, each from one file", () => {
    const m = manifest();
    const compare = Object.keys(m.packs).find((n) => n.startsWith("compare.run-")) as string;
    expect(m.packs[compare]?.requires).toEqual(["main"]);
    const program = Object.keys(m.packs).find((n) => n.startsWith("program-")) as string;
    expect(packText(program)).toContain("commander.unknownOption");
    expect(m.packs[program]?.requires).toEqual(["main"]);
  });

  it("every pack is plain ASCII, which Node reads fastest", () => {
    for (const name of Object.keys(manifest().packs)) {
      expect(packText(name).match(/[\u0080-\uffff]/)?.[0], name).toBeUndefined();
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
