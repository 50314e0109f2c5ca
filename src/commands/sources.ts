import { Command } from "commander";
import type { GlobalOptions, Schedule } from "../cli/program.js";

export function sourcesCommand(schedule: Schedule): Command {
  return new Command("sources")
    .summary("list every source, article and official publishers, with what each contributes")
    .description(
      "List every source of jjj's figures: the article, and the official publishers of the supplementary series, each with the number of facts and values it contributes and which facts.",
    )
    .addHelpText(
      "after",
      "\nExamples:\n  $ jjj sources\n  $ jjj sources --lang zh\n  $ jjj sources --json | jq '.[] | {id, values}'",
    )
    .action(function (this: Command) {
      schedule(this.optsWithGlobals<GlobalOptions>(), async (ctx) => (await import("./sources.run.js")).run(ctx));
    });
}
