import type { CommandSpec } from "../spec.js";

export const show: CommandSpec = {
  name: "show",
  summary: "show.summary",
  description: "show.description",
  output: "listing",
  formats: ["table", "json", "ndjson", "csv", "tsv", "md"],
  contracts: ["show", "show-source"],
  examples: [
    "jjj show pm25",
    "jjj show tech-contracts-annual --lang zh",
    "jjj show pm25-beijing --source",
    "jjj show pm25 --json | jq '.values[] | {year, value}'",
  ],
  define: (cmd, { t, schedule }) =>
    cmd
      .argument("<id>", t("show.argument.id"))
      .option("-s, --source", t("show.option.source"))
      .action((id, _opts, c) => {
        const opts = c.optsWithGlobals();
        schedule(opts, async (ctx) => (await import("./run.js")).run(ctx, id, { source: opts.source }));
      }),
};
