import { Command, Option } from "commander";
import { DEFAULT_HEIGHT, MAX_HEIGHT, MIN_HEIGHT } from "../cli/context.js";
import { examples } from "../cli/help-format.js";
import { type Lang, tr } from "../core/lang.js";

export function chartCommand(lang: Lang): Command {
  const t = tr(lang);
  return new Command("chart")
    .summary(
      t("draw a fact's trend as a line chart, or its values as bars", "把事实的趋势画成折线图，或把数值画成条形图"),
    )
    .description(
      t(
        "Draw one or more facts on a real time axis: years in proportion to time, published figures and derived ones marked apart, gaps left as gaps. An article fact comes with the longest three official series that extend it, each labelled with its publisher; name others to add them, or leave them all out with --article-only. With no id, list what can be charted.",
        "在真实的时间轴上画出一个或多个事实：年份间距与时间成比例，公布的数字与推算的数字分开标记，缺失的年份留空。文章中的事实会附带延伸它的最长三条官方序列，各自标明发布机构；写出其他序列的编号可以加上它们，用 --article-only 则一条也不画。不给编号时，列出可以画图的事实。",
      ),
    )
    .argument(
      "[id...]",
      t(
        "fact ids (see `jjj chart`); case and punctuation do not matter: pm2.5, PM2.5 and pm all mean pm25",
        "事实编号（见 `jjj chart`）；不区分大小写，也不管标点：pm2.5、PM2.5 和 pm 都指 pm25",
      ),
    )
    .option(
      "--bars",
      t("draw horizontal bars: one per year, place or category", "画横向条形图：每个年份、地点或类别一条"),
    )
    .option(
      "--index",
      t(
        "rescale each series to its first year = 100, so that series in different units can share a chart",
        "把每条序列换算成以首年为 100 的指数，使单位不同的序列可以画在同一张图上",
      ),
    )
    .addOption(
      new Option(
        "--height <rows>",
        t(`rows of the line chart (${MIN_HEIGHT}–${MAX_HEIGHT})`, `折线图的行数（${MIN_HEIGHT}–${MAX_HEIGHT}）`),
      ).default(String(DEFAULT_HEIGHT)),
    )
    .addHelpText(
      "after",
      examples(t, [
        "jjj chart",
        "jjj chart pm25",
        "jjj chart pm25 --article-only --lang zh",
        "jjj chart pm25-beijing tech-contracts-official --index",
        "jjj chart medical-pilot-institutions hebei-medical-pilot-institutions --bars",
        "jjj chart pm25 --json | jq '.[] | {id, n: (.points | length)}'",
      ]),
    );
}
