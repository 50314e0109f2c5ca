import { Command, Option } from "commander";
import { usageError } from "../cli/errors.js";
import type { GlobalOptions, Schedule } from "../cli/program.js";

interface PresentOptions extends GlobalOptions {
  theme?: string;
  auto?: string;
  export?: "md";
}

export const MIN_AUTO = 1;
export const MAX_AUTO = 3600;

/** --auto's seconds, checked: a number from 1 to 3600 (2.5 is fine). */
export function parseAuto(value: string): number {
  const n = Number(value);
  if (!/^\d+(\.\d+)?$/.test(value.trim()) || n < MIN_AUTO || n > MAX_AUTO) {
    throw usageError(
      {
        zh: `--auto 应为 ${MIN_AUTO} 到 ${MAX_AUTO} 之间的秒数，而不是 "${value}"`,
        en: `--auto must be a number of seconds from ${MIN_AUTO} to ${MAX_AUTO}, not "${value}"`,
      },
      { zh: "例如 --auto 10", en: "for example --auto 10" },
    );
  }
  return n;
}

export function presentCommand(schedule: Schedule): Command {
  return new Command("present")
    .summary("show the figures as full-screen slides, for a classroom")
    .description(
      "Show full-screen slides in the terminal: a title slide, one slide per theme with its headline figures in large type, the PM2.5 trend as a chart, and the 2014 → 2020 comparison. Keys: → Space n PageDown next; ← p PageUp back; Home End; a number and Enter jumps; l switches language; ? shows the keys; q Esc Ctrl-C quit. The terminal is always given back as it was. Slides fit the window and are redrawn when it is resized (--width does not apply). Off a terminal (in a pipe), every slide is printed in order as plain text. --export md writes the deck as Markdown slides separated by --- (Marp, reveal.js, Slidev).",
    )
    .option("-t, --theme <id>", "only this theme: its slide, its chart and its comparison (see `jjj themes`)")
    .option(
      "--auto <seconds>",
      `kiosk mode: a new slide every so many seconds (${MIN_AUTO}–${MAX_AUTO}), round and round`,
    )
    .addOption(
      new Option("--export <format>", "write the deck as Markdown slides instead of showing it").choices(["md"]),
    )
    .addHelpText(
      "after",
      "\nKeys:\n  → Space n PageDown Enter   next slide\n  ← p PageUp Backspace        previous slide\n  Home End                    first, last slide\n  6 Enter                     go to slide 6\n  l                           switch English / 中文\n  ?                           show the keys\n  q Esc Ctrl-C                quit (exit code 0; 130 for Ctrl-C)\n\nExamples:\n  $ jjj present\n  $ jjj present --theme ecology --lang zh\n  $ jjj present --auto 15\n  $ jjj present --export md > slides.md\n  $ jjj present --width 80 | less",
    )
    .action(function (this: Command) {
      const opts = this.optsWithGlobals<PresentOptions>();
      const auto = opts.auto === undefined ? undefined : parseAuto(opts.auto);
      schedule(opts, async (ctx) =>
        (await import("./present.run.js")).run(ctx, { theme: opts.theme, auto, export: opts.export }),
      );
    });
}
