import { Command, Option } from "commander";
import { examples } from "../cli/help-format.js";
import { type Lang, tr } from "../core/lang.js";

export function exportCommand(lang: Lang): Command {
  const t = tr(lang);
  return new Command("export")
    .summary(t("print the whole dataset, both layers, with sources", "输出整个数据集（两层数据）及来源"))
    .description(
      t(
        "Print the whole dataset: the article's figures and the official supplementary series, with themes, places and sources. --json gives one object {sources, themes, places, facts}; --format csv, tsv or ndjson one row per value, stated change or event, each with its fact and source; --format md a readable handout grouped by theme. --article-only leaves out the supplementary series. --as-data prints the data as a data file instead, in the format that --data and `jjj validate` read (`jjj schema dataset`): for example your own files and the bundled data merged into one.",
        "输出整个数据集：文章中的数字和官方补充序列，以及主题、地点和来源。--json 输出一个对象 {sources, themes, places, facts}；--format csv、tsv 或 ndjson 每个数值、所述变化或事件占一行，各带所属事实和来源；--format md 输出按主题分组、便于阅读的讲义。--article-only 不含补充序列。--as-data 改为输出数据文件，格式与 --data 和 `jjj validate` 读取的相同（见 `jjj schema dataset`），例如把你自己的文件和内置数据合并成一个文件。",
      ),
    )
    .addOption(
      new Option(
        "--as-data",
        t(
          "print a data file (the format --data reads) instead of the records",
          "输出数据文件（--data 读取的格式），而不是记录",
        ),
      ),
    )
    .addHelpText(
      "after",
      examples(t, [
        "jjj export --json > jjj.json",
        "jjj export --format csv > jjj.csv",
        "jjj export --format md --lang zh > 京津冀.md",
        "jjj export --json | jq '.facts | length'",
        "jjj export --as-data --data mine.json > everything.json",
      ]),
    );
}
