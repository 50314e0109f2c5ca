import { Command } from "commander";
import { emitJson, emitText } from "../cli/emit.js";
import type { GlobalOptions, Runner } from "../cli/program.js";
import { findFact } from "../query/lookup.js";
import { factRecord } from "../view/facts.js";
import { showText } from "../view/show.js";

export function showCommand(schedule: (opts: GlobalOptions, run: Runner) => void): Command {
  return new Command("show")
    .summary("show one fact in full, with its source")
    .description(
      "Show one fact in full: its values with their hedges, derived values with formula and interval, place, source section and paragraph, and related facts.",
    )
    .argument("<id>", "the fact's id (see `jjj facts`)")
    .addHelpText(
      "after",
      "\nExamples:\n  $ jjj show pm25\n  $ jjj show tech-contracts-annual --lang zh\n  $ jjj show pm25 --json | jq '.values'",
    )
    .action(function (this: Command, id: string) {
      schedule(this.optsWithGlobals<GlobalOptions>(), (ctx) => {
        const fact = findFact(ctx.dataset, id);
        if (ctx.json) return emitJson(ctx, factRecord(ctx, fact));
        emitText(ctx, showText(ctx, fact, ctx.chalk, ctx.width));
      });
    });
}
