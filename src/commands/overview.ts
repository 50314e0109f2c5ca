import { Command } from "commander";
import { type Lang, tr } from "../core/lang.js";

export function overviewCommand(lang: Lang): Command {
  const t = tr(lang);
  return new Command("overview")
    .summary(
      t(
        "one screen: the themes, headline figures and what to try next",
        "一屏概览：主题、主要数字和接下来可以试的命令",
      ),
    )
    .argument("[command...]");
}
