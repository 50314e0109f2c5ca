import type { Context } from "../../cli/context.js";
import { emitListing, lazyRecords } from "../../cli/emit.js";
import { factsOfTheme, findTheme } from "../../query/lookup.js";
import { factRecord, factsTable } from "../../view/facts.js";

export function run(ctx: Context, opts: { theme?: string }): Promise<void> {
  const theme = opts.theme === undefined ? undefined : findTheme(ctx.dataset, opts.theme).id;
  const facts = factsOfTheme(ctx.dataset, theme);
  return emitListing(
    ctx,
    lazyRecords(facts, (f) => factRecord(ctx, f)),
    () => factsTable(ctx, facts),
  );
}
