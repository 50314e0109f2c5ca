import { Option } from "@commander-js/extra-typings";
import { FORMATS } from "../../cli/output.js";
import type { CommandSpec } from "../spec.js";

export const timeline: CommandSpec = {
  name: "timeline",
  summary: "timeline.summary",
  description: "timeline.description",
  output: "listing",
  formats: FORMATS,
  contracts: ["timeline"],
  examples: [
    "jjj timeline",
    "jjj timeline --kind event --lang zh",
    "jjj timeline --theme ecology --format csv",
    "jjj timeline --json | jq -r '.[] | \"\\(.date) \\(.id)\"'",
  ],
  define: (cmd, { t, schedule }) =>
    cmd
      .option("-t, --theme <id>", t("timeline.option.theme"))
      .addOption(new Option("--kind <kind>", t("timeline.option.kind")).choices(["event", "value"] as const))
      .action((_opts, c) => {
        const opts = c.optsWithGlobals();
        schedule(opts, async (ctx) => (await import("./run.js")).run(ctx, opts));
      }),
};
