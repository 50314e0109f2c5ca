import { Argument, Command } from "commander";
import type { GlobalOptions, Schedule } from "../cli/program.js";
import { completeWith } from "../completion/hints.js";
import { CONTRACT_NAMES } from "../contract/catalog.js";

export function schemaCommand(schedule: Schedule): Command {
  return new Command("schema")
    .summary("print the JSON Schema of a command's output")
    .description(
      "Without an argument, list the published JSON contracts. With one, print its JSON Schema (draft 2020-12): the shape of what `jjj <command> --json` prints, and the fields --fields accepts. `jjj schema dataset` is the schema of the data files. Within a major version fields are only added, never renamed or removed.",
    )
    .addArgument(completeWith(new Argument("[name]", "a command, or `dataset`"), CONTRACT_NAMES))
    .addHelpText(
      "after",
      "\nExamples:\n  $ jjj schema\n  $ jjj schema compare\n  $ jjj schema facts | jq '.items.properties | keys'\n  $ jjj schema dataset > dataset.schema.json",
    )
    .action(function (this: Command, name: string | undefined) {
      schedule(this.optsWithGlobals<GlobalOptions>(), async (ctx) => (await import("./schema.run.js")).run(ctx, name));
    });
}
