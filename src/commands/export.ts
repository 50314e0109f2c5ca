import { Command, Option } from "commander";
import type { GlobalOptions, Schedule } from "../cli/program.js";

export function exportCommand(schedule: Schedule): Command {
  return new Command("export")
    .summary("print the whole dataset, both layers, with sources")
    .description(
      "Print the whole dataset: the article's figures and the official supplementary series, with themes, places and sources. --json gives one object {sources, themes, places, facts}; --format csv, tsv or ndjson one row per value, stated change or event, each with its fact and source; --format md a readable handout grouped by theme. --article-only leaves out the supplementary series. --as-data prints the data as a data file instead, in the format that --data and `jjj validate` read (`jjj schema dataset`): for example your own files and the bundled data merged into one.",
    )
    .addOption(new Option("--as-data", "print a data file (the format --data reads) instead of the records"))
    .addHelpText(
      "after",
      "\nExamples:\n  $ jjj export --json > jjj.json\n  $ jjj export --format csv > jjj.csv\n  $ jjj export --format md --lang zh > 京津冀.md\n  $ jjj export --json | jq '.facts | length'\n  $ jjj export --as-data --data mine.json > everything.json",
    )
    .action(function (this: Command) {
      const opts = this.optsWithGlobals<GlobalOptions & { asData?: boolean }>();
      schedule(opts, async (ctx) => {
        const run = await import("./export.run.js");
        return opts.asData ? run.runAsData(ctx) : run.run(ctx);
      });
    });
}
