import { Command } from "commander";
import { examples } from "../cli/help-format.js";
import { type Lang, tr } from "../core/lang.js";

export function sourcesCommand(lang: Lang): Command {
  const t = tr(lang);
  return new Command("sources")
    .summary(
      t(
        "list every source, article and official publishers, with what each contributes",
        "列出全部来源（文章和官方发布机构）及各自提供的内容",
      ),
    )
    .description(
      t(
        "List every source of jjj's figures: the article, and the official publishers of the supplementary series, each with the number of facts and values it contributes and which facts.",
        "列出 jjj 中数字的全部来源：文章，以及补充序列的官方发布机构；每个来源都注明它提供的事实和数值的数量，以及是哪些事实。",
      ),
    )
    .addHelpText(
      "after",
      examples(t, ["jjj sources", "jjj sources --lang zh", "jjj sources --json | jq '.[] | {id, values}'"]),
    );
}
