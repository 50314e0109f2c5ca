import { Argument, Command } from "commander";
import { HELP_TOPICS, type HelpTopic } from "../cli/help-text.js";
import type { GlobalOptions, Schedule } from "../cli/program.js";
import { completeWith } from "../completion/hints.js";

/** `jjj help [command|topic]`: a command's help, or a topic (exit codes, environment, formatting). */
export function helpCommand(schedule: Schedule, program: () => Command): Command {
  const topics = Object.keys(HELP_TOPICS);
  return new Command("help")
    .summary("show help for a command, or a topic: exit-codes, environment, formatting")
    .description(
      `Show help for a command (the same as \`jjj <command> --help\`), or for a topic: ${topics.join(", ")}. Without an argument, the overall help.`,
    )
    .addArgument(completeWith(new Argument("[topic]", `a command, or one of: ${topics.join(", ")}`), "help-topics"))
    .addHelpText("after", "\nExamples:\n  $ jjj help compare\n  $ jjj help exit-codes\n  $ jjj help formatting")
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
          emitText(ctx, HELP_TOPICS[topic as HelpTopic].text);
          return;
        }
        const { unknownName } = await import("../query/lookup.js");
        unknownName(topic, [...commands.map((c) => c.name()), ...topics], "help topic", "jjj help");
      });
    });
}
