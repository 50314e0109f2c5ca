import { Command, InvalidArgumentError, Option } from "commander";
import { emitListing } from "../cli/emit.js";
import { usageError } from "../cli/errors.js";
import type { GlobalOptions, Runner } from "../cli/program.js";
import { MAX_YEAR, MIN_YEAR } from "../dataset/schema.js";
import { compare } from "../query/compare.js";
import { findTheme } from "../query/lookup.js";
import { compareRecord, compareTable } from "../view/compare.js";

interface CompareOptions extends GlobalOptions {
  from: number;
  to: number;
  theme?: string;
}

export function parseYear(value: string): number {
  const n = Number(value);
  if (!/^\d{4}$/.test(value.trim()) || n < MIN_YEAR || n > MAX_YEAR) {
    throw new InvalidArgumentError(`must be a year from ${MIN_YEAR} to ${MAX_YEAR}`);
  }
  return n;
}

export function compareCommand(schedule: (opts: GlobalOptions, run: Runner) => void): Command {
  return new Command("compare")
    .summary("compare 2014 with 2020 (or any two years)")
    .description(
      "Compare every quantity between two years: the value at each end, the absolute change, the relative change (percentage points for shares) and the yearly growth rate. Where the article's baseline is another year it is used and flagged.",
    )
    .addOption(new Option("--from <year>", "the earlier year").default(2014).argParser(parseYear))
    .addOption(new Option("--to <year>", "the later year").default(2020).argParser(parseYear))
    .option("-t, --theme <id>", "only the quantities of this theme (see `jjj themes`)")
    .addHelpText(
      "after",
      "\nExamples:\n  $ jjj compare\n  $ jjj compare --theme innovation --lang zh\n  $ jjj compare --json | jq '.[] | {id, relative: .change.relative}'",
    )
    .action(function (this: Command) {
      const opts = this.optsWithGlobals<CompareOptions>();
      if (opts.from >= opts.to) {
        throw usageError(
          `--from ${opts.from} is not before --to ${opts.to}`,
          "give an earlier year to --from than to --to",
        );
      }
      schedule(opts, (ctx) => {
        if (opts.theme !== undefined) findTheme(ctx.dataset, opts.theme);
        const rows = compare(ctx.dataset, { from: opts.from, to: opts.to, theme: opts.theme });
        emitListing(
          ctx,
          rows.map((r) => compareRecord(ctx, r)),
          () => compareTable(ctx, rows, opts.from, opts.to),
        );
      });
    });
}
