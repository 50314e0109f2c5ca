import { Option } from "@commander-js/extra-typings";
import { DEFAULT_HEIGHT, MAX_HEIGHT, MIN_HEIGHT } from "../../cli/context.js";
import { numberOption } from "../../core/errors.js";
import type { CommandSpec } from "../spec.js";

export function parseHeight(value: string): number {
  return numberOption("--height", value, {
    min: MIN_HEIGHT,
    max: MAX_HEIGHT,
    what: "number.rows",
    example: String(DEFAULT_HEIGHT),
  });
}

export const chart: CommandSpec = {
  name: "chart",
  summary: "chart.summary",
  description: "chart.description",
  output: "text",
  formats: ["table", "json", "ndjson", "csv", "tsv", "md"],
  contracts: ["chart-list", "chart", "chart-bars"],
  examples: [
    "jjj chart",
    "jjj chart pm25",
    "jjj chart pm25 --article-only --lang zh",
    "jjj chart pm25 --notes --height 12",
    "jjj chart pm25-beijing tech-contracts-official --index",
    "jjj chart medical-pilot-institutions hebei-medical-pilot-institutions --bars",
    "jjj chart pm25 --json | jq '.[] | {id, n: (.points | length)}'",
  ],
  define: (cmd, { t, schedule }) =>
    cmd
      .argument("[id...]", t("chart.argument.ids"))
      .option("--bars", t("chart.option.bars"))
      .option("--index", t("chart.option.index"))
      .addOption(
        new Option(
          "--height <rows>",
          t("chart.cmd.height", { min: MIN_HEIGHT, max: MAX_HEIGHT, rows: DEFAULT_HEIGHT }),
        ),
      )
      .option("--notes", t("chart.cmd.notes"))
      .action((ids, _opts, c) => {
        const opts = c.optsWithGlobals();
        const height = opts.height === undefined ? undefined : parseHeight(opts.height);
        schedule(opts, async (ctx) => (await import("./run.js")).run(ctx, ids, { ...opts, height }));
      }),
};
