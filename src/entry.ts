/** The bundle's entry: wires main() to the real process. */
import { writeSync } from "node:fs";
import { usesStreams } from "./cli/io.js";
import { main } from "./main.js";

export { memoryIo } from "./cli/io.js";
export { main };

export function run(): void {
  const quit = (code: number) => {
    process.exitCode = code;
    process.exit(code);
  };
  // Standard output and error are written synchronously (see processIo), so their failures
  // (EPIPE: `jjj export | head -1` is success) are handled where they are written.
  // Ctrl-C (SIGINT), SIGTERM and SIGHUP keep their default action on purpose: it ends jjj at once,
  // silently, even in the middle of loading a large file (a handler would wait for the work to
  // finish), and the shell reports the usual status (130 for Ctrl-C). jjj writes no files, so there
  // is nothing to clean up.
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
    quit(1);
  };
  process.on("uncaughtException", internal);
  process.on("unhandledRejection", internal);
  main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
    // Everything is written (synchronously): exit now rather than wait for V8's background work
    // (optimising the code a table made hot) to wind down, which can take a few milliseconds.
    if (!usesStreams()) process.exit(code);
  }, internal);
}
