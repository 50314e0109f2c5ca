import { Command } from "commander";
import type { GlobalOptions, Schedule } from "../cli/program.js";

export function exportCommand(schedule: Schedule): Command {
  return new Command("export")
    .summary("print the whole dataset, both layers, with sources")
    .description(
      "Print the whole dataset: the article's figures and the official supplementary series, with themes, places and sources. --json gives one object {sources, themes, places, facts}; --format csv, tsv or ndjson one row per value, stated change or event, each with its fact and source; --format md a readable handout grouped by theme. --article-only leaves out the supplementary series.",
    )
    .addHelpText(
      "after",
      "\nExamples:\n  $ jjj export --json > jjj.json\n  $ jjj export --format csv > jjj.csv\n  $ jjj export --format md --lang zh > 京津冀.md\n  $ jjj export --json | jq '.facts | length'",
    )
    .action(function (this: Command) {
      schedule(this.optsWithGlobals<GlobalOptions>(), async (ctx) => (await import("./export.run.js")).run(ctx));
    });
}
