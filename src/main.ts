/** main(argv, io) → exit code. Reads the command line with a fresh commander program; maps every error to a code. */

import { makeContext } from "./cli/context.js";
import { type Io, processIo } from "./cli/io.js";
import type { Program } from "./cli/program.js";
import { CliError, EXIT, type ExitCode, type Message, Stopped, say } from "./core/errors.js";
import { type Lang, langFromArgs } from "./core/lang.js";
import { DataError, formatProblem, problemFix } from "./dataset/problems.js";

function report(io: Io, lang: Lang, message: Message, hint?: Message): void {
  io.err(`jjj: ${say(message, lang)}\n`);
  if (hint) io.err(`${lang === "zh" ? "提示：" : "hint: "}${say(hint, lang)}\n`);
}

export async function main(argv: readonly string[], io: Io = processIo()): Promise<ExitCode> {
  let program: Program | undefined;
  let cli: typeof import("./cli/program.js") | undefined;
  try {
    cli = await import("./cli/program.js");
    program = cli.buildProgram(io, argv);
    await program.command.parseAsync([...argv], { from: "user" });
    const pending = program.pending;
    if (!pending) return EXIT.ok;
    const ctx = await makeContext(pending.opts, io, {
      command: pending.command,
      ...(pending.data ? {} : { dataset: { sources: [], themes: [], places: [], facts: [] } }),
    });
    return (await pending.run(ctx)) ?? EXIT.ok;
  } catch (err) {
    const lang = langFromArgs(argv, io.env);
    if (cli && program && err instanceof cli.CommanderError) {
      if (err.code === "commander.helpDisplayed" || err.code === "commander.version" || err.code === "commander.help") {
        return EXIT.ok;
      }
      const sub = program.command.commands.find((c) => argv.includes(c.name()));
      const help = `jjj ${sub && sub.name() !== "overview" ? `${sub.name()} ` : ""}--help`;
      report(io, lang, cli.commanderMessage(err), { zh: `见 \`${help}\``, en: `see \`${help}\`` });
      return EXIT.usage;
    }
    if (err instanceof Stopped) return err.exitCode;
    if (err instanceof CliError) {
      report(io, lang, err.text, err.hint);
      return err.exitCode;
    }
    if (err instanceof DataError) {
      const lines = err.problems.map((p) => {
        const fix = problemFix(p, lang);
        return `jjj: ${formatProblem(p, lang)}\n${fix ? `${lang === "zh" ? "提示：" : "hint: "}${fix}\n` : ""}`;
      });
      io.err(lines.join(""));
      return EXIT.data;
    }
    const e = err as Error;
    report(
      io,
      lang,
      { zh: `内部错误：${e?.message ?? String(err)}`, en: `internal error: ${e?.message ?? String(err)}` },
      { zh: "设置 JJJ_DEBUG=1 可查看调用栈", en: "set JJJ_DEBUG=1 to see the stack trace" },
    );
    if (io.env.JJJ_DEBUG === "1" && e?.stack) io.err(`${e.stack}\n`);
    return EXIT.data;
  }
}
