/**
 * The quick parser: reads the common command lines (`jjj compare --json`, `jjj chart pm25
 * --width 80`) as commander would, from the grammar generated from jjj's commander program
 * (grammar.ts), so that they run without loading and building commander. It reads only what it
 * is sure of: a command's name first, then its long or single-letter options, as `--flag`,
 * `--option value` or `--option=value`, and its arguments. Everything else (help, --version, an
 * unknown or misspelt option, a missing value, a value not among the choices, a value that looks
 * like an option, `--`, too many or too few arguments) is left to commander, which reports it.
 * A test checks, on many generated command lines, that whatever it reads it reads as commander does.
 */
import type { GlobalOptions } from "./context.js";
import GRAMMAR from "./grammar.generated.json" with { type: "json" };
import type { Grammar } from "./grammar.js";

export interface QuickParse {
  command: string;
  opts: GlobalOptions;
  /** As commander passes them to the action: one per declared argument, an array for a variadic one. */
  args: unknown[];
}

/** The command line read, or undefined to leave it to commander. */
export function quickParse(argv: readonly string[], grammar: Grammar = GRAMMAR as Grammar): QuickParse | undefined {
  // `jjj` alone runs the overview (the default command); `jjj overview …` is left to commander.
  const command = argv.length === 0 ? "overview" : argv[0];
  if (command === undefined || (argv.length > 0 && command === "overview")) return undefined;
  if (!Object.hasOwn(grammar.commands, command)) return undefined;
  const spec = grammar.commands[command];
  if (!spec) return undefined;
  const opts: Record<string, unknown> = { ...spec.defaults };
  const operands: string[] = [];
  for (let i = 1; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (!arg.startsWith("-")) {
      operands.push(arg);
      continue;
    }
    const eq = arg.startsWith("--") ? arg.indexOf("=") : -1;
    const flag = eq > 0 ? arg.slice(0, eq) : arg;
    const option = Object.hasOwn(spec.options, flag)
      ? spec.options[flag]
      : Object.hasOwn(grammar.shared, flag)
        ? grammar.shared[flag]
        : undefined;
    if (!option) return undefined;
    if (!option.value) {
      if (eq > 0) return undefined;
      opts[option.attr] = !option.negate;
      continue;
    }
    let value: string | undefined;
    if (eq > 0) value = arg.slice(eq + 1);
    else {
      value = argv[++i];
      if (value === undefined || value.startsWith("-")) return undefined;
    }
    if (option.choices && !option.choices.includes(value)) return undefined;
    opts[option.attr] = value;
  }
  const args: unknown[] = [];
  let used = 0;
  for (const declared of spec.args) {
    if (declared.variadic) {
      const rest = operands.slice(used);
      if (declared.required && rest.length === 0) return undefined;
      args.push(rest);
      used = operands.length;
    } else if (used < operands.length) {
      args.push(operands[used++]);
    } else if (declared.required) {
      return undefined;
    } else {
      args.push(undefined);
    }
  }
  if (used < operands.length) return undefined;
  return { command, opts: opts as GlobalOptions, args };
}

/** Every command's name (for the overview's suggestions). */
export function commandNames(grammar: Grammar = GRAMMAR as Grammar): string[] {
  return [...grammar.names];
}
