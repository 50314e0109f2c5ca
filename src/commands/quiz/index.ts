import { Option } from "@commander-js/extra-typings";
import { numberOption } from "../../core/errors.js";
import { MAX_SEED } from "../../quiz/random.js";
import type { CommandSpec } from "../spec.js";

export const DEFAULT_COUNT = 5;
export const MAX_COUNT = 50;

/** --count, checked: a whole number from 1 to 50. */
export function parseCount(value: string): number {
  return numberOption("--count", value, { min: 1, max: MAX_COUNT, what: "number.whole", example: "10" });
}

/** --seed, checked: a whole number from 0 to 4294967295. */
export function parseSeed(value: string): number {
  return numberOption("--seed", value, { min: 0, max: MAX_SEED, what: "number.whole", example: "7" });
}

export const quiz: CommandSpec = {
  name: "quiz",
  summary: "quiz.summary",
  description: "quiz.description",
  output: "interactive",
  formats: ["table", "json", "ndjson", "csv", "tsv", "md"],
  contracts: ["quiz"],
  examples: [
    "jjj quiz",
    "jjj quiz --seed 7 --count 10",
    "jjj quiz --theme ecology --lang zh",
    "jjj quiz --seed 7 --json | jq '.[0]'",
    "printf 'a\\nb\\nc\\n' | jjj quiz --seed 7 --count 3",
    "jjj quiz --seed 7 --format md > worksheet.md",
  ],
  define: (cmd, { t, schedule }) =>
    cmd
      .addOption(new Option("--count <n>", t("quiz.option.count", { max: MAX_COUNT })).default(String(DEFAULT_COUNT)))
      .option("-t, --theme <id>", t("quiz.option.theme"))
      .option("--seed <n>", t("quiz.option.seed"))
      .action((_opts, c) => {
        const opts = c.optsWithGlobals();
        const count = parseCount(opts.count);
        const seed = opts.seed === undefined ? undefined : parseSeed(opts.seed);
        schedule(opts, async (ctx) => (await import("./run.js")).run(ctx, { count, seed, theme: opts.theme }));
      }),
};
