/**
 * Commander's own words in jjj's language: headings, "(choices: …)" and "(default: …)", and
 * wrapping that counts a Chinese character as two columns and may break between any two of them.
 * English keeps commander's defaults untouched.
 */
import type { Argument, HelpConfiguration, Option } from "commander";
import type { Lang, Tr } from "../core/lang.js";
import { displayWidth } from "../render/width.js";

const TITLES_ZH: Readonly<Record<string, string>> = {
  "Usage:": "用法：",
  "Options:": "选项：",
  "Arguments:": "参数：",
  "Commands:": "命令：",
  "Global Options:": "全局选项：",
};

/** A description with commander's extra information after it, in Chinese: （可选：…；默认：…）. */
function withExtras(description: string, choices: readonly string[] | undefined, fallback: string | undefined) {
  const extras = [
    ...(choices ? [`可选：${choices.join("、")}`] : []),
    ...(fallback !== undefined ? [`默认：${fallback}`] : []),
  ];
  return extras.length === 0 ? description : `${description}（${extras.join("；")}）`;
}

function optionDescription(option: Option): string {
  // As commander: a default is shown for options that take a value, and for boolean flags.
  const shown =
    option.defaultValue !== undefined &&
    (option.required || option.optional || (option.isBoolean() && typeof option.defaultValue === "boolean"));
  const fallback = shown ? (option.defaultValueDescription ?? String(option.defaultValue)) : undefined;
  return withExtras(option.description, option.argChoices, fallback);
}

function argumentDescription(argument: Argument): string {
  const fallback =
    argument.defaultValue === undefined
      ? undefined
      : (argument.defaultValueDescription ?? String(argument.defaultValue));
  return withExtras(argument.description, argument.argChoices, fallback);
}

// A Chinese character (or full-width punctuation) is a unit of its own; anything else runs to the
// next space. Opening brackets and quotes stay with what follows, closing punctuation with what
// precedes, so that no line starts with "，" or ends with "（".
const WIDE = "\\u2E80-\\u9FFF\\uF900-\\uFAFF\\uFE30-\\uFE4F\\uFF00-\\uFFEF“”‘’";
const CHUNK = new RegExp(`\\s*[（“‘]*(?:[${WIDE}]|[^\\s${WIDE}]+)[，。；：、）”’！？]*`, "g");

export function wrapWide(text: string, width: number): string {
  const out: string[] = [];
  for (const line of text.split(/\r\n|\n/)) {
    const chunks = line.match(CHUNK);
    if (!chunks) {
      out.push("");
      continue;
    }
    let current = chunks[0] ?? "";
    let used = displayWidth(current);
    for (const chunk of chunks.slice(1)) {
      const w = displayWidth(chunk);
      if (used + w <= width) {
        current += chunk;
        used += w;
      } else {
        out.push(current);
        current = chunk.trimStart();
        used = displayWidth(current);
      }
    }
    out.push(current);
  }
  return out.join("\n");
}

/** configureHelp() settings for this language: none in English, commander's words translated in Chinese. */
export function helpConfiguration(lang: Lang): HelpConfiguration {
  if (lang === "en") return {};
  return {
    styleTitle: (title) => TITLES_ZH[title] ?? title,
    optionDescription,
    argumentDescription,
    displayWidth,
    boxWrap(str, width) {
      return width < (this.minWidthToWrap ?? 40) ? str : wrapWide(str, width);
    },
  };
}

/** The "Examples:" block at the end of a command's help; each line is a command, after "$ ". */
export function examples(t: Tr, lines: readonly string[]): string {
  return `\n${t("Examples:", "示例：")}\n${lines.map((l) => `  $ ${l}`).join("\n")}`;
}
