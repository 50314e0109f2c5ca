/** Exit codes, documented in the README and in `jjj --help`. */
export const EXIT = {
  ok: 0,
  /** A data or runtime error: a broken data file, an unreadable file. */
  data: 1,
  /** A usage error: unknown command, option, theme or fact id; a bad value. */
  usage: 2,
  /** An interactive command (present, quiz) stopped by Ctrl-C or SIGINT, after giving the terminal back. */
  interrupted: 130,
  /** An interactive command stopped by SIGTERM, after giving the terminal back. */
  terminated: 143,
  /** An interactive command whose terminal went away (SIGHUP), after giving the terminal back. */
  hangup: 129,
  /** An interactive command stopped by SIGQUIT, after giving the terminal back. */
  quit: 131,
} as const;
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

import { type Message, msg, sayMessage } from "./messages/index.js";
import { echo } from "./text.js";

/** A message: a catalog key with its parameters. */
export type { Message };

/** An error the user caused or can fix: printed as one line plus an optional hint, no stack trace. */
export class CliError extends Error {
  constructor(
    readonly text: Message,
    readonly exitCode: ExitCode = EXIT.usage,
    readonly hint?: Message,
  ) {
    super(sayMessage("en", text));
    this.name = "CliError";
  }
}

export function usageError(message: Message, hint?: Message): CliError {
  return new CliError(message, EXIT.usage, hint);
}

/** What a number option takes: its range, its form, what to call it, and an example. */
export interface NumberRule {
  min: number;
  max: number;
  /** The digits it is written in: whole numbers (the default), decimals, or a four-digit year. */
  form?: "whole" | "decimal" | "year";
  /** What to call it: "number.whole" ("a whole number"), "number.year", … */
  what: "number.whole" | "number.year" | "number.rows" | "number.seconds";
  example: string;
}

const NUMBER_FORMS = { whole: /^\d+$/, decimal: /^\d+(\.\d+)?$/, year: /^\d{4}$/ };

/** A number option's value, checked: `--width must be a whole number from 40 to 1000, not "x"`. */
export function numberOption(option: string, value: string, rule: NumberRule): number {
  const n = Number(value);
  if (!NUMBER_FORMS[rule.form ?? "whole"].test(value.trim()) || n < rule.min || n > rule.max) {
    throw usageError(
      msg("error.numberOption", { option, what: rule.what, min: rule.min, max: rule.max, value: echo(value) }),
      msg("hint.forExample", { example: `${option} ${rule.example}` }),
    );
  }
  return n;
}

/** An interactive command was stopped (Ctrl-C, SIGINT, SIGTERM): exit with its code, without a message. */
export class Stopped extends Error {
  constructor(readonly exitCode: ExitCode) {
    super(`stopped (exit code ${exitCode})`);
    this.name = "Stopped";
  }
}
