/** commander's error messages, in jjj's form ("jjj: …") and in both languages. */
import type { CommanderError } from "commander";
import type { Message } from "../core/errors.js";

const PATTERNS: [RegExp, (m: RegExpMatchArray) => { zh: string; en: string }][] = [
  [
    /^unknown option '([^']*)'(?:\s*\(Did you mean (.*)\?\))?/s,
    (m) => ({
      zh: `未知选项 "${m[1]}"${m[2] ? `（是否想用 ${m[2]}？）` : ""}`,
      en: `unknown option "${m[1]}"${m[2] ? ` (did you mean ${m[2]}?)` : ""}`,
    }),
  ],
  [
    /^missing required argument '([^']*)'/,
    (m) => ({ zh: `缺少必需的参数 <${m[1]}>`, en: `missing the required argument <${m[1]}>` }),
  ],
  [
    /^too many arguments(?: for '([^']*)')?\. Expected (\d+) arguments? but got (\d+)/,
    (m) => ({
      zh: `${m[1] ? `${m[1]} ` : ""}的参数过多：应为 ${m[2]} 个，实际 ${m[3]} 个`,
      en: `too many arguments${m[1] ? ` for ${m[1]}` : ""}: expected ${m[2]}, got ${m[3]}`,
    }),
  ],
  [
    /^option '([^']*)' argument '([^']*)' is invalid\. Allowed choices are (.*)\.$/s,
    (m) => ({
      zh: `选项 ${m[1]} 的值 "${m[2]}" 无效；可选：${m[3]}`,
      en: `option ${m[1]} does not take "${m[2]}"; choose one of ${m[3]}`,
    }),
  ],
  [
    /^option '([^' ]*)[^']*' argument '([^']*)' is invalid\. (.*)$/s,
    (m) => ({ zh: `选项 ${m[1]} 的值 "${m[2]}" 无效：${m[3]}`, en: `option ${m[1]} does not take "${m[2]}": ${m[3]}` }),
  ],
  [/^option '([^']*)' argument missing/, (m) => ({ zh: `选项 ${m[1]} 缺少值`, en: `option ${m[1]} needs a value` })],
];

export function commanderMessage(err: CommanderError): Message {
  const text = err.message.replace(/^error: /, "").trim();
  for (const [re, make] of PATTERNS) {
    const m = text.match(re);
    if (m) return make(m);
  }
  return text;
}
