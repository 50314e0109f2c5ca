import { readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT } from "./helpers.js";

/** Every file of the built bundle that loads with dist/jjj.js itself: its static imports, transitively. */
function startupFiles(): Map<string, string> {
  const files = new Map<string, string>();
  const visit = (file: string) => {
    if (files.has(file)) return;
    const text = readFileSync(file, "utf8");
    files.set(file, text);
    for (const m of text.matchAll(/(?:from|import)\s*"(\.{1,2}\/[^"]+)"/g)) visit(join(dirname(file), m[1] ?? ""));
  };
  visit(join(ROOT, "dist/jjj.js"));
  return files;
}

describe("start-up loads only what every command needs", () => {
  // A string each library's bundled code contains.
  const libraries = {
    zod: "ZodError",
    "csv-stringify": "record_delimiter",
    "fastest-levenshtein": "Uint32Array(65536)",
    "cli-table3": "colWidths",
  };
  for (const [library, marker] of Object.entries(libraries)) {
    it(`${library} is loaded on demand, not at start-up`, () => {
      const holders = [...startupFiles()].filter(([, text]) => text.includes(marker)).map(([file]) => file);
      expect(holders).toEqual([]);
      // The marker is real: the library is in the bundle, in a chunk loaded when a command needs it.
      const chunks = readdirSync(join(ROOT, "dist/chunks")).map((f) =>
        readFileSync(join(ROOT, "dist/chunks", f), "utf8"),
      );
      expect(chunks.some((text) => text.includes(marker))).toBe(true);
    });
  }
});
