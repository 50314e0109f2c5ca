import { Option } from "@commander-js/extra-typings";
import { FORMATS } from "../../cli/output.js";
import { numberOption, usageError } from "../../core/errors.js";
import { msg } from "../../core/messages/index.js";
import { MAX_YEAR, MIN_YEAR } from "../../dataset/constants.js";
import type { CommandSpec } from "../spec.js";

/** A year option's value, checked: four digits, within the years the data may hold. */
export function parseYear(option: string, value: string): number {
  return numberOption(option, value, {
    min: MIN_YEAR,
    max: MAX_YEAR,
    form: "year",
    what: "number.year",
    example: "2014",
  });
}

export const compare: CommandSpec = {
  name: "compare",
  summary: "compare.summary",
  description: "compare.description",
  output: "listing",
  formats: FORMATS,
  contracts: ["compare"],
  examples: [
    "jjj compare",
    "jjj compare --chart",
    "jjj compare --theme innovation --lang zh",
    "jjj compare --json | jq '.[] | {id, relative: .change.relative}'",
  ],
  define: (cmd, { t, schedule }) =>
    cmd
      .addOption(new Option("--from <year>", t("compare.option.from")).default("2014"))
      .addOption(new Option("--to <year>", t("compare.option.to")).default("2020"))
      .option("-t, --theme <id>", t("compare.option.theme"))
      .option("--chart", t("compare.option.chart"))
      .option("--notes", t("compare.option.notes"))
      .action((_opts, c) => {
        const opts = c.optsWithGlobals();
        const from = parseYear("--from", opts.from);
        const to = parseYear("--to", opts.to);
        if (from >= to) throw usageError(msg("compare.error.order", { from, to }), msg("compare.hint.order"));
        schedule(opts, async (ctx) =>
          (await import("./run.js")).run(ctx, {
            from,
            to,
            theme: opts.theme,
            chart: opts.chart === true,
            notes: opts.notes === true,
          }),
        );
      }),
};
