/**
 * What each command does with its parsed options and arguments: check the values commander leaves
 * as text, then schedule the command's run (loaded on demand). Free of commander, so that the quick
 * parser (src/cli/quick.ts) can run a command without loading it; src/cli/program.ts wires the same
 * actions to commander's commands.
 */
import { DEFAULT_HEIGHT, type GlobalOptions, MAX_HEIGHT, MIN_HEIGHT } from "../cli/context.js";
import { usageError } from "../cli/errors.js";
import type { Schedule } from "../cli/program.js";
import { MAX_YEAR, MIN_YEAR } from "../dataset/constants.js";
import { MAX_SEED } from "../quiz/random.js";

export { DEFAULT_HEIGHT, MAX_SEED };

/**
 * A command's action: its options (with the program's, as commander's optsWithGlobals gives them),
 * its arguments as commander passes them to an action (one per declared argument; an array for a
 * variadic one), and the names of every command (for `jjj <unknown word>`).
 */
export type Action = (opts: GlobalOptions, args: readonly unknown[], schedule: Schedule, names: () => string[]) => void;

/** A year option's value, checked: four digits, within the years the data may hold. */
export function parseYear(option: string, value: string): number {
  const n = Number(value);
  if (!/^\d{4}$/.test(value.trim()) || n < MIN_YEAR || n > MAX_YEAR) {
    throw usageError(
      {
        zh: `${option} 应为 ${MIN_YEAR} 到 ${MAX_YEAR} 之间的年份，而不是 "${value}"`,
        en: `${option} must be a year from ${MIN_YEAR} to ${MAX_YEAR}, not "${value}"`,
      },
      { zh: `例如 ${option} 2014`, en: `for example ${option} 2014` },
    );
  }
  return n;
}

export function parseHeight(value: string): number {
  const n = Number(value);
  if (!/^\d+$/.test(value.trim()) || n < MIN_HEIGHT || n > MAX_HEIGHT) {
    throw usageError(
      {
        zh: `--height 应为 ${MIN_HEIGHT} 到 ${MAX_HEIGHT} 之间的行数，而不是 "${value}"`,
        en: `--height must be a whole number of rows from ${MIN_HEIGHT} to ${MAX_HEIGHT}, not "${value}"`,
      },
      { zh: "例如 --height 18", en: "for example --height 18" },
    );
  }
  return n;
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

export const DEFAULT_COUNT = 5;
export const MAX_COUNT = 50;

/** --count, checked: a whole number from 1 to 50. */
export function parseCount(value: string): number {
  const n = Number(value);
  if (!/^\d+$/.test(value.trim()) || n < 1 || n > MAX_COUNT) {
    throw usageError(
      {
        zh: `--count 应为 1 到 ${MAX_COUNT} 之间的整数，而不是 "${value}"`,
        en: `--count must be a whole number from 1 to ${MAX_COUNT}, not "${value}"`,
      },
      { zh: "例如 --count 10", en: "for example --count 10" },
    );
  }
  return n;
}

/** --seed, checked: a whole number from 0 to 4294967295. */
export function parseSeed(value: string): number {
  const n = Number(value);
  if (!/^\d+$/.test(value.trim()) || n > MAX_SEED) {
    throw usageError(
      {
        zh: `--seed 应为 0 到 ${MAX_SEED} 之间的整数，而不是 "${value}"`,
        en: `--seed must be a whole number from 0 to ${MAX_SEED}, not "${value}"`,
      },
      { zh: "例如 --seed 7", en: "for example --seed 7" },
    );
  }
  return n;
}

export interface CompareOptions extends GlobalOptions {
  from: string;
  to: string;
  theme?: string;
  chart?: boolean;
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
  overview(opts, [words], schedule, names) {
    const first = (words as string[])[0];
    schedule(opts, async (ctx) => {
      const overview = await import("./overview.run.js");
      if (first !== undefined) overview.unknownCommand(first, names());
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
      (await import("./compare.run.js")).run(ctx, { from, to, theme: o.theme, chart: o.chart === true }),
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
