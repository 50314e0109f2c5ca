import type { Context } from "../cli/context.js";
import { emitListing } from "../cli/emit.js";
import { exportDocument, exportEntries, exportMarkdown, exportTable } from "../view/export.js";

export function run(ctx: Context): Promise<void> {
  const entries = exportEntries(ctx);
  return emitListing(
    ctx,
    entries.map((e) => e.row),
    () => exportTable(ctx, entries),
    {
      contract: "export-rows",
      document: () => exportDocument(ctx),
      markdown: () => exportMarkdown(ctx),
    },
  );
}
