import { Argument, Command } from "commander";
import { examples } from "../cli/help-format.js";
import { completeWith } from "../completion/hints.js";
import { CONTRACT_NAMES } from "../contract/catalog.js";
import { type Lang, tr } from "../core/lang.js";

export function schemaCommand(lang: Lang): Command {
  const t = tr(lang);
  return new Command("schema")
    .summary(t("print the JSON Schema of a command's output", "输出某个命令输出内容的 JSON Schema"))
    .description(
      t(
        "Without an argument, list the published JSON contracts. With one, print its JSON Schema (draft 2020-12): the shape of what `jjj <command> --json` prints, and the fields --fields accepts. `jjj schema dataset` is the schema of the data files. Within a major version fields are only added, never renamed or removed.",
        "不给参数时，列出已发布的 JSON 约定。给出一个时，输出它的 JSON Schema（draft 2020-12）：即 `jjj <command> --json` 输出内容的结构，以及 --fields 接受的字段。`jjj schema dataset` 是数据文件的 schema。在同一个主版本内，字段只会增加，不会改名或删除。",
      ),
    )
    .addArgument(
      completeWith(new Argument("[name]", t("a command, or `dataset`", "一个命令，或 `dataset`")), CONTRACT_NAMES),
    )
    .addHelpText(
      "after",
      examples(t, [
        "jjj schema",
        "jjj schema compare",
        "jjj schema facts | jq '.items.properties | keys'",
        "jjj schema dataset > dataset.schema.json",
      ]),
    );
}
