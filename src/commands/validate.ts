import { Argument, Command } from "commander";
import type { GlobalOptions, Schedule } from "../cli/program.js";

export function validateCommand(schedule: Schedule): Command {
  return new Command("validate")
    .summary("check data files of your own, and say exactly what is wrong")
    .description(
      "Check data files without running anything else, as a run would load them: merged onto the bundled data (with the files of JJJ_DATA and --data), or on their own with --data-only. On success, one line per file with its themes, facts and values. Otherwise every problem, each with its file, the line:column of a JSON syntax error or the JSON path of a schema problem, and how to fix it. --json prints the problems as records ([] when there is none). Exit status: 0 when every file is valid, 1 when there is a problem, 2 for a usage error. `jjj schema dataset` prints the files' JSON Schema.",
    )
    .addArgument(new Argument("<file...>", "data files (JSON, UTF-8, at most 64 MiB each)"))
    .addHelpText(
      "after",
      "\nExamples:\n  $ jjj validate examples/my-figures.json\n  $ jjj validate --data-only my-dataset.json\n  $ jjj validate my-figures.json --json | jq -r '.[] | \"\\(.path): \\(.fix)\"'\n  $ jjj validate my-figures.json && jjj chart pm25 my-pm25 --data my-figures.json",
    )
    .action(function (this: Command, files: string[]) {
      const opts = this.optsWithGlobals<GlobalOptions>();
      schedule(opts, async (ctx) => (await import("./validate.run.js")).run(ctx, files, opts), { data: false });
    });
}
