import type { Context } from "../cli/context.js";
import { emitListing } from "../cli/emit.js";
import { compare } from "../query/compare.js";
import { findTheme } from "../query/lookup.js";
import { compareRecord, compareTable } from "../view/compare.js";

export interface CompareRunOptions {
  from: number;
  to: number;
  theme?: string;
}

export function run(ctx: Context, opts: CompareRunOptions): Promise<void> {
  if (opts.theme !== undefined) findTheme(ctx.dataset, opts.theme);
  const rows = compare(ctx.dataset, { from: opts.from, to: opts.to, theme: opts.theme });
  return emitListing(
    ctx,
    rows.map((r) => compareRecord(ctx, r)),
    () => compareTable(ctx, rows, opts.from, opts.to),
  );
}
