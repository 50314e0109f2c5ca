import type { Context } from "../../cli/context.js";
import { emitListing } from "../../cli/emit.js";
import { findFact } from "../../query/lookup.js";
import { asciiText } from "../../render/glyphs.js";
import { factRecord, factsTable } from "../../view/facts.js";
import { showText, sourceRecords, sourcesTable } from "../../view/show.js";

export function run(ctx: Context, id: string, opts: { source?: boolean } = {}): Promise<void> {
  const fact = findFact(ctx.dataset, id);
  if (opts.source) {
    // The sources of the fact: a listing of its own, with its own contract.
    const records = sourceRecords(ctx, fact);
    return emitListing(ctx, records, () => sourcesTable(ctx, fact, records), { contract: "show-source" });
  }
  return emitListing(ctx, [factRecord(ctx, fact)], () => factsTable(ctx, [fact]), {
    single: true,
    text: () => {
      const text = showText(ctx, fact, ctx.chalk, ctx.width);
      return ctx.ascii ? asciiText(text) : text;
    },
  });
}
