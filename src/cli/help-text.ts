/** Help text shared by every command, and the help topics of `jjj help <topic>`. */
import type { Lang } from "../core/lang.js";
import { say } from "../core/messages/index.js";

/** The environment variables and exit codes, at the end of every command's help. */
export function environmentHelp(lang: Lang): string {
  return say(lang, "help.footer");
}

/** The topics of `jjj help <topic>`: each one's summary and text. */
export const HELP_TOPICS = {
  "exit-codes": { summary: "help.topicSummary.exit-codes", text: "help.topic.exit-codes" },
  environment: { summary: "help.topicSummary.environment", text: "help.topic.environment" },
  formatting: { summary: "help.topicSummary.formatting", text: "help.topic.formatting" },
} as const;

export type HelpTopic = keyof typeof HELP_TOPICS;

export function isHelpTopic(name: string): name is HelpTopic {
  return Object.hasOwn(HELP_TOPICS, name);
}
