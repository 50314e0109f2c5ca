import { Argument, Command } from "commander";
import { examples } from "../cli/help-format.js";
import { HELP_TOPICS, type HelpTopic } from "../cli/help-text.js";
import type { GlobalOptions, Schedule } from "../cli/program.js";
import { completeWith } from "../completion/hints.js";
import { type Lang, tr } from "../core/lang.js";

/** `jjj help [command|topic]`: a command's help, or a topic (exit codes, environment, formatting). */
export function helpCommand(schedule: Schedule, lang: Lang, program: () => Command): Command {
  const t = tr(lang);
  const topics = Object.keys(HELP_TOPICS);
  return new Command("help")
    .summary(
      t(
        "show help for a command, or a topic: exit-codes, environment, formatting",
        "显示某个命令或主题的帮助：exit-codes、environment、formatting",
      ),
    )
    .description(
      t(
        `Show help for a command (the same as \`jjj <command> --help\`), or for a topic: ${topics.join(", ")}. Without an argument, the overall help.`,
        `显示某个命令的帮助（与 \`jjj <command> --help\` 相同），或某个主题的帮助：${topics.join("、")}。不给参数时，显示总的帮助。`,
      ),
    )
    .addArgument(
      completeWith(
        new Argument(
          "[topic]",
          t(`a command, or one of: ${topics.join(", ")}`, `一个命令，或以下之一：${topics.join("、")}`),
        ),
        "help-topics",
      ),
    )
    .addHelpText("after", examples(t, ["jjj help compare", "jjj help exit-codes", "jjj help formatting"]))
    .action(function (this: Command, topic: string | undefined) {
      const root = program();
      const commands = root.commands.filter((c) => c.name() !== "overview");
      if (topic === undefined) {
        root.outputHelp();
        return;
      }
      const command = commands.find((c) => c.name() === topic);
      if (command) {
        command.outputHelp();
        return;
      }
      schedule(this.optsWithGlobals<GlobalOptions>(), async (ctx) => {
        if (Object.hasOwn(HELP_TOPICS, topic)) {
          const { emitText } = await import("../cli/emit.js");
          emitText(ctx, HELP_TOPICS[topic as HelpTopic].text[ctx.lang]);
          return;
        }
        const { unknownName } = await import("../query/lookup.js");
        unknownName(topic, [...commands.map((c) => c.name()), ...topics], "help topic", "jjj help");
      });
    });
}
