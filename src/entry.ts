/** The bundle's entry: wires main() to the real process. */
import { main } from "./main.js";

export function run(): void {
  // A closed pipe (`jjj compare | head -1`) is success, not an error.
  process.stdout.on("error", (err: NodeJS.ErrnoException) => {
    if (err.code === "EPIPE") {
      process.exitCode = 0;
      process.exit(0);
    }
    throw err;
  });
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (err: unknown) => {
      process.stderr.write(`jjj: internal error: ${(err as Error)?.message ?? String(err)}\n`);
      process.exitCode = 1;
    },
  );
}
