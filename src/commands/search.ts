import { Command } from "commander";
import type { GlobalOptions, Schedule } from "../cli/program.js";

interface SearchOptions extends GlobalOptions {
  theme?: string;
}

export function searchCommand(schedule: Schedule): Command {
  return new Command("search")
    .summary("find facts and themes by a word, in Chinese or English")
    .description(
      "Search ids, labels, explanations, places and units, in Chinese and English at once, whatever --lang says. Case, spaces and punctuation are ignored (PM2.5 = pm25). Several words must all match. Hits are ranked: exact id, then id prefix, then label, then explanation, place and unit; each shows its theme and the fields that matched.",
    )
    .argument("<text...>", "what to look for: a word or a few (医保, 雄安, PM2.5, poverty)")
    .option("-t, --theme <id>", "only hits in this theme (see `jjj themes`)")
    .addHelpText(
      "after",
      "\nExamples:\n  $ jjj search 医保\n  $ jjj search PM2.5 --lang zh\n  $ jjj search poverty --json | jq -r '.[].id'\n  $ jjj search technology contracts --theme innovation",
    )
    .action(function (this: Command, words: string[]) {
      const opts = this.optsWithGlobals<SearchOptions>();
      schedule(opts, async (ctx) => (await import("./search.run.js")).run(ctx, words.join(" "), opts));
    });
}
