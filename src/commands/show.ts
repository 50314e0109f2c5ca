import { Command } from "commander";
import type { GlobalOptions, Schedule } from "../cli/program.js";

interface ShowOptions extends GlobalOptions {
  source?: boolean;
}

export function showCommand(schedule: Schedule): Command {
  return new Command("show")
    .summary("show one fact in full, with its source")
    .description(
      "Show one fact in full: its values with their hedges, derived values with formula and interval, place, source section and paragraph, and related facts. With --source, only where each figure comes from: the article's section and paragraph, or the official publisher with confidence and note.",
    )
    .argument("<id>", "the fact's id (see `jjj facts` or `jjj search`)")
    .option("-s, --source", "only the sources of the fact: section heading and paragraph, or publisher")
    .addHelpText(
      "after",
      "\nExamples:\n  $ jjj show pm25\n  $ jjj show tech-contracts-annual --lang zh\n  $ jjj show pm25-beijing --source\n  $ jjj show pm25 --json | jq '.values[] | {year, value}'",
    )
    .action(function (this: Command, id: string) {
      const opts = this.optsWithGlobals<ShowOptions>();
      schedule(opts, async (ctx) => (await import("./show.run.js")).run(ctx, id, { source: opts.source }));
    });
}
