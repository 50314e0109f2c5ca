/**
 * Commander's own words in jjj's language: headings, "(choices: …)" and "(default: …)", and
 * wrapping that counts a Chinese character as two columns and may break between any two of them.
 * English keeps commander's defaults untouched.
 */
import type { Argument, HelpConfiguration, Option } from "@commander-js/extra-typings";
import type { Lang } from "../core/lang.js";
import { type MessageKey, say } from "../core/messages/index.js";
import { displayWidth } from "../render/width.js";

const TITLES: Readonly<Record<string, MessageKey>> = {
  "Usage:": "helpTitle.usage",
  "Options:": "helpTitle.options",
  "Arguments:": "helpTitle.arguments",
  "Commands:": "helpTitle.commands",
  "Global Options:": "helpTitle.globalOptions",
};

/** A description with commander's extra information after it, in Chinese: （可选：…；默认：…）. */
function withExtras(description: string, choices: readonly string[] | undefined, fallback: string | undefined) {
  const extras = [
    ...(choices ? [say("zh", "help.choices", { list: choices.join("、") })] : []),
    ...(fallback !== undefined ? [say("zh", "help.default", { value: fallback })] : []),
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
    styleTitle: (title) => {
      const key = TITLES[title];
      return key ? say(lang, key) : title;
    },
    optionDescription,
    argumentDescription,
    displayWidth,
    boxWrap(str, width) {
      return width < (this.minWidthToWrap ?? 40) ? str : wrapWide(str, width);
    },
  };
}
