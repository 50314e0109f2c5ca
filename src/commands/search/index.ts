import { FORMATS } from "../../cli/output.js";
import type { CommandSpec } from "../spec.js";

export const search: CommandSpec = {
  name: "search",
  summary: "search.summary",
  description: "search.description",
  output: "listing",
  formats: FORMATS,
  contracts: ["search"],
  examples: [
    "jjj search 医保",
    "jjj search PM2.5 --lang zh",
    "jjj search poverty --json | jq -r '.[].id'",
    "jjj search technology contracts --theme innovation",
  ],
  define: (cmd, { t, schedule }) =>
    cmd
      .argument("<text...>", t("search.argument.text"))
      .option("-t, --theme <id>", t("search.option.theme"))
      .action((words, _opts, c) => {
        const opts = c.optsWithGlobals();
        schedule(opts, async (ctx) => (await import("./run.js")).run(ctx, words.join(" "), opts));
      }),
};
