import type { Context } from "../../cli/context.js";
import { emitListing, emitText, lazyRecords } from "../../cli/emit.js";
import { usageError } from "../../core/errors.js";
import { msg } from "../../core/messages/index.js";
import { type ExportEntry, exportDocument, exportEntries, exportMarkdown, exportTable } from "../../view/export.js";

export function run(ctx: Context): Promise<void> {
  // Worked out only for the formats that list rows: JSON prints the document instead.
  let entries: ExportEntry[] | undefined;
  const rows = () => {
    entries ??= exportEntries(ctx);
    return entries;
  };
  return emitListing(
    ctx,
    lazyRecords(rows, (e) => e.row),
    () => exportTable(ctx, rows()),
    {
      contract: "export-rows",
      document: () => exportDocument(ctx),
      markdown: () => exportMarkdown(ctx),
    },
  );
}

/**
 * `--as-data`: the dataset as one data file, which `--data` and `jjj validate` read back unchanged.
 * Always indented JSON: a file to keep and edit. (Loads the validator: only this option needs it.)
 */
export async function runAsData(ctx: Context): Promise<void> {
  if (ctx.format !== "table" && ctx.format !== "json") {
    throw usageError(msg("view.asDataFormat", { format: ctx.format }), msg("view.leaveFormatOut"));
  }
  if (ctx.fields) {
    throw usageError(msg("export.error.asDataFields"), msg("export.hint.asDataFields"));
  }
  const { sources, themes, places, facts } = ctx.dataset;
  // Through the schema: fields in its order whichever file they came from, so that a file
  // exported, loaded and exported again is the same text.
  const { DatasetFile } = await import("../../dataset/schema.js");
  const file = DatasetFile.parse({ sources, themes, places, facts });
  emitText(ctx, JSON.stringify(file, null, 2));
}
