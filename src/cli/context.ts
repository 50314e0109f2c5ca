/** Global options → the context every command runs in. */
import { delimiter } from "node:path";
import { numberOption, usageError } from "../core/errors.js";
import { type Lang, langFromEnv } from "../core/lang.js";
import { msg } from "../core/messages/index.js";
import { bundledDataset } from "../dataset/bundled.js";
import type { Dataset } from "../dataset/load.js";
import type { ViewContext } from "../view/common.js";
import { type ColorMode, colorLevel, makePaint, type Paint } from "./color.js";
import type { Io } from "./io.js";
import { type Format, parseFields, requestedFormat } from "./output.js";
import type { SharedOptions } from "./program.js";

/** The shared options as commander parsed them (see program.ts). */
export type GlobalOptions = SharedOptions;

export interface Context extends ViewContext {
  io: Io;
  lang: Lang;
  /** The command that runs ("compare"); names its JSON contract, whose fields `--fields` picks from. */
  command: string;
  /** The commands that print listings (every format takes them), for messages that name them. */
  listings: readonly string[];
  /** --format (or --json); a table when not given. */
  format: Format;
  /** Shorthand for `format === "json"`. */
  json: boolean;
  /** Fields chosen with --fields, in order; checked against the contract when output is written. */
  fields?: string[];
  /** Colours and styles; plain when colour is off. */
  chalk: Paint;
  width: number;
  /** Plain ASCII drawing characters: --ascii, or TERM=dumb. */
  ascii: boolean;
  dataset: Dataset;
}

export const DEFAULT_WIDTH = 80;
export const MIN_WIDTH = 40;
export const MAX_WIDTH = 1000;

/** Rows of a line chart's plot. */
export const DEFAULT_HEIGHT = 18;
export const MIN_HEIGHT = 5;
export const MAX_HEIGHT = 100;

export function parseWidth(raw: string): number {
  return numberOption("--width", raw, {
    min: MIN_WIDTH,
    max: MAX_WIDTH,
    what: "number.whole",
    example: "80",
  });
}

function resolveWidth(opts: GlobalOptions, io: Io): number {
  if (opts.width !== undefined) return parseWidth(opts.width);
  // COLUMNS takes exactly what --width takes (not 1e3, 0x3e8 or +100); anything else is ignored,
  // as other programs ignore a COLUMNS they cannot read.
  const columns = io.env.COLUMNS;
  if (columns !== undefined && columns !== "") {
    try {
      return parseWidth(columns);
    } catch {
      // Not a width: fall back to the terminal's.
    }
  }
  if (io.isTTY && io.columns && io.columns > 0) return Math.max(MIN_WIDTH, io.columns);
  return DEFAULT_WIDTH;
}

/**
 * The dataset without the official supplementary series: the article's own figures, and the
 * user's own (--data), which they asked for by name. Sources: the article's, and those the user's
 * facts cite.
 */
export function articleOnly(dataset: Dataset): Dataset {
  const facts = dataset.facts.filter((f) => f.layer !== "supplement");
  const cited = new Set<string>();
  for (const f of facts) {
    if (f.layer !== "user") continue;
    if (f.kind === "event") cited.add(f.source.ref);
    else {
      for (const v of f.values) cited.add(v.source.ref);
      for (const c of f.changes ?? []) cited.add(c.source.ref);
    }
  }
  return { ...dataset, facts, sources: dataset.sources.filter((s) => s.kind === "article" || cited.has(s.id)) };
}

/** Data files from --data (repeatable) and JJJ_DATA (a path list, like PATH). */
export function dataFiles(opts: GlobalOptions, env: Io["env"]): string[] {
  const fromEnv = (env.JJJ_DATA ?? "").split(delimiter).filter((p) => p !== "");
  return [...fromEnv, ...(opts.data ?? [])];
}

async function loadData(opts: GlobalOptions, io: Io): Promise<Dataset> {
  const files = dataFiles(opts, io.env);
  if (opts.dataOnly && files.length === 0) {
    throw usageError(msg("context.error.dataOnly"), msg("context.hint.dataOnly"));
  }
  if (files.length === 0) return bundledDataset();
  const { loadWithUserData } = await import("../dataset/files.js");
  return loadWithUserData(files, opts.dataOnly === true);
}

/** --color's value; --no-color sets it to false (commander's typing does not know that). */
function colorMode(value: unknown): ColorMode {
  if (value === false) return "never";
  return value === "always" || value === "never" ? value : "auto";
}

export async function makeContext(
  opts: GlobalOptions,
  io: Io,
  {
    command = "jjj",
    listings = [],
    dataset: given,
  }: { command?: string; listings?: readonly string[]; dataset?: Dataset } = {},
): Promise<Context> {
  const all = given ?? (await loadData(opts, io));
  const dataset = opts.articleOnly ? articleOnly(all) : all;
  const mode = colorMode(opts.color);
  const format = requestedFormat(opts) ?? "table";
  // Only tables are coloured: JSON, CSV and Markdown are data, whatever the terminal.
  const level = format === "table" ? colorLevel(mode, io.env, io.isTTY) : 0;
  const fields = parseFields(opts.fields);
  return {
    io,
    lang: opts.lang ?? langFromEnv(io.env),
    command,
    listings,
    format,
    json: format === "json",
    ...(fields ? { fields } : {}),
    chalk: await makePaint(level),
    width: resolveWidth(opts, io),
    ascii: opts.ascii === true || io.env.TERM === "dumb",
    dataset,
  };
}
