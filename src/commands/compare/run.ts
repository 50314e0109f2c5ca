import type { Context } from "../../cli/context.js";
import { emitListing, emitText, lazyRecords } from "../../cli/emit.js";
import { compareWithCount } from "../../query/compare.js";
import { findTheme } from "../../query/lookup.js";
import { compareRecord, compareTable } from "../../view/compare.js";

export interface CompareRunOptions {
  from: number;
  to: number;
  theme?: string;
  chart?: boolean;
  /** Every note in full under the table. */
  notes?: boolean;
}

export async function run(ctx: Context, opts: CompareRunOptions): Promise<void> {
  const theme = opts.theme === undefined ? undefined : findTheme(ctx.dataset, opts.theme).id;
  const { rows, leftOut } = compareWithCount(ctx.dataset, { from: opts.from, to: opts.to, theme });
  if (opts.chart && ctx.format === "table" && rows.length) {
    const { compareChartView } = await import("../../view/compare-chart.js");
    const { renderBarChart } = await import("../../render/bars.js");
    const view = compareChartView(ctx, rows, { from: opts.from, to: opts.to, width: ctx.width });
    // On a terminal the chart fits the window, less a row for the prompt that follows.
    const height = ctx.io.isTTY && ctx.io.rows ? ctx.io.rows - 1 : undefined;
    emitText(ctx, renderBarChart(view, { chalk: ctx.chalk, width: ctx.width, ascii: ctx.ascii, height }));
    return;
  }
  return emitListing(
    ctx,
    lazyRecords(rows, (r) => compareRecord(ctx, r)),
    () => compareTable(ctx, rows, opts.from, opts.to, { notes: opts.notes === true, leftOut }),
  );
}
