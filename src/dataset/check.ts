/**
 * Build-time check of the bundled data files: `node dist/check-data.js data/article.json ...`.
 * Prints every problem as `file: path: message` and exits 1 when there is any.
 */
import { readFileSync } from "node:fs";
import { DataError, formatProblem, loadDataset } from "./load.js";

const files = process.argv.slice(2);
try {
  const dataset = loadDataset(files.map((file) => ({ file, text: readFileSync(file, "utf8") })));
  const values = dataset.facts.reduce((n, f) => n + (f.kind === "quantity" ? f.values.length : 0), 0);
  process.stdout.write(
    `data ok: ${dataset.themes.length} themes, ${dataset.facts.length} facts, ${values} values, ${dataset.sources.length} sources\n`,
  );
} catch (err) {
  if (err instanceof DataError) {
    for (const p of err.problems) process.stderr.write(`${formatProblem(p)}\n`);
    process.exitCode = 1;
  } else throw err;
}
