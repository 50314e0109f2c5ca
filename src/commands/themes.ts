import { Command } from "commander";
import { emitListing } from "../cli/emit.js";
import type { GlobalOptions, Runner } from "../cli/program.js";
import { factCounts, themeRecord, themesTable } from "../view/themes.js";

export function themesCommand(schedule: (opts: GlobalOptions, run: Runner) => void): Command {
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
      schedule(this.optsWithGlobals<GlobalOptions>(), (ctx) => {
        const counts = factCounts(ctx.dataset);
        emitListing(
          ctx,
          ctx.dataset.themes.map((th) => themeRecord(th, counts)),
          () => themesTable(ctx),
        );
      });
    });
}
