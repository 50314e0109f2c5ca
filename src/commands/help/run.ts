import type { Context } from "../../cli/context.js";
import { emitText } from "../../cli/emit.js";
import { HELP_TOPICS, isHelpTopic } from "../../cli/help-text.js";
import { say } from "../../core/messages/index.js";
import { unknownName } from "../../query/lookup.js";

/** A help topic's text, or a usage error naming the commands and topics there are. */
export function run(ctx: Context, topic: string, commands: readonly string[]): void {
  if (isHelpTopic(topic)) {
    emitText(ctx, say(ctx.lang, HELP_TOPICS[topic].text));
    return;
  }
  unknownName(topic, [...commands, ...Object.keys(HELP_TOPICS)], "helpTopic", "jjj help");
}
