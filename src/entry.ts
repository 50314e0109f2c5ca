/** The bundle's entry: wires main() to the real process. */
import { writeSync } from "node:fs";
import { main } from "./main.js";

export function run(): void {
  // A failure to write standard output (EPIPE: `jjj export | head -1` is success) is handled where
  // it is written (see processIo). Ctrl-C (SIGINT), SIGTERM and SIGHUP keep their default action on
  // purpose: it ends jjj at once, silently, even in the middle of loading a large file, and the
  // shell reports the usual status (130 for Ctrl-C). jjj writes no files: nothing to clean up.
  // main() catches every error of a command; this is the net under anything that escapes it.
  const internal = (err: unknown) => {
    try {
      const say = (text: string) => writeSync(2, text);
      say(`jjj: internal error: ${(err as Error)?.message ?? String(err)}\n`);
      if (process.env.JJJ_DEBUG === "1" && (err as Error)?.stack) say(`${(err as Error).stack}\n`);
      else say("hint: set JJJ_DEBUG=1 to see the stack trace\n");
    } catch {
      // Nowhere left to say it.
    }
    process.exitCode = 1;
    process.exit(1);
  };
  process.on("uncaughtException", internal);
  process.on("unhandledRejection", internal);
  main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  }, internal);
}
