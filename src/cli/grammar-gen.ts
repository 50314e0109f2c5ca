/**
 * Build step (scripts/build.mjs): write the grammar of jjj's command lines, read from its commander
 * program, to grammar.generated.json, for the quick parser. A script, not a module.
 *   node .build/grammar-gen.js src/cli/grammar.generated.json
 */
import { writeFileSync } from "node:fs";
import { grammar } from "./grammar.js";

const out = process.argv[2];
if (!out) throw new Error("usage: grammar-gen <output.json>");
writeFileSync(out, `${JSON.stringify(grammar(), null, 2)}\n`);
