import { Command, Option } from "commander";
import { DEFAULT_HEIGHT, MAX_HEIGHT, MIN_HEIGHT } from "../cli/context.js";
import { usageError } from "../cli/errors.js";
import type { GlobalOptions, Schedule } from "../cli/program.js";

export interface ChartOptions extends GlobalOptions {
  bars?: boolean;
  index?: boolean;
  /** As given; checked by parseHeight when the command runs. */
  height: string;
}

export function parseHeight(value: string): number {
  const n = Number(value);
  if (!/^\d+$/.test(value.trim()) || n < MIN_HEIGHT || n > MAX_HEIGHT) {
    throw usageError(
      {
        zh: `--height 应为 ${MIN_HEIGHT} 到 ${MAX_HEIGHT} 之间的行数，而不是 "${value}"`,
        en: `--height must be a whole number of rows from ${MIN_HEIGHT} to ${MAX_HEIGHT}, not "${value}"`,
      },
      { zh: "例如 --height 18", en: "for example --height 18" },
    );
  }
  return n;
}

export function chartCommand(schedule: Schedule): Command {
  return new Command("chart")
    .summary("draw a fact's trend as a line chart, or its values as bars")
    .description(
      "Draw one or more facts on a real time axis: years in proportion to time, published figures and derived ones marked apart, gaps left as gaps. An article fact comes with the longest three official series that extend it, each labelled with its publisher; name others to add them, or leave them all out with --article-only. With no id, list what can be charted.",
    )
    .argument(
      "[id...]",
      "fact ids (see `jjj chart`); case and punctuation do not matter: pm2.5, PM2.5 and pm all mean pm25",
    )
    .option("--bars", "draw horizontal bars: one per year, place or category")
    .option(
      "--index",
      "rescale each series to its first year = 100, so that series in different units can share a chart",
    )
    .addOption(
      new Option("--height <rows>", `rows of the line chart (${MIN_HEIGHT}–${MAX_HEIGHT})`).default(
        String(DEFAULT_HEIGHT),
      ),
    )
    .addHelpText(
      "after",
      "\nExamples:\n  $ jjj chart\n  $ jjj chart pm25\n  $ jjj chart pm25 --article-only --lang zh\n  $ jjj chart pm25-beijing tech-contracts-official --index\n  $ jjj chart medical-pilot-institutions hebei-medical-pilot-institutions --bars\n  $ jjj chart pm25 --json | jq '.[] | {id, n: (.points | length)}'",
    )
    .action(function (this: Command, ids: string[]) {
      const opts = this.optsWithGlobals<ChartOptions>();
      const height = parseHeight(opts.height);
      schedule(opts, async (ctx) => (await import("./chart.run.js")).run(ctx, ids, { ...opts, height }));
    });
}
