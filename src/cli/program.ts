/** The commander program: commands, their options and help. Built fresh for every run. */
import { Command, Option } from "commander";
import { chartCommand } from "../commands/chart.js";
import { compareCommand } from "../commands/compare.js";
import { completionCommand } from "../commands/completion.js";
import { exportCommand } from "../commands/export.js";
import { factsCommand } from "../commands/facts.js";
import { helpCommand } from "../commands/help.js";
import { overviewCommand } from "../commands/overview.js";
import { presentCommand } from "../commands/present.js";
import { quizCommand } from "../commands/quiz.js";
import { schemaCommand } from "../commands/schema.js";
import { searchCommand } from "../commands/search.js";
import { showCommand } from "../commands/show.js";
import { sourcesCommand } from "../commands/sources.js";
import { themesCommand } from "../commands/themes.js";
import { timelineCommand } from "../commands/timeline.js";
import { validateCommand } from "../commands/validate.js";
import { type Context, type GlobalOptions, makeContext } from "./context.js";
import type { ExitCode } from "./errors.js";
import { ENVIRONMENT_HELP } from "./help-text.js";
import type { Io } from "./io.js";
import { FORMATS } from "./output.js";

export const VERSION = "0.1.0";

export { ENVIRONMENT_HELP };

/** Options every command shares. */
export function addSharedOptions(cmd: Command): Command {
  return cmd
    .addOption(new Option("--lang <lang>", "language of labels and messages").choices(["zh", "en"]))
    .addOption(new Option("--format <format>", "output format (see `jjj help formatting`)").choices(FORMATS))
    .addOption(new Option("--json", "print JSON for scripts: same as --format json"))
    .addOption(
      new Option(
        "--fields <list>",
        "only these comma-separated fields, in this order, e.g. id,label.en,to.value (`jjj schema <command>`)",
      ),
    )
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
      new Option("--data <file>", "also load this data file (repeatable; see `jjj schema dataset`)").argParser(
        (value: string, previous: string[] | undefined) => [...(previous ?? []), value],
      ),
    )
    .addOption(new Option("--data-only", "use only the --data files, not the bundled data"))
    .addOption(new Option("--width <columns>", "fit tables to this many columns (default: the terminal, or 80)"));
}

/** A command's run: nothing (success), or an exit code when it has said all there is to say itself. */
// biome-ignore lint/suspicious/noConfusingVoidType: most runs return nothing; void lets them say so.
export type Runner = (ctx: Context) => void | ExitCode | Promise<void | ExitCode>;
export interface ScheduleOptions {
  /** false: the command reads no dataset (`jjj validate` reads its files itself), so none is loaded. */
  data?: boolean;
}
export type Schedule = (opts: GlobalOptions, run: Runner, options?: ScheduleOptions) => void;

export interface Program {
  command: Command;
  /** The runner commander's action chose, with its options and the name of the command that chose it. */
  pending?: { run: Runner; opts: GlobalOptions; command: string; data: boolean };
}

/** The command word of the arguments: the first that is neither an option nor an option's value. */
function commandWord(program: Command, argv: readonly string[]): string | undefined {
  const takesValue = new Set(
    program.options.filter((o) => o.required || o.optional).flatMap((o) => [o.long, o.short].filter(Boolean)),
  );
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === "--") return argv[i + 1];
    if (!arg.startsWith("-")) return arg;
    if (!arg.includes("=") && takesValue.has(arg)) i++;
  }
  return undefined;
}

/**
 * Build the program for these arguments (all commands when `argv` is not given). Actions do not
 * run the command: they record what to run, so that main() can build the context and map errors
 * to exit codes in one place.
 */
export function buildProgram(io: Io, argv?: readonly string[]): Program {
  const state: Program = { command: new Command("jjj") };
  const program = state.command;
  // The command whose action runs: its name picks the JSON contract that --fields chooses from.
  let acting = "jjj";
  program.hook("preAction", (_program, actionCommand) => {
    acting = actionCommand.name();
  });
  const schedule: Schedule = (opts, run, options) => {
    state.pending = { run, opts, command: acting, data: options?.data !== false };
  };
  program
    .description("Explore the facts and figures of the Beijing–Tianjin–Hebei coordinated development (京津冀协同发展).")
    .version(VERSION, "-V, --version", "print the version")
    .helpOption("-h, --help", "show help")
    .helpCommand(false)
    .showSuggestionAfterError(true)
    .exitOverride()
    .configureOutput({
      writeOut: (s) => io.out(s),
      writeErr: (s) => io.err(s),
      outputError: () => {},
    })
    .addHelpText(
      "after",
      `\nExamples:\n  $ jjj compare\n  $ jjj compare --theme innovation --lang en\n  $ jjj chart pm25\n  $ jjj show pm25 --source\n  $ jjj search 医保\n  $ jjj facts --json | jq '.[].id'\n  $ jjj compare --format csv > compare.csv\n${ENVIRONMENT_HELP}`,
    );

  addSharedOptions(program);
  // Every command, by name. Only the one the arguments name is built (building all of them is
  // most of commander's start-up cost); help, completion and unknown words get them all.
  const factories: [string, () => Command][] = [
    ["overview", () => overviewCommand(schedule, () => factories.map(([n]) => n).filter((n) => n !== "overview"))],
    ["themes", () => themesCommand(schedule)],
    ["facts", () => factsCommand(schedule)],
    ["show", () => showCommand(schedule)],
    ["compare", () => compareCommand(schedule)],
    ["chart", () => chartCommand(schedule)],
    ["sources", () => sourcesCommand(schedule)],
    ["search", () => searchCommand(schedule)],
    ["timeline", () => timelineCommand(schedule)],
    ["export", () => exportCommand(schedule)],
    ["present", () => presentCommand(schedule)],
    ["quiz", () => quizCommand(schedule)],
    ["validate", () => validateCommand(schedule)],
    ["schema", () => schemaCommand(schedule)],
    ["completion", () => completionCommand(schedule, () => program)],
    ["help", () => helpCommand(schedule, () => program)],
  ];
  const word = argv === undefined ? undefined : commandWord(program, argv);
  const only = factories.find(([name]) => name === word && name !== "help" && name !== "completion");
  for (const [, make] of only ? [only] : factories) {
    const cmd = make();
    addSharedOptions(cmd);
    cmd
      .helpOption("-h, --help", "show help")
      .exitOverride()
      .configureOutput({ writeOut: (s) => io.out(s), writeErr: (s) => io.err(s), outputError: () => {} });
    // Help opens with the one-line summary, as `jjj <command> — <summary>`.
    cmd.addHelpText("before", `jjj ${cmd.name()} — ${cmd.summary()}\n`);
    cmd.addHelpText("after", ENVIRONMENT_HELP);
    program.addCommand(cmd, cmd.name() === "overview" ? { isDefault: true, hidden: true } : {});
  }
  return state;
}

export type { GlobalOptions };
export { makeContext };
