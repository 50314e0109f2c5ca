/** commander's error messages, in jjj's form ("jjj: …") and in both languages. */
import type { CommanderError } from "@commander-js/extra-typings";
import type { Message } from "../core/errors.js";
import { msg, same } from "../core/messages/index.js";
import { echo } from "../core/text.js";

const PATTERNS: [RegExp, (m: RegExpMatchArray) => Message][] = [
  [
    /^unknown option '([^']*)'(?:\s*\(Did you mean (.*)\?\))?/s,
    (m) => msg("commander.unknownOption", { option: echo(m[1] ?? ""), suggestion: m[2] ?? "" }),
  ],
  [/^missing required argument '([^']*)'/, (m) => msg("commander.missingArgument", { name: m[1] ?? "" })],
  [
    /^too many arguments(?: for '([^']*)')?\. Expected (\d+) arguments? but got (\d+)/,
    (m) => msg("commander.tooMany", { command: m[1] ?? "", expected: m[2] ?? "", got: m[3] ?? "" }),
  ],
  [
    /^option '([^']*)' argument '([^']*)' is invalid\. Allowed choices are (.*)\.$/s,
    (m) => msg("commander.badChoice", { option: m[1] ?? "", value: echo(m[2] ?? ""), choices: m[3] ?? "" }),
  ],
  [
    /^command-argument value '([^']*)' is invalid for argument '([^']*)'\. Allowed choices are (.*)\.$/s,
    (m) => msg("commander.badArgument", { value: echo(m[1] ?? ""), name: m[2] ?? "", choices: m[3] ?? "" }),
  ],
  [
    /^option '([^' ]*)[^']*' argument '([^']*)' is invalid\. (.*)$/s,
    (m) => msg("commander.badValue", { option: m[1] ?? "", value: echo(m[2] ?? ""), reason: m[3] ?? "" }),
  ],
  [/^option '([^']*)' argument missing/, (m) => msg("commander.needsValue", { option: m[1] ?? "" })],
];

export function commanderMessage(err: CommanderError): Message {
  const text = err.message.replace(/^error: /, "").trim();
  for (const [re, make] of PATTERNS) {
    const m = text.match(re);
    if (m) return make(m);
  }
  return same(text);
}
