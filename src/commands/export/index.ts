import { Option } from "@commander-js/extra-typings";
import { FORMATS } from "../../cli/output.js";
import type { CommandSpec } from "../spec.js";

export const exportCommand: CommandSpec = {
  name: "export",
  summary: "export.summary",
  description: "export.description",
  output: "listing",
  formats: FORMATS,
  contracts: ["export", "export-rows"],
  examples: [
    "jjj export --json > jjj.json",
    "jjj export --format csv > jjj.csv",
    "jjj export --format md --lang zh > 京津冀.md",
    "jjj export --json | jq '.facts | length'",
    "jjj export --as-data --data mine.json > everything.json",
  ],
  define: (cmd, { t, schedule }) =>
    cmd.addOption(new Option("--as-data", t("export.option.asData"))).action((_opts, c) => {
      const opts = c.optsWithGlobals();
      schedule(opts, async (ctx) => {
        const run = await import("./run.js");
        return opts.asData ? run.runAsData(ctx) : run.run(ctx);
      });
    }),
};
