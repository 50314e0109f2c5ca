/**
 * What each command does with its parsed options and arguments: check the values commander leaves
 * as text, then schedule the command's run (loaded on demand). Free of commander, so that the quick
 * parser (src/cli/quick.ts) can run a command without loading it; src/cli/program.ts wires the same
 * actions to commander's commands.
 */
import { DEFAULT_HEIGHT, type GlobalOptions, MAX_HEIGHT, MIN_HEIGHT } from "../cli/context.js";
import type { Schedule } from "../cli/program.js";
import { commandNames } from "../cli/quick.js";
import { numberOption, usageError } from "../core/errors.js";
import { MAX_YEAR, MIN_YEAR } from "../dataset/constants.js";
import { MAX_SEED } from "../quiz/random.js";

/**
 * A command's action: its options (with the program's, as commander's optsWithGlobals gives them)
 * and its arguments as commander passes them to an action (one per declared argument; an array for
 * a variadic one).
 */
export type Action = (opts: GlobalOptions, args: readonly unknown[], schedule: Schedule) => void;

const WHOLE = { zh: "整数", en: "a whole number" };

/** A year option's value, checked: four digits, within the years the data may hold. */
export function parseYear(option: string, value: string): number {
  return numberOption(option, value, {
    min: MIN_YEAR,
    max: MAX_YEAR,
    form: "year",
    what: { zh: "年份", en: "a year" },
    example: "2014",
  });
}

export function parseHeight(value: string): number {
  return numberOption("--height", value, {
    min: MIN_HEIGHT,
    max: MAX_HEIGHT,
    what: { zh: "行数", en: "a whole number of rows" },
    example: String(DEFAULT_HEIGHT),
  });
}

export const MIN_AUTO = 1;
export const MAX_AUTO = 3600;

/** --auto's seconds, checked: a number from 1 to 3600 (2.5 is fine). */
export function parseAuto(value: string): number {
  return numberOption("--auto", value, {
    min: MIN_AUTO,
    max: MAX_AUTO,
    form: "decimal",
    what: { zh: "秒数", en: "a number of seconds" },
    example: "10",
  });
}

export const DEFAULT_COUNT = 5;
export const MAX_COUNT = 50;

/** --count, checked: a whole number from 1 to 50. */
export function parseCount(value: string): number {
  return numberOption("--count", value, { min: 1, max: MAX_COUNT, what: WHOLE, example: "10" });
}

/** --seed, checked: a whole number from 0 to 4294967295. */
export function parseSeed(value: string): number {
  return numberOption("--seed", value, { min: 0, max: MAX_SEED, what: WHOLE, example: "7" });
}

export interface CompareOptions extends GlobalOptions {
  from: string;
  to: string;
  theme?: string;
  chart?: boolean;
  notes?: boolean;
}
export interface ChartOptions extends GlobalOptions {
  bars?: boolean;
  index?: boolean;
  /** As given; checked by parseHeight when the command runs. */
  height: string;
}
export interface FactsOptions extends GlobalOptions {
  theme?: string;
}
export interface ShowOptions extends GlobalOptions {
  source?: boolean;
}
export interface SearchOptions extends GlobalOptions {
  theme?: string;
}
export interface TimelineOptions extends GlobalOptions {
  theme?: string;
  kind?: "event" | "value";
}
export interface PresentOptions extends GlobalOptions {
  theme?: string;
  auto?: string;
  export?: "md";
}
export interface QuizOptions extends GlobalOptions {
  count: string;
  theme?: string;
  seed?: string;
}

/** The actions of the commands that have one here (help and completion act on the program itself). */
export const ACTIONS: Record<string, Action> = {
  overview(opts, [words], schedule) {
    const first = (words as string[])[0];
    schedule(opts, async (ctx) => {
      const overview = await import("./overview.run.js");
      if (first !== undefined) overview.unknownCommand(first, commandNames());
      return overview.run(ctx);
    });
  },
  themes(opts, _args, schedule) {
    schedule(opts, async (ctx) => (await import("./themes.run.js")).run(ctx));
  },
  facts(opts, _args, schedule) {
    schedule(opts, async (ctx) => (await import("./facts.run.js")).run(ctx, opts as FactsOptions));
  },
  show(opts, [id], schedule) {
    const { source } = opts as ShowOptions;
    schedule(opts, async (ctx) => (await import("./show.run.js")).run(ctx, id as string, { source }));
  },
  compare(opts, _args, schedule) {
    const o = opts as CompareOptions;
    const from = parseYear("--from", o.from);
    const to = parseYear("--to", o.to);
    if (from >= to) {
      throw usageError(
        { zh: `--from ${from} 不早于 --to ${to}`, en: `--from ${from} is not before --to ${to}` },
        { zh: "--from 的年份应早于 --to", en: "give --from an earlier year than --to" },
      );
    }
    schedule(opts, async (ctx) =>
      (await import("./compare.run.js")).run(ctx, {
        from,
        to,
        theme: o.theme,
        chart: o.chart === true,
        notes: o.notes === true,
      }),
    );
  },
  chart(opts, [ids], schedule) {
    const o = opts as ChartOptions;
    const height = parseHeight(o.height);
    schedule(opts, async (ctx) => (await import("./chart.run.js")).run(ctx, ids as string[], { ...o, height }));
  },
  sources(opts, _args, schedule) {
    schedule(opts, async (ctx) => (await import("./sources.run.js")).run(ctx));
  },
  search(opts, [words], schedule) {
    schedule(opts, async (ctx) =>
      (await import("./search.run.js")).run(ctx, (words as string[]).join(" "), opts as SearchOptions),
    );
  },
  timeline(opts, _args, schedule) {
    schedule(opts, async (ctx) => (await import("./timeline.run.js")).run(ctx, opts as TimelineOptions));
  },
  export(opts, _args, schedule) {
    const { asData } = opts as GlobalOptions & { asData?: boolean };
    schedule(opts, async (ctx) => {
      const run = await import("./export.run.js");
      return asData ? run.runAsData(ctx) : run.run(ctx);
    });
  },
  present(opts, _args, schedule) {
    const o = opts as PresentOptions;
    const auto = o.auto === undefined ? undefined : parseAuto(o.auto);
    schedule(opts, async (ctx) =>
      (await import("./present.run.js")).run(ctx, { theme: o.theme, auto, export: o.export }),
    );
  },
  quiz(opts, _args, schedule) {
    const o = opts as QuizOptions;
    const count = parseCount(o.count);
    const seed = o.seed === undefined ? undefined : parseSeed(o.seed);
    schedule(opts, async (ctx) => (await import("./quiz.run.js")).run(ctx, { count, seed, theme: o.theme }));
  },
  validate(opts, [files], schedule) {
    schedule(opts, async (ctx) => (await import("./validate.run.js")).run(ctx, files as string[], opts), {
      data: false,
    });
  },
  schema(opts, [name], schedule) {
    schedule(opts, async (ctx) => (await import("./schema.run.js")).run(ctx, name as string | undefined));
  },
};
