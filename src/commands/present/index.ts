import { Option } from "@commander-js/extra-typings";
import { numberOption } from "../../core/errors.js";
import type { CommandSpec } from "../spec.js";

export const MIN_AUTO = 1;
export const MAX_AUTO = 3600;

/** --auto's seconds, checked: a number from 1 to 3600 (2.5 is fine). */
export function parseAuto(value: string): number {
  return numberOption("--auto", value, {
    min: MIN_AUTO,
    max: MAX_AUTO,
    form: "decimal",
    what: "number.seconds",
    example: "10",
  });
}

export const present: CommandSpec = {
  name: "present",
  summary: "present.summary",
  description: "present.description",
  more: "present.helpKeys",
  output: "interactive",
  formats: ["table"],
  contracts: [],
  examples: [
    "jjj present",
    "jjj present --theme ecology --lang zh",
    "jjj present --auto 15",
    "jjj present --export md > slides.md",
    "jjj present --width 80 | less",
  ],
  define: (cmd, { t, schedule }) =>
    cmd
      .option("-t, --theme <id>", t("present.option.theme"))
      .option("--auto <seconds>", t("present.option.auto", { min: MIN_AUTO, max: MAX_AUTO }))
      .addOption(new Option("--export <format>", t("present.option.export")).choices(["md"] as const))
      .action((_opts, c) => {
        const opts = c.optsWithGlobals();
        const auto = opts.auto === undefined ? undefined : parseAuto(opts.auto);
        schedule(opts, async (ctx) =>
          (await import("./run.js")).run(ctx, { theme: opts.theme, auto, export: opts.export }),
        );
      }),
};
