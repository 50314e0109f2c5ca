/**
 * The commander program, built from the command registry for one run. Actions do not run the
 * command: they record what to run, so that main() builds the context and maps errors to exit
 * codes in one place.
 */
import type { CommandUnknownOpts as Command } from "@commander-js/extra-typings";
import type { GlobalOptions } from "./cli/context.js";
import { helpConfiguration } from "./cli/help-format.js";
import { environmentHelp } from "./cli/help-text.js";
import type { Io } from "./cli/io.js";
import { newProgram, sharedOptions } from "./cli/program.js";
import { COMMANDS } from "./commands/registry.js";
import type { Runner, Schedule } from "./commands/spec.js";
import type { Lang } from "./core/lang.js";
import { type Sayer, sayer } from "./core/messages/index.js";
import { visible } from "./core/text.js";

export interface Pending {
  run: Runner;
  opts: GlobalOptions;
  /** The command whose action chose the run ("compare"): it names the JSON contract --fields picks from. */
  command: string;
  data: boolean;
}

export interface Program {
  command: Command;
  /** What the action chose to run, if anything (help and --version run nothing). */
  pending?: Pending;
}

/** The "Examples:" block at the end of a command's help; each line is a command, after "$ ". */
export function examples(t: Sayer, lines: readonly string[]): string {
  return `\n${t("help.examples")}\n${lines.map((l) => `  $ ${l}`).join("\n")}`;
}

/** Help and errors go to the run's own streams; commander never exits the process. */
function quiet(cmd: Command, io: Io, lang: Lang, t: Sayer): void {
  cmd
    .helpOption("-h, --help", t("option.help"))
    .configureHelp(helpConfiguration(lang))
    .exitOverride()
    .configureOutput({
      writeOut: (s) => io.out(visible(s)),
      writeErr: (s) => io.err(visible(s)),
      outputError: () => {},
    });
}

export function buildProgram(io: Io, lang: Lang): Program {
  const t = sayer(lang);
  const program = newProgram(t);
  const state: Program = { command: program };
  let acting = "jjj";
  program.hook("preAction", (_program, actionCommand) => {
    acting = actionCommand.name();
  });
  const schedule: Schedule = (opts, run, options) => {
    state.pending = { run, opts, command: acting, data: options?.data !== false };
  };
  program
    .description(t("program.description"))
    .helpCommand(false)
    .showSuggestionAfterError(true)
    .addHelpText(
      "after",
      `${examples(t, [
        "jjj compare",
        "jjj compare --theme innovation --lang en",
        "jjj chart pm25",
        "jjj show pm25 --source",
        "jjj search 医保",
        "jjj facts --json | jq '.[].id'",
        "jjj compare --format csv > compare.csv",
      ])}\n${environmentHelp(lang)}`,
    );
  quiet(program, io, lang, t);
  for (const spec of COMMANDS) {
    const cmd = program.command(spec.name, spec.hidden ? { isDefault: true, hidden: true } : {});
    cmd.summary(t(spec.summary));
    if (spec.description) cmd.description(t(spec.description));
    spec.define(cmd, { lang, t, schedule, program: () => program });
    // Every command lists the shared options in its own help, after its own.
    for (const option of sharedOptions(t)) cmd.addOption(option);
    quiet(cmd, io, lang, t);
    cmd.addHelpText("before", `jjj ${spec.name} — ${t(spec.summary)}\n`);
    if (!spec.hidden) cmd.addHelpText("after", `${spec.more ? t(spec.more) : ""}${examples(t, spec.examples)}`);
    cmd.addHelpText("after", environmentHelp(lang));
  }
  return state;
}
