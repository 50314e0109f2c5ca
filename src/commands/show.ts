import { Command } from "commander";
import { examples } from "../cli/help-format.js";
import { type Lang, tr } from "../core/lang.js";

export function showCommand(lang: Lang): Command {
  const t = tr(lang);
  return new Command("show")
    .summary(t("show one fact in full, with its source", "完整显示一个事实及其来源"))
    .description(
      t(
        "Show one fact in full: its values with their hedges, derived values with formula and interval, place, source section and paragraph, and related facts. With --source, only where each figure comes from: the article's section and paragraph, or the official publisher with confidence and note.",
        "完整显示一个事实：各个数值及其限定语，推算值及其公式和区间，地点，来源的章节和段落，以及相关事实。加 --source 时只显示每个数字的出处：文章的章节和段落，或官方发布机构及其可信度和说明。",
      ),
    )
    .argument(
      "<id>",
      t("the fact's id (see `jjj facts` or `jjj search`)", "事实编号（见 `jjj facts` 或 `jjj search`）"),
    )
    .option(
      "-s, --source",
      t(
        "only the sources of the fact: section heading and paragraph, or publisher",
        "只显示事实的来源：章节标题和段落，或发布机构",
      ),
    )
    .addHelpText(
      "after",
      examples(t, [
        "jjj show pm25",
        "jjj show tech-contracts-annual --lang zh",
        "jjj show pm25-beijing --source",
        "jjj show pm25 --json | jq '.values[] | {year, value}'",
      ]),
    );
}
