/**
 * Build-time check of the bundled data files, and the dataset's JSON Schema:
 *   node .build/check-data.js [--schema data/dataset.schema.json] data/article.json ...
 * Prints every problem as `file: path: message` and exits 1 when there is any.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { DataError, formatProblem, loadDataset } from "./load.js";
import { problemFix } from "./problems.js";
import { DatasetFile } from "./schema.js";
import { z } from "./zod.js";

export function datasetJsonSchema(): string {
  const schema = z.toJSONSchema(DatasetFile, { io: "input", unrepresentable: "any" });
  return `${JSON.stringify({ ...schema, title: "jjj dataset file" }, null, 2)}\n`;
}

const args = process.argv.slice(2);
const schemaAt = args.indexOf("--schema");
let files = args;
if (schemaAt >= 0) {
  const out = args[schemaAt + 1];
  if (!out) throw new Error("--schema needs a path");
  writeFileSync(out, datasetJsonSchema());
  files = args.filter((_, i) => i !== schemaAt && i !== schemaAt + 1);
}
try {
  const dataset = loadDataset(files.map((file) => ({ file, text: readFileSync(file, "utf8") })));
  const values = dataset.facts.reduce((n, f) => n + (f.kind === "quantity" ? f.values.length : 0), 0);
  process.stdout.write(
    `data ok: ${dataset.themes.length} themes, ${dataset.facts.length} facts, ${values} values, ${dataset.sources.length} sources\n`,
  );
} catch (err) {
  if (err instanceof DataError) {
    for (const p of err.problems) {
      const fix = problemFix(p);
      process.stderr.write(`${formatProblem(p)}\n${fix ? `  fix: ${fix}\n` : ""}`);
    }
    process.exitCode = 1;
  } else throw err;
}
