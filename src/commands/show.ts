import { Command } from "commander";
import type { GlobalOptions, Schedule } from "../cli/program.js";

export function showCommand(schedule: Schedule): Command {
  return new Command("show")
    .summary("show one fact in full, with its source")
    .description(
      "Show one fact in full: its values with their hedges, derived values with formula and interval, place, source section and paragraph, and related facts.",
    )
    .argument("<id>", "the fact's id (see `jjj facts`)")
    .addHelpText(
      "after",
      "\nExamples:\n  $ jjj show pm25\n  $ jjj show tech-contracts-annual --lang zh\n  $ jjj show pm25 --json | jq '.values'",
    )
    .action(function (this: Command, id: string) {
      schedule(this.optsWithGlobals<GlobalOptions>(), async (ctx) => (await import("./show.run.js")).run(ctx, id));
    });
}
