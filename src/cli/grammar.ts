/**
 * The grammar of jjj's command lines, read from the commander program itself: for every command
 * with an action (src/commands/actions.ts), its options (flags, the attribute each sets, whether it
 * takes a value, its choices), its arguments, and the option values it starts from. The quick
 * parser (quick.ts) reads the generated copy (grammar.generated.json) to run the common command
 * lines without loading commander; the build writes it and a test checks it is current.
 */
import type { Command, Option } from "commander";
import { ACTIONS } from "../commands/actions.js";
import { memoryIo } from "./io.js";
import { buildProgram } from "./program.js";

export interface OptionGrammar {
  /** The key of the options object it sets (`articleOnly` for --article-only, `color` for --no-color). */
  attr: string;
  /** Takes a value (`<value>`). Options with an optional value are not in the grammar. */
  value: boolean;
  /** A --no-… option: sets its attribute to false. */
  negate: boolean;
  /** The values allowed, when commander checks them. */
  choices?: string[];
}

export interface ArgumentGrammar {
  required: boolean;
  variadic: boolean;
}

export interface CommandGrammar {
  /** By flag (`--theme` and `-t` name the same option): the command's own, besides the shared ones. */
  options: Record<string, OptionGrammar>;
  args: ArgumentGrammar[];
  /** The options object before any argument is read: the defaults, as optsWithGlobals gives them. */
  defaults: Record<string, unknown>;
}

export interface Grammar {
  /** Every command's name, in the order of `jjj --help` (for suggestions). */
  names: string[];
  /** The options every command has, alike (--json, --lang, …). */
  shared: Record<string, OptionGrammar>;
  commands: Record<string, CommandGrammar>;
}

/**
 * Can the quick parser read this option as commander does? Only plain options: a flag, or one
 * value, maybe from a list. Anything else (a custom parser, a preset, an environment variable,
 * implied or conflicting options) is left to commander: its flag is not in the grammar.
 */
function plain(option: Option): boolean {
  const o = option as Option & {
    presetArg?: unknown;
    envVar?: string;
    implied?: unknown;
    conflictsWith: string[];
    mandatory: boolean;
  };
  const custom = o.parseArg !== undefined && o.argChoices === undefined;
  return (
    !custom &&
    !o.optional &&
    !o.variadic &&
    o.presetArg === undefined &&
    o.envVar === undefined &&
    o.implied === undefined &&
    o.conflictsWith.length === 0 &&
    !o.mandatory
  );
}

function commandGrammar(cmd: Command): CommandGrammar {
  const options: Record<string, OptionGrammar> = {};
  for (const option of cmd.options) {
    if (!plain(option)) continue;
    const g: OptionGrammar = { attr: option.attributeName(), value: option.required, negate: option.negate };
    if (option.argChoices) g.choices = [...option.argChoices];
    for (const flag of [option.long, option.short]) if (flag) options[flag] = g;
  }
  return {
    options,
    args: cmd.registeredArguments.map((a) => {
      // An argument with a default, choices or a parser is beyond the quick parser.
      if (a.defaultValue !== undefined || a.argChoices || a.parseArg)
        throw new Error(`grammar: ${cmd.name()}: argument ${a.name()} is not plain`);
      return { required: a.required, variadic: a.variadic };
    }),
    defaults: { ...cmd.optsWithGlobals() },
  };
}

/** The grammar of every command with an action, from the program commander builds. */
export function grammar(): Grammar {
  const program = buildProgram(memoryIo({})).command;
  const commands: Record<string, CommandGrammar> = {};
  for (const cmd of program.commands) if (ACTIONS[cmd.name()]) commands[cmd.name()] = commandGrammar(cmd);
  // An option is shared when every command has it, the same.
  const all = Object.values(commands);
  const shared: Record<string, OptionGrammar> = {};
  for (const [flag, option] of Object.entries(all[0]?.options ?? {})) {
    const same = JSON.stringify(option);
    if (all.every((c) => JSON.stringify(c.options[flag]) === same)) shared[flag] = option;
  }
  for (const c of all) for (const flag of Object.keys(shared)) delete c.options[flag];
  return {
    names: program.commands.map((c) => c.name()).filter((n) => n !== "overview"),
    shared,
    commands,
  };
}
