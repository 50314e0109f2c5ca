import { Argument } from "@commander-js/extra-typings";
import { completeWith } from "../../completion/hints.js";
import type { CommandSpec } from "../spec.js";

/** `jjj help [command|topic]`: a command's help, or a topic (exit codes, environment, formatting). */
export const help: CommandSpec = {
  name: "help",
  summary: "help.summary",
  description: "help.description",
  output: "text",
  formats: ["table"],
  contracts: [],
  examples: ["jjj help compare", "jjj help exit-codes", "jjj help formatting"],
  define: (cmd, { t, schedule, program }) =>
    cmd
      .addArgument(completeWith(new Argument("[topic]", t("help.argument.topic")), "help-topics"))
      .action((topic, _opts, c) => {
        const root = program();
        if (topic === undefined) {
          root.outputHelp();
          return;
        }
        const command = root.commands.find((s) => s.name() === topic && s.name() !== "overview");
        if (command) {
          command.outputHelp();
          return;
        }
        const names = root.commands.filter((s) => s.name() !== "overview").map((s) => s.name());
        schedule(c.optsWithGlobals(), async (ctx) => (await import("./run.js")).run(ctx, topic, names));
      }),
};
