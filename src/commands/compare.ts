import { Command, Option } from "commander";
import { examples } from "../cli/help-format.js";
import { type Lang, tr } from "../core/lang.js";

export function compareCommand(lang: Lang): Command {
  const t = tr(lang);
  return new Command("compare")
    .summary(t("compare 2014 with 2020 (or any two years)", "比较 2014 年与 2020 年（或任意两年）"))
    .description(
      t(
        "Compare every quantity between two years: the value at each end, the change (in percentage points for shares), the relative change and the compound yearly growth rate. Where the source's baseline is another year it is used and flagged.",
        "比较每个数量在两年之间的变化：两端的数值、变化量（占比以百分点计）、相对变化和年均复合增长率。来源的基准年不同时，使用该基准年并加以标注。",
      ),
    )
    .addOption(new Option("--from <year>", t("the earlier year", "较早的年份")).default("2014"))
    .addOption(new Option("--to <year>", t("the later year", "较晚的年份")).default("2020"))
    .option(
      "-t, --theme <id>",
      t("only the quantities of this theme (see `jjj themes`)", "只比较这个主题的数量（见 `jjj themes`）"),
    )
    .option(
      "--chart",
      t(
        "draw each quantity's two years as a pair of bars instead of a table",
        "把每个数量的两年画成一对条形，而不是表格",
      ),
    )
    .option(
      "--notes",
      t("every note in full: substitutions, formulas, publishers", "完整注释：替代年份、公式、发布机构"),
    )
    .addHelpText(
      "after",
      examples(t, [
        "jjj compare",
        "jjj compare --chart",
        "jjj compare --theme innovation --lang zh",
        "jjj compare --json | jq '.[] | {id, relative: .change.relative}'",
      ]),
    );
}
