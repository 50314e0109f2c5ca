import { Command } from "commander";
import type { GlobalOptions, Schedule } from "../cli/program.js";

export function themesCommand(schedule: Schedule): Command {
  return new Command("themes")
    .summary("list the nine themes in article order")
    .description(
      "List the nine themes of the article in order: id, Chinese and English name, number of facts, summary.",
    )
    .addHelpText(
      "after",
      "\nExamples:\n  $ jjj themes\n  $ jjj themes --lang zh\n  $ jjj themes --json | jq -r '.[].id'",
    )
    .action(function (this: Command) {
      schedule(this.optsWithGlobals<GlobalOptions>(), async (ctx) => (await import("./themes.run.js")).run(ctx));
    });
}
