/**
 * What the shell completion scripts complete, read off the commander program itself (commands,
 * options, choices, arguments) plus theme and fact ids from the dataset, so the scripts cannot
 * drift from the CLI. The bash, zsh and fish generators only lay this model out.
 */
import type { Argument, CommandUnknownOpts as Command, Option } from "@commander-js/extra-typings";
import { completionHint, type ValueSource } from "./hints.js";

export interface Value {
  value: string;
  description?: string;
}

export interface OptionSpec {
  long?: string;
  short?: string;
  description: string;
  takesValue: boolean;
  values: Value[];
  /** The value is a comma-separated list (--fields): complete each item. */
  list: boolean;
}

export interface ArgumentSpec {
  name: string;
  variadic: boolean;
  values: Value[];
}

export interface CommandSpec {
  name: string;
  summary: string;
  options: OptionSpec[];
  args: ArgumentSpec[];
}

export interface CompletionModel {
  name: string;
  version: string;
  root: CommandSpec;
  commands: CommandSpec[];
}

export interface CompletionData {
  themes: Value[];
  facts: Value[];
  topics: Value[];
  /** The fields --fields accepts for a command. */
  fields(command: string): readonly string[];
}

const HELP: OptionSpec = {
  long: "--help",
  short: "-h",
  description: "show help",
  takesValue: false,
  values: [],
  list: false,
};

function sourceValues(source: ValueSource | readonly string[], data: CompletionData, commands: Value[]): Value[] {
  if (source === "themes") return data.themes;
  if (source === "facts") return data.facts;
  if (source === "help-topics") return [...commands, ...data.topics];
  return source.map((value) => ({ value }));
}

function optionSpec(cmd: Command, option: Option, data: CompletionData, commands: Value[]): OptionSpec {
  const takesValue = option.required || option.optional;
  const hint = completionHint(option);
  let values: Value[] = [];
  if (hint) values = sourceValues(hint, data, commands);
  else if (option.argChoices) values = option.argChoices.map((value) => ({ value }));
  else if (option.attributeName() === "theme") values = data.themes;
  else if (option.attributeName() === "fields") values = data.fields(cmd.name()).map((value) => ({ value }));
  return {
    ...(option.long ? { long: option.long } : {}),
    ...(option.short ? { short: option.short } : {}),
    description: option.description,
    takesValue,
    values: takesValue ? values : [],
    list: option.attributeName() === "fields",
  };
}

function argumentSpec(arg: Argument, data: CompletionData, commands: Value[]): ArgumentSpec {
  const hint = completionHint(arg);
  let values: Value[] = [];
  if (hint) values = sourceValues(hint, data, commands);
  else if (arg.argChoices) values = arg.argChoices.map((value) => ({ value }));
  else if (arg.name() === "id" || arg.name() === "ids") values = data.facts;
  return { name: arg.name(), variadic: arg.variadic, values };
}

export function completionModel(program: Command, data: CompletionData): CompletionModel {
  const visible = program.createHelp().visibleCommands(program);
  const commandValues = visible.map((c) => ({ value: c.name(), description: c.summary() }));
  const spec = (cmd: Command): CommandSpec => ({
    name: cmd.name(),
    summary: cmd.summary(),
    options: [...cmd.options.filter((o) => !o.hidden).map((o) => optionSpec(cmd, o, data, commandValues)), HELP],
    args: cmd.registeredArguments.map((a) => argumentSpec(a, data, commandValues)),
  });
  return {
    name: program.name(),
    version: program.version() ?? "",
    root: { ...spec(program), args: [] },
    commands: visible.map(spec),
  };
}

/** Every flag of a command's options that takes a value: the words after which a value comes. */
export function valueFlags(cmd: CommandSpec): string[] {
  return cmd.options.filter((o) => o.takesValue).flatMap((o) => [o.long, o.short].filter((f): f is string => !!f));
}

export function flags(cmd: CommandSpec): string[] {
  return cmd.options.flatMap((o) => [o.long, o.short].filter((f): f is string => !!f));
}
