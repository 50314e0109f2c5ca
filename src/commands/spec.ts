/**
 * What a command is: one folder under src/commands/ holds its definition (this shape) and its run.
 * The registry (registry.ts) lists them; the commander program, help, completion, the reference
 * docs and the man page are all made from that list.
 */
import type { CommandUnknownOpts as Command } from "@commander-js/extra-typings";
import type { Context, GlobalOptions } from "../cli/context.js";
import type { Format } from "../cli/output.js";
import type { Sub } from "../cli/program.js";
import type { ContractName } from "../contract/catalog.js";
import type { ExitCode } from "../core/errors.js";
import type { Lang } from "../core/lang.js";
import type { MessageKey, Sayer } from "../core/messages/index.js";

/** A command's run: nothing (success), or an exit code when it has said all there is to say itself. */
// biome-ignore lint/suspicious/noConfusingVoidType: most runs return nothing; void lets them say so.
export type Runner = (ctx: Context) => void | ExitCode | Promise<void | ExitCode>;

export interface ScheduleOptions {
  /** false: the command reads no dataset (`jjj validate` reads its files itself), so none is loaded. */
  data?: boolean;
}

/** What an action does: record the run, with the options it parsed, for main() to carry out. */
export type Schedule = (opts: GlobalOptions, run: Runner, options?: ScheduleOptions) => void;

/** What a definition is given to declare its command. */
export interface DefineTools {
  lang: Lang;
  /** The catalog in this language. */
  t: Sayer;
  schedule: Schedule;
  /** The whole program (help and completion read it). */
  program(): Command;
}

/**
 * What a command prints: a listing of records (every format), one document (table, JSON,
 * NDJSON), text (a script, a chart, slides), or an interactive screen when on a terminal.
 */
export type OutputKind = "listing" | "document" | "text" | "interactive";

export interface CommandSpec {
  name: string;
  summary: MessageKey;
  description?: MessageKey;
  /** Help after the options and before the examples (present's keys). */
  more?: MessageKey;
  output: OutputKind;
  /** The formats --format takes for it. */
  formats: readonly Format[];
  /** The JSON contracts it prints (`jjj schema <name>`). */
  contracts: readonly ContractName[];
  /** Command lines, the same in both languages; shown after "Examples:" in help and the docs. */
  examples: readonly string[];
  /** The default command (`jjj` alone), not listed in help. */
  hidden?: boolean;
  /** Declare arguments, options and the action on the command (name, summary and description are set). */
  define(cmd: Sub, tools: DefineTools): void;
}
