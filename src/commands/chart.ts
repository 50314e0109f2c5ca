import { Command, Option } from "commander";
import { DEFAULT_HEIGHT, MAX_HEIGHT, MIN_HEIGHT } from "../cli/context.js";
import { examples } from "../cli/help-format.js";
import { type Lang, tr } from "../core/lang.js";
import { sayer } from "../core/messages/index.js";

export function chartCommand(lang: Lang): Command {
  const say = sayer(lang);
  return new Command("chart")
    .summary(say("chart.cmd.summary"))
    .description(say("chart.cmd.description"))
    .argument("[id...]", say("chart.cmd.ids"))
    .option("--bars", say("chart.cmd.bars"))
    .option("--index", say("chart.cmd.index"))
    .addOption(
      new Option(
        "--height <rows>",
        say("chart.cmd.height", { min: MIN_HEIGHT, max: MAX_HEIGHT, rows: DEFAULT_HEIGHT }),
      ),
    )
    .option("--notes", say("chart.cmd.notes"))
    .addHelpText(
      "after",
      examples(tr(lang), [
        "jjj chart",
        "jjj chart pm25",
        "jjj chart pm25 --article-only --lang zh",
        "jjj chart pm25 --notes --height 12",
        "jjj chart pm25-beijing tech-contracts-official --index",
        "jjj chart medical-pilot-institutions hebei-medical-pilot-institutions --bars",
        "jjj chart pm25 --json | jq '.[] | {id, n: (.points | length)}'",
      ]),
    );
}
