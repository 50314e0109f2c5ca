import type { Context } from "../../cli/context.js";
import { emitListing, lazyRecords } from "../../cli/emit.js";
import { findTheme } from "../../query/lookup.js";
import { type TimelineOptions, timeline } from "../../query/timeline.js";
import { timelineRecord, timelineTable } from "../../view/timeline.js";

export function run(ctx: Context, opts: TimelineOptions): Promise<void> {
  const theme = opts.theme === undefined ? undefined : findTheme(ctx.dataset, opts.theme).id;
  const entries = timeline(ctx.dataset, { ...opts, theme });
  return emitListing(
    ctx,
    lazyRecords(entries, (e) => timelineRecord(ctx, e)),
    () => timelineTable(ctx, entries),
  );
}
