import type { Context } from "../../cli/context.js";
import { emitListing, lazyRecords } from "../../cli/emit.js";
import { findTheme } from "../../query/lookup.js";
import { type TimelineOptions, timeline } from "../../query/timeline.js";
import { timelineRecord, timelineTable } from "../../view/timeline.js";

export function run(ctx: Context, opts: TimelineOptions): Promise<void> {
  if (opts.theme !== undefined) findTheme(ctx.dataset, opts.theme);
  const entries = timeline(ctx.dataset, opts);
  return emitListing(
    ctx,
    lazyRecords(entries, (e) => timelineRecord(ctx, e)),
    () => timelineTable(ctx, entries),
  );
}
