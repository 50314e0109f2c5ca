import { Command, Option } from "commander";
import { examples } from "../cli/help-format.js";
import { type Lang, tr } from "../core/lang.js";

export function timelineCommand(lang: Lang): Command {
  const t = tr(lang);
  return new Command("timeline")
    .summary(
      t(
        "list dated events and figures in date order, 2013 to the end of 2020",
        "按日期顺序列出有日期的事件和数字，从 2013 年到 2020 年底",
      ),
    )
    .description(
      t(
        "List every dated event and every figure with a year or date, in date order, with its theme and source. Dates keep the source's precision; an approximate 2020-12 is the end of 2020. Within a year, exact dates come first and yearly figures last.",
        "按日期顺序列出每个有日期的事件和每个带年份或日期的数字，以及所属主题和来源。日期保留来源的精度；约数 2020-12 指 2020 年底。同一年中，确切日期在前，年度数字在后。",
      ),
    )
    .option("-t, --theme <id>", t("only this theme (see `jjj themes`)", "只列出这个主题（见 `jjj themes`）"))
    .addOption(
      new Option("--kind <kind>", t("only events, or only figures", "只列事件，或只列数字")).choices([
        "event",
        "value",
      ]),
    )
    .addHelpText(
      "after",
      examples(t, [
        "jjj timeline",
        "jjj timeline --kind event --lang zh",
        "jjj timeline --theme ecology --format csv",
        "jjj timeline --json | jq -r '.[] | \"\\(.date) \\(.id)\"'",
      ]),
    );
}
