import { FORMATS } from "../../cli/output.js";
import type { CommandSpec } from "../spec.js";

export const sources: CommandSpec = {
  name: "sources",
  summary: "sources.summary",
  description: "sources.description",
  output: "listing",
  formats: FORMATS,
  contracts: ["sources"],
  examples: ["jjj sources", "jjj sources --lang zh", "jjj sources --json | jq '.[] | {id, values}'"],
  define: (cmd, { schedule }) =>
    cmd.action((_opts, c) => {
      schedule(c.optsWithGlobals(), async (ctx) => (await import("./run.js")).run(ctx));
    }),
};
