/** Exit codes, documented in the README and in `jjj help exit-codes`. */
export const EXIT = {
  ok: 0,
  /** A data or runtime error: a broken data file, an unreadable file. */
  data: 1,
  /** A usage error: unknown command, option, theme or fact id; a bad value. */
  usage: 2,
} as const;
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

/** An error the user caused or can fix: printed as one line plus an optional hint, no stack trace. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: ExitCode = EXIT.usage,
    readonly hint?: string,
  ) {
    super(message);
    this.name = "CliError";
  }
}

export function usageError(message: string, hint?: string): CliError {
  return new CliError(message, EXIT.usage, hint);
}
