import { Argument } from "@commander-js/extra-typings";
import { SHELLS } from "../../completion/shells.js";
import type { CommandSpec } from "../spec.js";

export const completion: CommandSpec = {
  name: "completion",
  summary: "completion.summary",
  description: "completion.description",
  output: "text",
  formats: ["table"],
  contracts: [],
  examples: [
    "source <(jjj completion bash)",
    "jjj completion bash > ~/.local/share/bash-completion/completions/jjj",
    "jjj completion zsh > ~/.zfunc/_jjj    # with ~/.zfunc in $fpath, before compinit",
    "jjj completion fish > ~/.config/fish/completions/jjj.fish",
  ],
  define: (cmd, { t, schedule, program }) =>
    cmd
      .addArgument(new Argument("<shell>", t("completion.argument.shell")).choices(SHELLS))
      .action((shell, _opts, c) => {
        schedule(c.optsWithGlobals(), async (ctx) => (await import("./run.js")).run(ctx, shell, program()));
      }),
};
