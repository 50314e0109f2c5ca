import { Argument, Command } from "commander";
import type { GlobalOptions, Schedule } from "../cli/program.js";

export function completionCommand(schedule: Schedule, program: () => Command): Command {
  return new Command("completion")
    .summary("print a shell completion script for bash, zsh or fish")
    .description(
      "Print a script that completes jjj's commands, options, option values, theme ids and fact ids in your shell. It is generated from jjj's own definition and data, so it always matches this version.",
    )
    .addArgument(new Argument("<shell>", "the shell to complete in").choices(["bash", "zsh", "fish"]))
    .addHelpText(
      "after",
      "\nExamples:\n  $ source <(jjj completion bash)\n  $ jjj completion bash > ~/.local/share/bash-completion/completions/jjj\n  $ jjj completion zsh > ~/.zfunc/_jjj    # with ~/.zfunc in $fpath, before compinit\n  $ jjj completion fish > ~/.config/fish/completions/jjj.fish",
    )
    .action(function (this: Command, shell: "bash" | "zsh" | "fish") {
      schedule(this.optsWithGlobals<GlobalOptions>(), async (ctx) =>
        (await import("./completion.run.js")).run(ctx, shell, program()),
      );
    });
}
