import type { Context } from "../cli/context.js";
import { emitListing } from "../cli/emit.js";
import { findFact } from "../query/lookup.js";
import { factRecord, factsTable } from "../view/facts.js";
import { showText } from "../view/show.js";

export function run(ctx: Context, id: string): Promise<void> {
  const fact = findFact(ctx.dataset, id);
  return emitListing(ctx, [factRecord(ctx, fact)], () => factsTable(ctx, [fact]), {
    single: true,
    text: () => showText(ctx, fact, ctx.chalk, ctx.width),
  });
}
