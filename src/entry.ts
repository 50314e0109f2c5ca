/** The bundle's entry: wires main() to the real process. */
import { main } from "./main.js";

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
  // Ctrl-C (SIGINT), SIGTERM and SIGHUP keep their default action on purpose: it ends jjj at once,
  // silently, even in the middle of loading a large file (a handler would wait for the work to
  // finish), and the shell reports the usual status (130 for Ctrl-C). jjj writes no files, so there
  // is nothing to clean up.
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
