import { Command } from "commander";
import { examples } from "../cli/help-format.js";
import { type Lang, tr } from "../core/lang.js";

export function factsCommand(lang: Lang): Command {
  const t = tr(lang);
  return new Command("facts")
    .summary(t("list every fact, figures and dated events alike", "列出全部事实，包括数字和有日期的事件"))
    .description(
      t(
        "List every fact of the article — figures and dated events — with its values, unit, years and source.",
        "列出文章中的全部事实（数字和有日期的事件），以及各自的数值、单位、年份和来源。",
      ),
    )
    .option(
      "-t, --theme <id>",
      t("only the facts of this theme (see `jjj themes`)", "只列出这个主题的事实（见 `jjj themes`）"),
    )
    .addHelpText(
      "after",
      examples(t, [
        "jjj facts",
        "jjj facts --theme ecology",
        "jjj facts --json | jq -r '.[] | select(.kind == \"event\") | .date'",
      ]),
    );
}
