import { Command } from "commander";
import { emitJson, emitText } from "../cli/emit.js";
import { usageError } from "../cli/errors.js";
import type { GlobalOptions, Runner } from "../cli/program.js";
import { suggest } from "../query/lookup.js";
import { overviewRecord, overviewText } from "../view/overview.js";

export const COMMAND_NAMES = ["themes", "facts", "show", "compare", "help"];

export function overviewCommand(schedule: (opts: GlobalOptions, run: Runner) => void): Command {
  return new Command("overview")
    .summary("one screen: the themes, headline figures and what to try next")
    .argument("[command...]")
    .action(function (this: Command, words: string[]) {
      const first = words[0];
      if (first !== undefined) {
        const close = suggest(first, COMMAND_NAMES, 2);
        throw usageError(
          `unknown command "${first}"`,
          close.length
            ? `did you mean ${close.map((c) => `"${c}"`).join(", ")}? (see \`jjj --help\`)`
            : "see `jjj --help` for the commands",
        );
      }
      schedule(this.optsWithGlobals<GlobalOptions>(), (ctx) => {
        if (ctx.json) return emitJson(ctx, overviewRecord(ctx));
        emitText(ctx, overviewText(ctx, ctx.chalk, ctx.width));
      });
    });
}
