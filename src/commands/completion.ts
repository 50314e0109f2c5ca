import { Argument, Command } from "commander";
import { examples } from "../cli/help-format.js";
import type { GlobalOptions, Schedule } from "../cli/program.js";
import { SHELLS, type Shell } from "../completion/shells.js";
import { type Lang, tr } from "../core/lang.js";

export function completionCommand(schedule: Schedule, lang: Lang, program: () => Command): Command {
  const t = tr(lang);
  return new Command("completion")
    .summary(t("print a shell completion script for bash, zsh or fish", "输出 bash、zsh 或 fish 的命令补全脚本"))
    .description(
      t(
        "Print a script that completes jjj's commands, options, option values, theme ids and fact ids in your shell. It is generated from jjj's own definition and data, so it always matches this version.",
        "输出一个脚本，让你的 shell 补全 jjj 的命令、选项、选项值、主题编号和事实编号。脚本由 jjj 自身的定义和数据生成，因此总与当前版本一致。",
      ),
    )
    .addArgument(new Argument("<shell>", t("the shell to complete in", "要补全的 shell")).choices(SHELLS))
    .addHelpText(
      "after",
      examples(t, [
        "source <(jjj completion bash)",
        "jjj completion bash > ~/.local/share/bash-completion/completions/jjj",
        "jjj completion zsh > ~/.zfunc/_jjj    # with ~/.zfunc in $fpath, before compinit",
        "jjj completion fish > ~/.config/fish/completions/jjj.fish",
      ]),
    )
    .action(function (this: Command, shell: Shell) {
      schedule(this.optsWithGlobals<GlobalOptions>(), async (ctx) =>
        (await import("./completion.run.js")).run(ctx, shell, program()),
      );
    });
}
