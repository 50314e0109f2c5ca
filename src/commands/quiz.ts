import { Command, Option } from "commander";
import { examples } from "../cli/help-format.js";
import { type Lang, tr } from "../core/lang.js";
import { DEFAULT_COUNT, MAX_COUNT } from "./actions.js";

export function quizCommand(lang: Lang): Command {
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
    );
}
