/** The commander program: commands, their options and help. Built fresh for every run. */
import { Command, InvalidArgumentError, Option } from "commander";
import { chartCommand } from "../commands/chart.js";
import { compareCommand } from "../commands/compare.js";
import { factsCommand } from "../commands/facts.js";
import { overviewCommand } from "../commands/overview.js";
import { showCommand } from "../commands/show.js";
import { sourcesCommand } from "../commands/sources.js";
import { themesCommand } from "../commands/themes.js";
import { type Context, type GlobalOptions, makeContext, parseWidth } from "./context.js";
import type { CliError } from "./errors.js";
import type { Io } from "./io.js";

export const VERSION = "0.1.0";

export const ENVIRONMENT_HELP = `
Environment:
  LC_ALL, LC_MESSAGES, LANG  language when --lang is not given (zh* → Chinese, else English)
  NO_COLOR                   set to anything non-empty: no colour
  FORCE_COLOR                0 = no colour, 1–3 = colour even in a pipe
  TERM=dumb                  no colour, and plain ASCII drawing characters (as --ascii)
  COLUMNS                    table width when --width is not given
  JJJ_DEBUG=1                print stack traces of internal errors

Exit codes: 0 success (also for an empty result), 1 data or runtime error, 2 usage error.`;

function widthOption(value: string): number {
  try {
    return parseWidth(value);
  } catch (err) {
    throw new InvalidArgumentError((err as CliError).message.replace(/^--width /, ""));
  }
}

/** Options every command shares. */
export function addSharedOptions(cmd: Command): Command {
  return cmd
    .addOption(new Option("--lang <lang>", "language of labels and messages").choices(["zh", "en"]))
    .addOption(new Option("--json", "print JSON for scripts instead of a table"))
    .addOption(
      new Option("--article-only", "only the article's own figures, without the official supplementary series"),
    )
    .addOption(
      new Option("--color <when>", "colour the output: auto (on a terminal), always or never").choices([
        "auto",
        "always",
        "never",
      ]),
    )
    .addOption(new Option("--no-color", "same as --color never"))
    .addOption(new Option("--ascii", "draw charts and table borders with plain ASCII characters"))
    .addOption(
      new Option("--width <columns>", "fit tables to this many columns (default: the terminal, or 80)").argParser(
        widthOption,
      ),
    );
}

export type Runner = (ctx: Context) => void | Promise<void>;
export type Schedule = (opts: GlobalOptions, run: Runner) => void;

export interface Program {
  command: Command;
  /** The runner commander's action chose, with its context. */
  pending?: { run: Runner; opts: GlobalOptions };
}

/**
 * Build the program. Actions do not run the command: they record what to run, so that
 * main() can build the context and map errors to exit codes in one place.
 */
export function buildProgram(io: Io): Program {
  const state: Program = { command: new Command("jjj") };
  const program = state.command;
  const schedule = (opts: GlobalOptions, run: Runner) => {
    state.pending = { run, opts };
  };
  program
    .description("Explore the facts and figures of the Beijing–Tianjin–Hebei coordinated development (京津冀协同发展).")
    .version(VERSION, "-V, --version", "print the version")
    .helpOption("-h, --help", "show help")
    .helpCommand("help [command]", "show help for a command")
    .showSuggestionAfterError(true)
    .exitOverride()
    .configureOutput({
      writeOut: (s) => io.out(s),
      writeErr: (s) => io.err(s),
      outputError: () => {},
    })
    .addHelpText(
      "after",
      `\nExamples:\n  $ jjj compare\n  $ jjj compare --theme innovation --lang en\n  $ jjj show pm25\n  $ jjj chart pm25\n  $ jjj facts --json | jq '.[].id'\n${ENVIRONMENT_HELP}`,
    );

  addSharedOptions(program);
  const names = () => [...program.commands.map((c) => c.name()).filter((n) => n !== "overview"), "help"];
  const commands = [
    overviewCommand(schedule, names),
    themesCommand(schedule),
    factsCommand(schedule),
    showCommand(schedule),
    compareCommand(schedule),
    chartCommand(schedule),
    sourcesCommand(schedule),
  ];
  for (const cmd of commands) {
    addSharedOptions(cmd);
    cmd
      .exitOverride()
      .configureOutput({ writeOut: (s) => io.out(s), writeErr: (s) => io.err(s), outputError: () => {} });
    cmd.addHelpText("after", ENVIRONMENT_HELP);
    program.addCommand(cmd, cmd.name() === "overview" ? { isDefault: true, hidden: true } : {});
  }
  return state;
}

export type { GlobalOptions };
export { makeContext };
