import type { Context } from "../../cli/context.js";
import { emitListing } from "../../cli/emit.js";
import { factCounts, themeRecord, themesTable } from "../../view/themes.js";

export function run(ctx: Context): Promise<void> {
  const counts = factCounts(ctx.dataset);
  return emitListing(
    ctx,
    ctx.dataset.themes.map((th) => themeRecord(th, counts)),
    () => themesTable(ctx),
  );
}
