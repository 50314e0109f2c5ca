/**
 * Output options shared by every command: `--format`, its shorthand `--json`, and `--fields`.
 * Parsing only; writing is emit.ts's job. Free of zod and of any renderer, so start-up stays light.
 */
import { usageError } from "../core/errors.js";

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
    throw usageError(
      {
        zh: `--json 与 --format ${opts.format} 相互矛盾`,
        en: `--json and --format ${opts.format} contradict each other`,
      },
      { zh: "--json 是 --format json 的简写：只给其中一个", en: "--json is short for --format json: give one of them" },
    );
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
    throw usageError(
      {
        zh: `--fields 至少需要一个字段名，而不是 "${raw}"`,
        en: `--fields needs at least one field name, not "${raw}"`,
      },
      {
        zh: "给出以逗号分隔的列表，例如 --fields id,label.en；`jjj schema <command>` 列出字段",
        en: "give a comma-separated list, e.g. --fields id,label.en; `jjj schema <command>` shows the fields",
      },
    );
  }
  return fields;
}
