/** The options every command takes, and the typed program and subcommand they make. */
import { Command, Option } from "@commander-js/extra-typings";
import { LANGS } from "../core/lang.js";
import type { Sayer } from "../core/messages/index.js";
import { FORMATS } from "./output.js";

export const VERSION = "0.1.0";
export const COLOR_MODES = ["auto", "always", "never"] as const;

/** The shared options, made anew for each command that lists them in its help. */
export function sharedOptions(t: Sayer) {
  return [
    new Option("--lang <lang>", t("option.lang")).choices(LANGS),
    new Option("--format <format>", t("option.format")).choices(FORMATS),
    new Option("--json", t("option.json")),
    new Option("--fields <list>", t("option.fields")),
    new Option("--article-only", t("option.articleOnly")),
    new Option("--color <when>", t("option.color")).choices(COLOR_MODES),
    new Option("--no-color", t("option.noColor")),
    new Option("--ascii", t("option.ascii")),
    new Option("--data <file>", t("option.data")).argParser((value: string, previous: string[] | undefined) => [
      ...(previous ?? []),
      value,
    ]),
    new Option("--data-only", t("option.dataOnly")),
    new Option("--width <columns>", t("option.width")),
  ] as const;
}

/** The program with the shared options, typed: every subcommand's optsWithGlobals() includes them. */
export function newProgram(t: Sayer) {
  const [lang, format, json, fields, articleOnly, color, noColor, ascii, data, dataOnly, width] = sharedOptions(t);
  return new Command("jjj")
    .version(VERSION, "-V, --version", t("option.version"))
    .addOption(lang)
    .addOption(format)
    .addOption(json)
    .addOption(fields)
    .addOption(articleOnly)
    .addOption(color)
    .addOption(noColor)
    .addOption(ascii)
    .addOption(data)
    .addOption(dataOnly)
    .addOption(width);
}

export type Program = ReturnType<typeof newProgram>;

export function subcommand(program: Program, name: string) {
  return program.command(name);
}

/** A command of the program, before its own arguments and options. */
export type Sub = ReturnType<typeof subcommand>;
export type SharedOptions = ReturnType<Program["opts"]>;
