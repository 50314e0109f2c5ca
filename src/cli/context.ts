/** Global options → the context every command runs in. */
import { bundledDataset } from "../dataset/bundled.js";
import type { Dataset } from "../dataset/load.js";
import type { ViewContext } from "../view/common.js";
import { type ColorMode, colorLevel, makePaint, type Paint } from "./color.js";
import { usageError } from "./errors.js";
import type { Io } from "./io.js";
import { type Lang, langFromEnv } from "./lang.js";

export interface GlobalOptions {
  lang?: Lang;
  json?: boolean;
  color?: ColorMode | boolean;
  width?: number;
  /** Only the article's own figures, without the supplementary layer. */
  articleOnly?: boolean;
  /** Draw charts, sparklines and table borders with plain ASCII characters. */
  ascii?: boolean;
}

export interface Context extends ViewContext {
  io: Io;
  lang: Lang;
  json: boolean;
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

export function parseWidth(raw: string, what = "--width"): number {
  const n = Number(raw);
  if (!/^\d+$/.test(raw.trim()) || !Number.isInteger(n) || n < MIN_WIDTH || n > MAX_WIDTH) {
    throw usageError(`${what} must be a whole number from ${MIN_WIDTH} to ${MAX_WIDTH}, not "${raw}"`);
  }
  return n;
}

function resolveWidth(opts: GlobalOptions, io: Io): number {
  if (opts.width !== undefined) return opts.width;
  const columns = io.env.COLUMNS;
  if (columns !== undefined && columns !== "") {
    const n = Number(columns);
    if (Number.isInteger(n) && n >= MIN_WIDTH && n <= MAX_WIDTH) return n;
  }
  if (io.isTTY && io.columns && io.columns > 0) return Math.max(MIN_WIDTH, io.columns);
  return DEFAULT_WIDTH;
}

/** The dataset restricted to the article's own figures. */
export function articleOnly(dataset: Dataset): Dataset {
  return {
    ...dataset,
    facts: dataset.facts.filter((f) => f.layer === "article"),
    sources: dataset.sources.filter((s) => s.kind === "article"),
  };
}

export async function makeContext(opts: GlobalOptions, io: Io, all: Dataset = bundledDataset()): Promise<Context> {
  const dataset = opts.articleOnly ? articleOnly(all) : all;
  const mode: ColorMode =
    opts.color === false ? "never" : opts.color === true || opts.color === undefined ? "auto" : opts.color;
  const level = opts.json ? 0 : colorLevel(mode, io.env, io.isTTY);
  return {
    io,
    lang: opts.lang ?? langFromEnv(io.env),
    json: opts.json === true,
    chalk: await makePaint(level),
    width: resolveWidth(opts, io),
    ascii: opts.ascii === true || io.env.TERM === "dumb",
    dataset,
  };
}
