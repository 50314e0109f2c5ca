import { Command, InvalidArgumentError, Option } from "commander";
import { usageError } from "../cli/errors.js";
import type { GlobalOptions, Schedule } from "../cli/program.js";
import { MAX_YEAR, MIN_YEAR } from "../dataset/constants.js";

interface CompareOptions extends GlobalOptions {
  from: number;
  to: number;
  theme?: string;
  chart?: boolean;
}

export function parseYear(value: string): number {
  const n = Number(value);
  if (!/^\d{4}$/.test(value.trim()) || n < MIN_YEAR || n > MAX_YEAR) {
    throw new InvalidArgumentError(`must be a year from ${MIN_YEAR} to ${MAX_YEAR}`);
  }
  return n;
}

export function compareCommand(schedule: Schedule): Command {
  return new Command("compare")
    .summary("compare 2014 with 2020 (or any two years)")
    .description(
      "Compare every quantity between two years: the value at each end, the absolute change, the relative change (percentage points for shares) and the yearly growth rate. Where the article's baseline is another year it is used and flagged.",
    )
    .addOption(new Option("--from <year>", "the earlier year").default(2014).argParser(parseYear))
    .addOption(new Option("--to <year>", "the later year").default(2020).argParser(parseYear))
    .option("-t, --theme <id>", "only the quantities of this theme (see `jjj themes`)")
    .option("--chart", "draw each quantity's two years as a pair of bars instead of a table")
    .addHelpText(
      "after",
      "\nExamples:\n  $ jjj compare\n  $ jjj compare --chart\n  $ jjj compare --theme innovation --lang zh\n  $ jjj compare --json | jq '.[] | {id, relative: .change.relative}'",
    )
    .action(function (this: Command) {
      const opts = this.optsWithGlobals<CompareOptions>();
      if (opts.from >= opts.to) {
        throw usageError(
          `--from ${opts.from} is not before --to ${opts.to}`,
          "give an earlier year to --from than to --to",
        );
      }
      schedule(opts, async (ctx) => (await import("./compare.run.js")).run(ctx, opts));
    });
}
