import { Command } from "commander";
import { examples } from "../cli/help-format.js";
import { type Lang, tr } from "../core/lang.js";

export function searchCommand(lang: Lang): Command {
  const t = tr(lang);
  return new Command("search")
    .summary(t("find facts and themes by a word, in Chinese or English", "用中文或英文关键词查找事实和主题"))
    .description(
      t(
        "Search ids, labels, explanations, places and units, in Chinese and English at once, whatever --lang says. Case, spaces and punctuation are ignored (PM2.5 = pm25). Several words must all match. Hits are ranked: exact id, then id prefix, then label, then explanation, place and unit; each shows its theme and the fields that matched.",
        "同时用中文和英文搜索编号、名称、说明、地点和单位，与 --lang 无关。忽略大小写、空格和标点（PM2.5 = pm25）。给出几个词时，必须全部匹配。结果依次按以下顺序排列：编号完全相同，编号开头相同，名称，然后是说明、地点和单位；每条结果都显示所属主题和匹配的字段。",
      ),
    )
    .argument(
      "<text...>",
      t(
        "what to look for: a word or a few (医保, 雄安, PM2.5, poverty)",
        "要查找的内容：一个或几个词（医保、雄安、PM2.5、poverty）",
      ),
    )
    .option(
      "-t, --theme <id>",
      t("only hits in this theme (see `jjj themes`)", "只显示这个主题中的结果（见 `jjj themes`）"),
    )
    .addHelpText(
      "after",
      examples(t, [
        "jjj search 医保",
        "jjj search PM2.5 --lang zh",
        "jjj search poverty --json | jq -r '.[].id'",
        "jjj search technology contracts --theme innovation",
      ]),
    );
}
