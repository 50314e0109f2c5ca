/** The one writer: everything a command prints to stdout goes through here. */
import type { TableView } from "../view/types.js";
import type { Context } from "./context.js";

export function emitJson(ctx: Context, value: unknown): void {
  ctx.io.out(`${JSON.stringify(value, null, 2)}\n`);
}

export function emitText(ctx: Context, text: string): void {
  ctx.io.out(text.endsWith("\n") ? text : `${text}\n`);
}

/** Render a table view; the table renderer (cli-table3, display widths) is loaded only when needed. */
export async function emitTable(ctx: Context, view: TableView): Promise<void> {
  const { renderTable } = await import("../render/table.js");
  emitText(ctx, renderTable(view, { chalk: ctx.chalk, width: ctx.width, ascii: ctx.ascii }));
}

/** A listing: JSON records for scripts, a table for people. Empty tables say so on stderr. */
export async function emitListing(ctx: Context, records: unknown[], table: () => TableView): Promise<void> {
  if (ctx.json) {
    emitJson(ctx, records);
    return;
  }
  const view = table();
  if (view.rows.length === 0) {
    if (view.empty) ctx.io.err(`${view.empty}\n`);
    return;
  }
  await emitTable(ctx, view);
}
