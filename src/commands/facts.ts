import { Command } from "commander";
import { emitListing } from "../cli/emit.js";
import type { GlobalOptions, Runner } from "../cli/program.js";
import { factsOfTheme, findTheme } from "../query/lookup.js";
import { factRecord, factsTable } from "../view/facts.js";

interface FactsOptions extends GlobalOptions {
  theme?: string;
}

export function factsCommand(schedule: (opts: GlobalOptions, run: Runner) => void): Command {
  return new Command("facts")
    .summary("list every fact, figures and dated events alike")
    .description("List every fact of the article — figures and dated events — with its values, unit, years and source.")
    .option("-t, --theme <id>", "only the facts of this theme (see `jjj themes`)")
    .addHelpText(
      "after",
      "\nExamples:\n  $ jjj facts\n  $ jjj facts --theme ecology\n  $ jjj facts --json | jq -r '.[] | select(.kind == \"event\") | .date'",
    )
    .action(function (this: Command) {
      const opts = this.optsWithGlobals<FactsOptions>();
      schedule(opts, (ctx) => {
        if (opts.theme !== undefined) findTheme(ctx.dataset, opts.theme);
        const facts = factsOfTheme(ctx.dataset, opts.theme);
        emitListing(
          ctx,
          facts.map((f) => factRecord(ctx, f)),
          () => factsTable(ctx, facts),
        );
      });
    });
}
