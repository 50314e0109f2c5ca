import type { Context } from "../../cli/context.js";
import { emitListing } from "../../cli/emit.js";
import { contributions } from "../../query/sources.js";
import { sourceRecord, sourcesTable } from "../../view/sources.js";

export function run(ctx: Context): Promise<void> {
  const rows = contributions(ctx.dataset);
  return emitListing(
    ctx,
    rows.map((c) => sourceRecord(c)),
    () => sourcesTable(ctx, rows),
  );
}
