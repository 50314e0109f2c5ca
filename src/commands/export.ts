import { Command } from "commander";
import { examples } from "../cli/help-format.js";
import { type Lang, tr } from "../cli/lang.js";
import type { GlobalOptions, Schedule } from "../cli/program.js";

export function exportCommand(schedule: Schedule, lang: Lang): Command {
  const t = tr(lang);
  return new Command("export")
    .summary(t("print the whole dataset, both layers, with sources", "输出整个数据集（两层数据）及来源"))
    .description(
      t(
        "Print the whole dataset: the article's figures and the official supplementary series, with themes, places and sources. --json gives one object {sources, themes, places, facts}; --format csv, tsv or ndjson one row per value, stated change or event, each with its fact and source; --format md a readable handout grouped by theme. --article-only leaves out the supplementary series.",
        "输出整个数据集：文章中的数字和官方补充序列，以及主题、地点和来源。--json 输出一个对象 {sources, themes, places, facts}；--format csv、tsv 或 ndjson 每个数值、所述变化或事件占一行，各带所属事实和来源；--format md 输出按主题分组、便于阅读的讲义。--article-only 不含补充序列。",
      ),
    )
    .addHelpText(
      "after",
      examples(t, [
        "jjj export --json > jjj.json",
        "jjj export --format csv > jjj.csv",
        "jjj export --format md --lang zh > 京津冀.md",
        "jjj export --json | jq '.facts | length'",
      ]),
    )
    .action(function (this: Command) {
      schedule(this.optsWithGlobals<GlobalOptions>(), async (ctx) => (await import("./export.run.js")).run(ctx));
    });
}
