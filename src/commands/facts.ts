import { Command } from "commander";
import type { GlobalOptions, Schedule } from "../cli/program.js";

interface FactsOptions extends GlobalOptions {
  theme?: string;
}

export function factsCommand(schedule: Schedule): Command {
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
      schedule(opts, async (ctx) => (await import("./facts.run.js")).run(ctx, opts));
    });
}
