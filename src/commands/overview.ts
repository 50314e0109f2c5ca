import { Command } from "commander";
import type { GlobalOptions, Schedule } from "../cli/program.js";

export function overviewCommand(schedule: Schedule, commandNames: () => string[]): Command {
  return new Command("overview")
    .summary("one screen: the themes, headline figures and what to try next")
    .argument("[command...]")
    .action(function (this: Command, words: string[]) {
      const first = words[0];
      schedule(this.optsWithGlobals<GlobalOptions>(), async (ctx) => {
        const overview = await import("./overview.run.js");
        if (first !== undefined) overview.unknownCommand(first, commandNames());
        return overview.run(ctx);
      });
    });
}
