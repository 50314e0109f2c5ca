/** The commander program: commands, their options and help. Built fresh for every run. */
import { Command, Option } from "commander";
import { ACTIONS, type Action } from "../commands/actions.js";
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
import type { ExitCode } from "../core/errors.js";
import { type Lang, langFromArgs, tr } from "../core/lang.js";
import type { Context, GlobalOptions } from "./context.js";
import { examples, helpConfiguration } from "./help-format.js";
import { environmentHelp } from "./help-text.js";
import type { Io } from "./io.js";
import { FORMATS } from "./output.js";

export const VERSION = "0.1.0";

/** Options every command shares, described in this language. */
export function addSharedOptions(cmd: Command, lang: Lang = "en"): Command {
  const t = tr(lang);
  return cmd
    .addOption(
      new Option("--lang <lang>", t("language of labels and messages", "标签和消息的语言")).choices(["zh", "en"]),
    )
    .addOption(
      new Option(
        "--format <format>",
        t("output format (see `jjj help formatting`)", "输出格式，见 `jjj help formatting`"),
      ).choices(FORMATS),
    )
    .addOption(
      new Option(
        "--json",
        t("print JSON for scripts: same as --format json", "输出供脚本使用的 JSON：同 --format json"),
      ),
    )
    .addOption(
      new Option(
        "--fields <list>",
        t(
          "only these comma-separated fields, in this order, e.g. id,label.en,to.value (`jjj schema <command>`)",
          "只输出这些以逗号分隔的字段，按此顺序，例如 id,label.en,to.value（见 `jjj schema <command>`）",
        ),
      ),
    )
    .addOption(
      new Option(
        "--article-only",
        t(
          "only the article's own figures, without the official supplementary series",
          "只用文章本身的数字，不含官方补充序列",
        ),
      ),
    )
    .addOption(
      new Option(
        "--color <when>",
        t(
          "colour the output: auto (on a terminal), always or never",
          "输出着色：auto（在终端中着色）、always 或 never",
        ),
      ).choices(["auto", "always", "never"]),
    )
    .addOption(new Option("--no-color", t("same as --color never", "同 --color never")))
    .addOption(
      new Option(
        "--ascii",
        t("draw charts and table borders with plain ASCII characters", "只用 ASCII 字符画图表和表格边框"),
      ),
    )
    .addOption(
      new Option(
        "--data <file>",
        t(
          "also load this data file (repeatable; see `jjj schema dataset`)",
          "另外加载这个数据文件（可重复使用；见 `jjj schema dataset`）",
        ),
      ).argParser((value: string, previous: string[] | undefined) => [...(previous ?? []), value]),
    )
    .addOption(
      new Option(
        "--data-only",
        t("use only the --data files, not the bundled data", "只用 --data 给出的文件，不用内置数据"),
      ),
    )
    .addOption(
      new Option(
        "--width <columns>",
        t(
          "fit tables to this many columns (default: the terminal, or 80)",
          "表格宽度，以列计（默认：终端宽度，否则为 80）",
        ),
      ),
    );
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
export function buildProgram(
  io: Io,
  argv?: readonly string[],
  actions: Readonly<Record<string, Action>> = ACTIONS,
): Program {
  // The language of help: --lang anywhere in the arguments, else the locale.
  const lang = langFromArgs(argv ?? [], io.env);
  const t = tr(lang);
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
    .description(
      t(
        "Explore the facts and figures of the Beijing–Tianjin–Hebei coordinated development (京津冀协同发展).",
        "在终端中查看京津冀协同发展的事实与数字。",
      ),
    )
    .version(VERSION, "-V, --version", t("print the version", "显示版本号"))
    .helpOption("-h, --help", t("show help", "显示帮助"))
    .helpCommand(false)
    .configureHelp(helpConfiguration(lang))
    .showSuggestionAfterError(true)
    .exitOverride()
    .configureOutput({
      writeOut: (s) => io.out(s),
      writeErr: (s) => io.err(s),
      outputError: () => {},
    })
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

  addSharedOptions(program, lang);
  // Every command, by name. Only the one the arguments name is built (building all of them is
  // most of commander's start-up cost); help, completion and unknown words get them all.
  const factories: [string, () => Command][] = [
    ["overview", () => overviewCommand(lang)],
    ["themes", () => themesCommand(lang)],
    ["facts", () => factsCommand(lang)],
    ["show", () => showCommand(lang)],
    ["compare", () => compareCommand(lang)],
    ["chart", () => chartCommand(lang)],
    ["sources", () => sourcesCommand(lang)],
    ["search", () => searchCommand(lang)],
    ["timeline", () => timelineCommand(lang)],
    ["export", () => exportCommand(lang)],
    ["present", () => presentCommand(lang)],
    ["quiz", () => quizCommand(lang)],
    ["validate", () => validateCommand(lang)],
    ["schema", () => schemaCommand(lang)],
    ["completion", () => completionCommand(schedule, lang, () => program)],
    ["help", () => helpCommand(schedule, lang, () => program)],
  ];
  const word = argv === undefined ? undefined : commandWord(program, argv);
  const only = factories.find(([name]) => name === word && name !== "help" && name !== "completion");
  for (const [, make] of only ? [only] : factories) {
    const cmd = make();
    const act = actions[cmd.name()];
    if (act) {
      // Commander passes the declared arguments, then the options and the command.
      cmd.action(function (this: Command, ...args: unknown[]) {
        act(this.optsWithGlobals<GlobalOptions>(), args.slice(0, this.registeredArguments.length), schedule);
      });
    }
    addSharedOptions(cmd, lang);
    cmd
      .helpOption("-h, --help", t("show help", "显示帮助"))
      // addCommand() does not copy help settings: each command gets them itself.
      .configureHelp(helpConfiguration(lang))
      .exitOverride()
      .configureOutput({ writeOut: (s) => io.out(s), writeErr: (s) => io.err(s), outputError: () => {} });
    // Help opens with the one-line summary, as `jjj <command> — <summary>`.
    cmd.addHelpText("before", `jjj ${cmd.name()} — ${cmd.summary()}\n`);
    cmd.addHelpText("after", environmentHelp(lang));
    program.addCommand(cmd, cmd.name() === "overview" ? { isDefault: true, hidden: true } : {});
  }
  return state;
}

export { CommanderError } from "commander";
export { commanderMessage } from "./commander-errors.js";
export type { GlobalOptions };
