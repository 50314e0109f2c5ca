import { Command } from "commander";
import { type Lang, tr } from "../cli/lang.js";
import type { GlobalOptions, Schedule } from "../cli/program.js";

export function overviewCommand(schedule: Schedule, lang: Lang, commandNames: () => string[]): Command {
  const t = tr(lang);
  return new Command("overview")
    .summary(
      t(
        "one screen: the themes, headline figures and what to try next",
        "一屏概览：主题、主要数字和接下来可以试的命令",
      ),
    )
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
