import type { Context } from "../../cli/context.js";
import { emitListing, lazyRecords } from "../../cli/emit.js";
import { factsOfTheme, findTheme } from "../../query/lookup.js";
import { factRecord, factsTable } from "../../view/facts.js";

export function run(ctx: Context, opts: { theme?: string }): Promise<void> {
  if (opts.theme !== undefined) findTheme(ctx.dataset, opts.theme);
  const facts = factsOfTheme(ctx.dataset, opts.theme);
  return emitListing(
    ctx,
    lazyRecords(facts, (f) => factRecord(ctx, f)),
    () => factsTable(ctx, facts),
  );
}
