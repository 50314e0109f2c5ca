import { Command } from "commander";
import { examples } from "../cli/help-format.js";
import { type Lang, tr } from "../core/lang.js";

export function themesCommand(lang: Lang): Command {
  const t = tr(lang);
  return new Command("themes")
    .summary(t("list the nine themes in article order", "按文章顺序列出九个主题"))
    .description(
      t(
        "List the nine themes of the article in order: id, Chinese and English name, number of facts, summary.",
        "按顺序列出文章的九个主题：编号、中英文名称、事实数量和摘要。",
      ),
    )
    .addHelpText("after", examples(t, ["jjj themes", "jjj themes --lang zh", "jjj themes --json | jq -r '.[].id'"]));
}
