import { FORMATS } from "../../cli/output.js";
import type { CommandSpec } from "../spec.js";

export const facts: CommandSpec = {
  name: "facts",
  summary: "facts.summary",
  description: "facts.description",
  output: "listing",
  formats: FORMATS,
  contracts: ["facts"],
  examples: [
    "jjj facts",
    "jjj facts --theme ecology",
    "jjj facts --json | jq -r '.[] | select(.kind == \"event\") | .date'",
  ],
  define: (cmd, { t, schedule }) =>
    cmd.option("-t, --theme <id>", t("facts.option.theme")).action((_opts, c) => {
      const opts = c.optsWithGlobals();
      schedule(opts, async (ctx) => (await import("./run.js")).run(ctx, opts));
    }),
};
