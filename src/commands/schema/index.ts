import { Argument } from "@commander-js/extra-typings";
import { FORMATS } from "../../cli/output.js";
import { completeWith } from "../../completion/hints.js";
import { CONTRACT_NAMES } from "../../contract/catalog.js";
import type { CommandSpec } from "../spec.js";

export const schema: CommandSpec = {
  name: "schema",
  summary: "schema.summary",
  description: "schema.description",
  output: "document",
  formats: FORMATS,
  contracts: ["schema"],
  examples: [
    "jjj schema",
    "jjj schema compare",
    "jjj schema facts | jq '.items.properties | keys'",
    "jjj schema dataset > dataset.schema.json",
  ],
  define: (cmd, { t, schedule }) =>
    cmd
      .addArgument(completeWith(new Argument("[name]", t("schema.argument.name")), CONTRACT_NAMES))
      .action((name, _opts, c) => {
        schedule(c.optsWithGlobals(), async (ctx) => (await import("./run.js")).run(ctx, name));
      }),
};
