/** main(argv, io) → exit code: parse with the commander program built from the registry, run, map every error to a code. */
import { CommanderError } from "@commander-js/extra-typings";
import { commanderMessage } from "./cli/commander-errors.js";
import { makeContext } from "./cli/context.js";
import { type Io, processIo } from "./cli/io.js";
import { LISTINGS } from "./commands/registry.js";
import { CliError, EXIT, type ExitCode, type Message, Stopped } from "./core/errors.js";
import { type Lang, langFromArgs } from "./core/lang.js";
import { msg, say, sayMessage } from "./core/messages/index.js";
import { visible } from "./core/text.js";
import { DataError, formatProblem, problemFix } from "./dataset/problems.js";
import { buildProgram } from "./program.js";

function report(io: Io, lang: Lang, message: Message, hint?: Message): void {
  io.err(visible(`jjj: ${sayMessage(lang, message)}\n`));
  if (hint) io.err(visible(`${say(lang, "hint.prefix")}${sayMessage(lang, hint)}\n`));
}

export async function main(argv: readonly string[], io: Io = processIo()): Promise<ExitCode> {
  const lang = langFromArgs(argv, io.env);
  const program = buildProgram(io, lang);
  try {
    await program.command.parseAsync([...argv], { from: "user" });
    const pending = program.pending;
    if (!pending) return EXIT.ok;
    const ctx = await makeContext(pending.opts, io, {
      command: pending.command,
      listings: LISTINGS,
      ...(pending.data ? {} : { dataset: { sources: [], themes: [], places: [], facts: [] } }),
    });
    return (await pending.run(ctx)) ?? EXIT.ok;
  } catch (err) {
    if (err instanceof CommanderError) {
      if (err.code === "commander.helpDisplayed" || err.code === "commander.version" || err.code === "commander.help") {
        return EXIT.ok;
      }
      const sub = program.command.commands.find((c) => argv.includes(c.name()));
      const help = `jjj ${sub && sub.name() !== "overview" ? `${sub.name()} ` : ""}--help`;
      report(io, lang, commanderMessage(err), msg("hint.seeHelp", { help }));
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
        return `jjj: ${formatProblem(p, lang)}\n${fix ? `${say(lang, "hint.prefix")}${fix}\n` : ""}`;
      });
      io.err(visible(lines.join("")));
      return EXIT.data;
    }
    const message = err instanceof Error ? err.message : String(err);
    report(io, lang, msg("error.internal", { message }), msg("hint.debug"));
    if (io.env.JJJ_DEBUG === "1" && err instanceof Error && err.stack) io.err(`${err.stack}\n`);
    return EXIT.data;
  }
}
