import { FORMATS } from "../../cli/output.js";
import type { CommandSpec } from "../spec.js";

export const themes: CommandSpec = {
  name: "themes",
  summary: "themes.summary",
  description: "themes.description",
  output: "listing",
  formats: FORMATS,
  contracts: ["themes"],
  examples: ["jjj themes", "jjj themes --lang zh", "jjj themes --json | jq -r '.[].id'"],
  define: (cmd, { schedule }) =>
    cmd.action((_opts, c) => {
      schedule(c.optsWithGlobals(), async (ctx) => (await import("./run.js")).run(ctx));
    }),
};
