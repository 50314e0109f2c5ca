/** main(argv, io) → exit code. Builds a fresh program per call; maps every error to a code. */
import { CommanderError } from "commander";
import { CliError, EXIT, type ExitCode } from "./cli/errors.js";
import { type Io, processIo } from "./cli/io.js";
import { buildProgram, makeContext } from "./cli/program.js";
import { DataError, formatProblem } from "./dataset/problems.js";

function report(io: Io, message: string, hint?: string): void {
  io.err(`jjj: ${message}\n`);
  if (hint) io.err(`hint: ${hint}\n`);
}

/** commander's messages start with "error: "; ours start with "jjj: ". */
function commanderMessage(err: CommanderError): string {
  return err.message.replace(/^error: /, "");
}

export async function main(argv: readonly string[], io: Io = processIo()): Promise<ExitCode> {
  const program = buildProgram(io);
  try {
    await program.command.parseAsync([...argv], { from: "user" });
    const pending = program.pending;
    if (!pending) return EXIT.ok;
    const ctx = await makeContext(pending.opts, io, { command: pending.command });
    await pending.run(ctx);
    return EXIT.ok;
  } catch (err) {
    if (err instanceof CommanderError) {
      if (err.code === "commander.helpDisplayed" || err.code === "commander.version" || err.code === "commander.help") {
        return EXIT.ok;
      }
      const sub = program.command.commands.find((c) => argv.includes(c.name()));
      report(
        io,
        commanderMessage(err),
        `see \`jjj ${sub && sub.name() !== "overview" ? `${sub.name()} ` : ""}--help\``,
      );
      return EXIT.usage;
    }
    if (err instanceof CliError) {
      report(io, err.message, err.hint);
      return err.exitCode;
    }
    if (err instanceof DataError) {
      for (const p of err.problems) io.err(`jjj: ${formatProblem(p)}\n`);
      return EXIT.data;
    }
    const e = err as Error;
    report(io, `internal error: ${e?.message ?? String(err)}`, "set JJJ_DEBUG=1 to see the stack trace");
    if (io.env.JJJ_DEBUG === "1" && e?.stack) io.err(`${e.stack}\n`);
    return EXIT.data;
  }
}
