import { resolve } from "node:path";
import { type Context, dataFiles, type GlobalOptions } from "../../cli/context.js";
import { emitListing, emitText } from "../../cli/emit.js";
import type { ValidateRecord } from "../../contract/validate.js";
import { EXIT, type ExitCode } from "../../core/errors.js";
import { say, sayMessage } from "../../core/messages/index.js";
import { bundledFiles } from "../../dataset/bundled.js";
import { readDataFiles } from "../../dataset/files.js";
import { mergeFiles, type ParsedFile, parseFiles } from "../../dataset/load.js";
import { DataError, type Problem, problemFix } from "../../dataset/problems.js";
import { cell, type TableView } from "../../view/types.js";

/** Each path once, in the order given: the JJJ_DATA and --data files first, as a run loads them. */
function uniquePaths(paths: readonly string[]): string[] {
  const seen = new Set<string>();
  return paths.filter((p) => {
    const key = resolve(p);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** `examples/my-figures.json: ok — 0 themes, 1 fact, 3 values` */
function summary(file: ParsedFile, lang: Context["lang"]): string {
  const { themes, facts } = file.data;
  const values = facts.reduce((n, f) => n + (f.kind === "quantity" ? f.values.length : 0), 0);
  return say(lang, "view.validateOk", { file: file.file, themes: themes.length, facts: facts.length, values });
}

function record(p: Problem, lang: Context["lang"]): ValidateRecord {
  return {
    file: p.file,
    line: p.line ?? null,
    column: p.column ?? null,
    path: p.path ?? null,
    message: sayMessage(lang, p.message),
    fix: problemFix(p, lang) ?? null,
  };
}

/**
 * Check the files as a run would load them. Problems go to standard error (exit 1) in the table
 * format; in the other formats they are the records written to standard output.
 */
export async function run(ctx: Context, files: string[], opts: GlobalOptions): Promise<ExitCode> {
  const paths = uniquePaths([...dataFiles(opts, ctx.io.env), ...files]);
  const read = readDataFiles(paths);
  const parsed = parseFiles(read.texts);
  const problems = [...read.problems, ...parsed.problems];
  // Cross-checks need every file: with one unreadable, its ids would be reported as unknown.
  if (!read.problems.length) {
    const trusted = opts.dataOnly ? [] : bundledFiles();
    for (const found of mergeFiles([...trusted, ...parsed.parsed], { bundled: trusted.length }).problems)
      problems.push(found);
  }
  if (ctx.format === "table" && !ctx.fields) {
    if (problems.length) throw new DataError(problems);
    emitText(ctx, parsed.parsed.map((f) => summary(f, ctx.lang)).join("\n"));
    return EXIT.ok;
  }
  const records = problems.map((p) => record(p, ctx.lang));
  await emitListing(
    ctx,
    records,
    (): TableView => ({
      columns: [
        { header: "file" },
        { header: "where" },
        { header: "message", prose: true, wrap: true },
        { header: "fix", prose: true, wrap: true },
      ],
      rows: records.map((r) => [
        cell(r.file),
        cell(r.line !== null ? `${r.line}:${r.column}` : (r.path ?? "")),
        cell(r.message),
        cell(r.fix ?? ""),
      ]),
      notes: [],
    }),
  );
  return problems.length ? EXIT.data : EXIT.ok;
}
