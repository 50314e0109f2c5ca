import { Command, Option } from "commander";
import { usageError } from "../cli/errors.js";
import { examples } from "../cli/help-format.js";
import { type Lang, tr } from "../cli/lang.js";
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

export function quizCommand(schedule: Schedule, lang: Lang): Command {
  const t = tr(lang);
  return new Command("quiz")
    .summary(t("ask questions made from the figures, with their sources and a score", "用数字出题测验，附来源和得分"))
    .description(
      t(
        "Ask multiple-choice questions made from the dataset: which figure, which year, which of two figures is larger, by how much a quantity changed, true or false. Only what the data decides is asked; each answer comes with its source. On a terminal, answer each with one key (a–d or 1–4; q stops); off a terminal, answers are read from standard input, one a line, and the end of input ends the quiz with the score so far. --seed makes the set reproducible, so a class can share it; without it a seed is chosen and shown. --json prints the question set with the answers (for a learning platform); --format md a worksheet with the answers at the end.",
        "根据数据集出选择题：哪个数字、哪一年、两个数字哪个大、某个数量变化了多少，以及判断对错。只出数据能判定答案的题；每个答案都附有来源。在终端中每题按一个键作答（a–d 或 1–4；q 结束）；不在终端中时，从标准输入读取答案，每行一个，输入结束时测验结束并给出当前得分。--seed 让题目可以重现，全班可以共用一套题；不给时会选定一个种子并显示出来。--json 输出带答案的题目（供学习平台使用）；--format md 输出一份练习单，答案附在末尾。",
      ),
    )
    .addOption(
      new Option("--count <n>", t(`how many questions (1–${MAX_COUNT})`, `题目数量（1–${MAX_COUNT}）`)).default(
        String(DEFAULT_COUNT),
      ),
    )
    .option(
      "-t, --theme <id>",
      t("only questions about this theme (see `jjj themes`)", "只出这个主题的题（见 `jjj themes`）"),
    )
    .option(
      "--seed <n>",
      t(
        "the seed of the set: the same seed gives the same questions, everywhere",
        "题目的种子：同一个种子在任何地方都得到同样的题目",
      ),
    )
    .addHelpText(
      "after",
      examples(t, [
        "jjj quiz",
        "jjj quiz --seed 7 --count 10",
        "jjj quiz --theme ecology --lang zh",
        "jjj quiz --seed 7 --json | jq '.[0]'",
        "printf 'a\\nb\\nc\\n' | jjj quiz --seed 7 --count 3",
        "jjj quiz --seed 7 --format md > worksheet.md",
      ]),
    )
    .action(function (this: Command) {
      const opts = this.optsWithGlobals<QuizOptions>();
      const count = parseCount(opts.count);
      const seed = opts.seed === undefined ? undefined : parseSeed(opts.seed);
      schedule(opts, async (ctx) => (await import("./quiz.run.js")).run(ctx, { count, seed, theme: opts.theme }));
    });
}
