import type { CommandSpec } from "../spec.js";

/** `jjj` alone: one screen of themes, headline figures and what to try next. */
export const overview: CommandSpec = {
  name: "overview",
  summary: "overview.summary",
  output: "document",
  formats: ["table", "json", "ndjson"],
  contracts: ["overview"],
  examples: ["jjj", "jjj --json | jq '.themes[].id'"],
  hidden: true,
  define: (cmd, { schedule, program }) =>
    cmd.argument("[command...]").action((words, _opts, c) => {
      const first = words[0];
      const names = program()
        .commands.filter((s) => s.name() !== "overview")
        .map((s) => s.name());
      schedule(c.optsWithGlobals(), async (ctx) => {
        const overview = await import("./run.js");
        if (first !== undefined) overview.unknownCommand(first, names);
        return overview.run(ctx);
      });
    }),
};
