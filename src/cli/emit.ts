/**
 * The one writer: everything a command prints to stdout goes through here, and so does every
 * output format. A command hands over its records (the JSON contract) and a TableView (for
 * people); --format and --fields decide what is written. Renderers are loaded only when used.
 */
import { CONTRACTS, isContractName } from "../contract/catalog.js";
import { usageError } from "../core/errors.js";
import { msg, say } from "../core/messages/index.js";
import { csvSafe, jsonSafe, terminalSafe, visible } from "../core/text.js";
import { suggest } from "../query/lookup.js";
import { fieldsTable, flatRows, leafPaths, pickFields, recordPaths } from "../render/fields.js";
import type { TableView } from "../view/types.js";
import type { Context } from "./context.js";

/** Bytes of output gathered before a write, so that a large listing streams in pieces. */
const CHUNK = 1 << 20;
/** Records serialised at a time: one JSON.stringify of many is faster than one of each. */
const BATCH = 512;

/**
 * The records of a listing: a list, or the rows with the function that makes each row's record.
 * JSON, NDJSON, CSV and TSV call it a batch of rows at a time as they write, so that the records
 * of a large listing are never all in memory at once.
 */
export type Records = readonly unknown[] | Lazy;

interface Lazy {
  readonly rows: readonly unknown[];
  record(row: unknown): unknown;
}

/**
 * `rows.map(record)`, made as it is written. The rows may be given as a function, called (once)
 * only if a format needs them: `export --json` prints its document, not its rows.
 */
export function lazyRecords<T>(rows: readonly T[] | (() => readonly T[]), record: (row: T) => unknown): Records {
  const make = record as (row: unknown) => unknown;
  if (typeof rows !== "function") return { rows, record: make };
  let made: readonly T[] | undefined;
  return {
    get rows() {
      made ??= rows();
      return made;
    },
    record: make,
  };
}

function isLazy(records: Records): records is Lazy {
  return !Array.isArray(records);
}

/** How many records there are, made or not. */
function sizeOf(records: Records): number {
  return isLazy(records) ? records.rows.length : records.length;
}

/** The records from `start` to `end` (exclusive), made now. */
function recordsIn(records: Records, start: number, end: number): readonly unknown[] {
  return isLazy(records) ? records.rows.slice(start, end).map((row) => records.record(row)) : records.slice(start, end);
}

/** Every record, made now. */
function allRecords(records: Records): readonly unknown[] {
  return isLazy(records) ? recordsIn(records, 0, sizeOf(records)) : records;
}

/** The records with `f` applied to each: made as they are written if the records are. */
function mapRecords(records: Records, f: (record: unknown) => unknown): Records {
  return isLazy(records) ? lazyRecords(records.rows, (row) => f(records.record(row))) : records.map(f);
}

/**
 * Write `head`, then the records a batch at a time as `piece` gives them, then `tail`: in writes
 * of about CHUNK, each batch's records made only when it is written. Records come from data that
 * has been checked, so making one does not fail; if it did (a bug), what was written stays written
 * before jjj's internal-error message.
 */
function writeBatches(
  ctx: Context,
  kind: Kind,
  records: Records,
  head: string,
  piece: (batch: readonly unknown[], first: boolean) => string,
  tail: string,
): void {
  const count = sizeOf(records);
  let buffer = head;
  for (let start = 0; start < count; start += BATCH) {
    buffer += piece(recordsIn(records, start, start + BATCH), start === 0);
    if (buffer.length >= CHUNK) {
      write(ctx, kind, buffer);
      buffer = "";
    }
  }
  write(ctx, kind, buffer + tail);
}

/** What is being written, for the output filter: JSON keeps its escapes, CSV its CRLF line ends. */
type Kind = "text" | "json" | "csv";

/**
 * The one place that writes to standard output. Every text passes the output filter first: data
 * is data, never control (src/core/text.ts); only jjj's own colours get through, and only when on.
 */
function write(ctx: Context, kind: Kind, text: string): void {
  ctx.io.out(
    kind === "json" ? jsonSafe(text) : kind === "csv" ? csvSafe(text) : terminalSafe(text, ctx.chalk.level > 0),
  );
}

/**
 * JSON: indented on a terminal, one compact line in a pipe (the same data, half the bytes for
 * scripts); a list is written a batch of records at a time, so a large one never becomes one
 * giant string.
 */
export function emitJson(ctx: Context, value: unknown): void {
  if (Array.isArray(value)) emitJsonList(ctx, value);
  else write(ctx, "json", `${JSON.stringify(value, null, ctx.io.isTTY ? 2 : undefined)}\n`);
}

function emitJsonList(ctx: Context, records: Records): void {
  if (sizeOf(records) === 0) {
    write(ctx, "json", "[]\n");
    return;
  }
  // Each batch is one array, whose own brackets (and, indented, their line ends) are cut.
  if (ctx.io.isTTY) {
    writeBatches(
      ctx,
      "json",
      records,
      "[\n",
      (batch, first) => `${first ? "" : ",\n"}${JSON.stringify(batch, null, 2).slice(2, -2)}`,
      "\n]\n",
    );
  } else {
    writeBatches(
      ctx,
      "json",
      records,
      "[",
      (batch, first) => `${first ? "" : ","}${JSON.stringify(batch).slice(1, -1)}`,
      "]\n",
    );
  }
}

export function emitText(ctx: Context, text: string): void {
  write(ctx, "text", text.endsWith("\n") ? text : `${text}\n`);
}

