import { Command, Option } from "commander";
import { usageError } from "../cli/errors.js";
import type { GlobalOptions, Schedule } from "../cli/program.js";
import { MAX_SEED } from "../quiz/random.js";

interface QuizOptions extends GlobalOptions {
  count: string;
  theme?: string;
  seed?: string;
}

export const DEFAULT_COUNT = 5;
export const MAX_COUNT = 50;
export { MAX_SEED };

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

export function quizCommand(schedule: Schedule): Command {
  return new Command("quiz")
    .summary("ask questions made from the figures, with their sources and a score")
    .description(
      "Ask multiple-choice questions made from the dataset: which figure, which year, which of two figures is larger, by how much a quantity changed, true or false. Only what the data decides is asked; each answer comes with its source. On a terminal, answer each with one key (a–d or 1–4; q stops); off a terminal, answers are read from standard input, one a line, and the end of input ends the quiz with the score so far. --seed makes the set reproducible, so a class can share it; without it a seed is chosen and shown. --json prints the question set with the answers (for a learning platform); --format md a worksheet with the answers at the end.",
    )
    .addOption(new Option("--count <n>", `how many questions (1–${MAX_COUNT})`).default(String(DEFAULT_COUNT)))
    .option("-t, --theme <id>", "only questions about this theme (see `jjj themes`)")
    .option("--seed <n>", "the seed of the set: the same seed gives the same questions, everywhere")
    .addHelpText(
      "after",
      "\nExamples:\n  $ jjj quiz\n  $ jjj quiz --seed 7 --count 10\n  $ jjj quiz --theme ecology --lang zh\n  $ jjj quiz --seed 7 --json | jq '.[0]'\n  $ printf 'a\\nb\\nc\\n' | jjj quiz --seed 7 --count 3\n  $ jjj quiz --seed 7 --format md > worksheet.md",
    )
    .action(function (this: Command) {
      const opts = this.optsWithGlobals<QuizOptions>();
      const count = parseCount(opts.count);
      const seed = opts.seed === undefined ? undefined : parseSeed(opts.seed);
      schedule(opts, async (ctx) => (await import("./quiz.run.js")).run(ctx, { count, seed, theme: opts.theme }));
    });
}
