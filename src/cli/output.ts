/**
 * Output options shared by every command: `--format`, its shorthand `--json`, and `--fields`.
 * Parsing only; writing is emit.ts's job. Free of zod and of any renderer, so start-up stays light.
 */
import { usageError } from "../core/errors.js";
import { msg } from "../core/messages/index.js";

export const FORMATS = ["table", "json", "ndjson", "csv", "tsv", "md"] as const;
export type Format = (typeof FORMATS)[number];

export interface OutputOptions {
  json?: boolean;
  format?: Format;
  fields?: string;
}

/**
 * The format the user asked for, or undefined when they asked for none (the command's default
 * applies). `--json` is `--format json`; `--json` with another format is a contradiction.
 */
export function requestedFormat(opts: OutputOptions): Format | undefined {
  if (opts.json && opts.format !== undefined && opts.format !== "json") {
    throw usageError(msg("output.error.jsonFormat", { format: opts.format }), msg("output.hint.jsonFormat"));
  }
  return opts.json ? "json" : opts.format;
}

/** `--fields id,label.en, from.value` → ["id", "label.en", "from.value"], duplicates dropped. */
export function parseFields(raw: string | undefined): string[] | undefined {
  if (raw === undefined) return undefined;
  const fields = [
    ...new Set(
      raw
        .split(",")
        .map((f) => f.trim())
        .filter(Boolean),
    ),
  ];
  if (fields.length === 0) {
    throw usageError(msg("output.error.noFields", { raw }), msg("output.hint.noFields"));
  }
  return fields;
}