/** Render a table view; the table renderer (cli-table3, display widths) is loaded only when needed. */
export async function emitTable(ctx: Context, view: TableView): Promise<void> {
  const { renderTable } = await import("../render/table.js");
  emitText(ctx, renderTable(view, { chalk: ctx.chalk, width: ctx.width, ascii: ctx.ascii }));
}

function commandOf(contract: string): string {
  return isContractName(contract) ? CONTRACTS[contract].command : `jjj ${contract}`;
}

/** The field paths of a contract: published ones, or, for a command without one, those the records have. */
async function fieldPaths(contract: string, records: () => readonly unknown[]): Promise<readonly string[]> {
  const { contractFields } = await import("../contract/fields.js");
  return contractFields(contract) ?? recordPaths(records());
}

/** --fields, checked: an unknown field is a usage error that lists the valid ones. */
async function chosenFields(ctx: Context, records: () => readonly unknown[], contract: string) {
  if (!ctx.fields) return undefined;
  const valid = await fieldPaths(contract, records);
  const unknown = ctx.fields.filter((f) => !valid.includes(f));
  const first = unknown[0];
  if (first !== undefined) {
    const close = suggest(first, valid);
    const names = unknown.map((f) => `"${f}"`).join(", ");
    const near = close.map((c) => `"${c}"`).join(", ");
    throw usageError(
      msg("emit.error.unknownFields", { names, count: unknown.length, command: commandOf(contract) }),
      msg("emit.hint.validFields", { near: close.length ? near : "", valid: valid.join(", ") }),
    );
  }
  return ctx.fields;
}

export interface ListingOptions {
  /** The contract --fields picks from and CSV columns come from; default: the running command's name. */
  contract?: string;
  /** One record, not a list: JSON is that object rather than an array (`show`). */
  single?: boolean;
  /** What the table format prints when it is not the TableView (`show`'s detail view). */
  text?: () => string;
  /** What JSON prints when it is more than the records (`export`: the whole dataset); --fields picks from the records. */
  document?: () => unknown;
  /** What Markdown prints when it is more than the table (`export`: a handout). */
  markdown?: () => string;
}

/**
 * Write a listing in the chosen format. Empty results are success: `[]` in JSON, a header row in
 * CSV and TSV, nothing in NDJSON, and the table's note on stderr for tables and Markdown.
 */
export async function emitListing(
  ctx: Context,
  given: Records,
  table: () => TableView,
  options: ListingOptions = {},
): Promise<void> {
  const contract = options.contract ?? ctx.command;
  // Made whole only for what needs them all (the fields of a command without a contract, a table
  // of chosen fields); otherwise each format makes them as it writes them.
  let made: readonly unknown[] | undefined;
  const all = () => {
    made ??= allRecords(given);
    return made;
  };
  const records = (): Records => made ?? given;
  const fields = await chosenFields(ctx, all, contract);
  const picked = (): Records => (fields ? mapRecords(records(), (r) => pickFields(r, fields)) : records());
  const noRows = say(ctx.lang, "note.noRows");
  switch (ctx.format) {
    case "json":
      if (options.document && !fields) emitJson(ctx, options.document());
      else if (options.single) emitJson(ctx, allRecords(picked())[0] ?? null);
      else emitJsonList(ctx, picked());
      return;
    case "ndjson":
      writeBatches(ctx, "json", picked(), "", (batch) => batch.map((r) => `${JSON.stringify(r)}\n`).join(""), "");
      return;
    case "csv":
    case "tsv": {
      const columns = fields ?? leafPaths(await fieldPaths(contract, all));
      const { csvLines, tsvLines } = await import("../render/delimited.js");
      const lines = ctx.format === "csv" ? csvLines : tsvLines;
      writeBatches(
        ctx,
        ctx.format === "csv" ? "csv" : "text",
        records(),
        lines([columns]),
        (batch) => lines(flatRows(batch, columns)),
        "",
      );
      return;
    }
    case "md":
    case "table": {
      // A command's own rendering (show's detail view, export's handout), unless fields are chosen.
      const own = ctx.format === "md" ? options.markdown : options.text;
      if (own && !fields) {
        emitText(ctx, own());
        return;
      }
      const view = fields ? fieldsTable(all(), fields, noRows) : table();
      if (view.rows.length === 0) {
        ctx.io.err(visible(`${view.empty ?? noRows}\n`));
        return;
      }
      if (ctx.format === "table") await emitTable(ctx, view);
      else emitText(ctx, (await import("../render/markdown.js")).renderMarkdown(view));
    }
  }
}

/**
 * Write one document that is not a list (the overview, a JSON Schema): as text, JSON or NDJSON.
 * A flat format makes no sense for it: that is a usage error naming the listing commands.
 */
export async function emitDocument(ctx: Context, value: unknown, text: () => string, contract?: string) {
  const fields = await chosenFields(ctx, () => [value], contract ?? ctx.command);
  const picked = fields ? pickFields(value, fields) : value;
  switch (ctx.format) {
    case "table":
      if (fields) await emitTable(ctx, fieldsTable([value], fields));
      else emitText(ctx, text());
      return;
    case "json":
      emitJson(ctx, picked);
      return;
    case "ndjson":
      write(ctx, "json", `${JSON.stringify(picked)}\n`);
      return;
    default: {
      const command = ctx.command === "overview" ? "jjj" : `jjj ${ctx.command}`;
      throw usageError(
        msg("emit.error.document", { command, format: ctx.format }),
        msg("emit.hint.document", { listings: `jjj ${ctx.listings.join(", ")}` }),
      );
    }
  }
}
