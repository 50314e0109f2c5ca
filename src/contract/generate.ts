/**
 * Build step (scripts/build.mjs): write the field paths of every command's contract to
 * fields.generated.json, so that `--fields` and the CSV columns are known without loading zod at
 * run time. A script, not a module: import `generatedFields` from index.ts instead.
 *   node .build/contract-gen.js src/contract/fields.generated.json
 */
import { writeFileSync } from "node:fs";
import { generatedFields } from "./index.js";

const out = process.argv[2];
if (!out) throw new Error("usage: contract-gen <output.json>");
writeFileSync(out, `${JSON.stringify(generatedFields(), null, 2)}\n`);
