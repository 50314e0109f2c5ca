/** The one writer: everything a command prints to stdout goes through here. */
import type { TableView } from "../view/types.js";
import type { Context } from "./context.js";

/** Bytes of output gathered before a write, so that a large listing streams in pieces. */
const CHUNK = 1 << 20;

/**
 * JSON: indented on a terminal, one compact line in a pipe (the same data, half the bytes for
 * scripts); a list is written element by element, so a large one never becomes one giant string.
 */
export function emitJson(ctx: Context, value: unknown): void {
  const pretty = ctx.io.isTTY;
  if (!Array.isArray(value) || value.length === 0) {
    ctx.io.out(`${JSON.stringify(value, null, pretty ? 2 : undefined)}\n`);
    return;
  }
  let buffer = pretty ? "[\n" : "[";
  value.forEach((item, i) => {
    const text = pretty ? `  ${JSON.stringify(item, null, 2).replace(/\n/g, "\n  ")}` : JSON.stringify(item);
    buffer += i === 0 ? text : pretty ? `,\n${text}` : `,${text}`;
    if (buffer.length >= CHUNK) {
      ctx.io.out(buffer);
      buffer = "";
    }
  });
  ctx.io.out(`${buffer}${pretty ? "\n]" : "]"}\n`);
}

export function emitText(ctx: Context, text: string): void {
  ctx.io.out(text.endsWith("\n") ? text : `${text}\n`);
}

/** Render a table view; the table renderer (cli-table3, display widths) is loaded only when needed. */
export async function emitTable(ctx: Context, view: TableView): Promise<void> {
  const { renderTable } = await import("../render/table.js");
  emitText(ctx, renderTable(view, { chalk: ctx.chalk, width: ctx.width }));
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
