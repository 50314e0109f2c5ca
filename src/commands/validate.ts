import { Argument, Command } from "commander";
import { examples } from "../cli/help-format.js";
import { type Lang, tr } from "../core/lang.js";

export function validateCommand(lang: Lang): Command {
  const t = tr(lang);
  return new Command("validate")
    .summary(t("check data files of your own, and say exactly what is wrong", "检查你自己的数据文件，准确指出问题所在"))
    .description(
      t(
        "Check data files without running anything else, as a run would load them: merged onto the bundled data (with the files of JJJ_DATA and --data), or on their own with --data-only. On success, one line per file with its themes, facts and values. Otherwise every problem, each with its file, the line:column of a JSON syntax error or the JSON path of a schema problem, and how to fix it. --json prints the problems as records ([] when there is none). Exit status: 0 when every file is valid, 1 when there is a problem, 2 for a usage error. `jjj schema dataset` prints the files' JSON Schema.",
        "只检查数据文件，不做其他事，检查方式与实际加载时相同：合并到内置数据上（连同 JJJ_DATA 和 --data 的文件），或用 --data-only 单独检查。通过时，每个文件一行，列出主题、事实和数值的数目；否则列出每一个问题，各带文件名、JSON 语法错误的行:列或结构问题的 JSON 路径，以及修改办法。--json 把问题输出为记录（没有问题时为 []）。退出码：全部有效为 0，有问题为 1，用法错误为 2。`jjj schema dataset` 输出数据文件的 JSON Schema。",
      ),
    )
    .addArgument(
      new Argument(
        "<file...>",
        t("data files (JSON, UTF-8, at most 64 MiB each)", "数据文件（JSON，UTF-8，每个不超过 64 MiB）"),
      ),
    )
    .addHelpText(
      "after",
      examples(t, [
        "jjj validate examples/my-figures.json",
        "jjj validate --data-only my-dataset.json",
        `jjj validate my-figures.json --json | jq -r '.[] | "\\(.path): \\(.fix)"'`,
        "jjj validate my-figures.json && jjj chart pm25 my-pm25 --data my-figures.json",
      ]),
    );
}
