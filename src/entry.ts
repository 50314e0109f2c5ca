/** The bundle's entry: wires main() to the real process. */
import { main } from "./main.js";

/** Signals that end jjj, and their numbers: the shell's exit status is 128 + the number (Ctrl-C: 130). */
const SIGNALS = { SIGHUP: 1, SIGINT: 2, SIGTERM: 15 } as const;

export function run(): void {
  const quit = (code: number) => {
    process.exitCode = code;
    process.exit(code);
  };
  // A closed pipe (`jjj export | head -1`) is success, not an error; any other failure to write
  // the output is a quiet runtime error.
  process.stdout.on("error", (err: NodeJS.ErrnoException) => {
    if (err.code !== "EPIPE") {
      try {
        process.stderr.write(`jjj: cannot write to standard output (${err.code ?? err.message})\n`);
      } catch {
        // Nowhere left to say it.
      }
    }
    quit(err.code === "EPIPE" ? 0 : 1);
  });
  // A closed standard error must not turn an error message into a crash.
  process.stderr.on("error", () => {});
  // Ctrl-C (or kill) at any point: stop at once, quietly, with the shell's usual status.
  for (const [signal, n] of Object.entries(SIGNALS)) process.on(signal, () => quit(128 + n));
  // main() catches every error of a command; this is the net under anything that escapes it.
  const internal = (err: unknown) => {
    try {
      process.stderr.write(`jjj: internal error: ${(err as Error)?.message ?? String(err)}\n`);
      if (process.env.JJJ_DEBUG === "1" && (err as Error)?.stack) process.stderr.write(`${(err as Error).stack}\n`);
      else process.stderr.write("hint: set JJJ_DEBUG=1 to see the stack trace\n");
    } catch {
      // Nowhere left to say it.
    }
    quit(1);
  };
  process.on("uncaughtException", internal);
  process.on("unhandledRejection", internal);
  main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  }, internal);
}
