import { Command, Option } from "commander";
import type { GlobalOptions, Schedule } from "../cli/program.js";

interface TimelineOptions extends GlobalOptions {
  theme?: string;
  kind?: "event" | "value";
}

export function timelineCommand(schedule: Schedule): Command {
  return new Command("timeline")
    .summary("list dated events and figures in date order, 2013 to the end of 2020")
    .description(
      "List every dated event and every figure with a year or date, in date order, with its theme and source. Dates keep the source's precision; an approximate 2020-12 is the end of 2020. Within a year, exact dates come first and yearly figures last.",
    )
    .option("-t, --theme <id>", "only this theme (see `jjj themes`)")
    .addOption(new Option("--kind <kind>", "only events, or only figures").choices(["event", "value"]))
    .addHelpText(
      "after",
      "\nExamples:\n  $ jjj timeline\n  $ jjj timeline --kind event --lang zh\n  $ jjj timeline --theme ecology --format csv\n  $ jjj timeline --json | jq -r '.[] | \"\\(.date) \\(.id)\"'",
    )
    .action(function (this: Command) {
      const opts = this.optsWithGlobals<TimelineOptions>();
      schedule(opts, async (ctx) => (await import("./timeline.run.js")).run(ctx, opts));
    });
}
