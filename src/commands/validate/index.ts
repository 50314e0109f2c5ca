import { FORMATS } from "../../cli/output.js";
import type { CommandSpec } from "../spec.js";

export const validate: CommandSpec = {
  name: "validate",
  summary: "validate.summary",
  description: "validate.description",
  output: "listing",
  formats: FORMATS,
  contracts: ["validate"],
  examples: [
    "jjj validate examples/my-figures.json",
    "jjj validate --data-only my-dataset.json",
    `jjj validate my-figures.json --json | jq -r '.[] | "\\(.path): \\(.fix)"'`,
    "jjj validate my-figures.json && jjj chart pm25 my-pm25 --data my-figures.json",
  ],
  define: (cmd, { t, schedule }) =>
    cmd.argument("<file...>", t("validate.argument.files")).action((files, _opts, c) => {
      const opts = c.optsWithGlobals();
      schedule(opts, async (ctx) => (await import("./run.js")).run(ctx, files, opts), { data: false });
    }),
};
