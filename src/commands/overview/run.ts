import type { Context } from "../../cli/context.js";
import { emitDocument } from "../../cli/emit.js";
import { usageError } from "../../core/errors.js";
import { msg } from "../../core/messages/index.js";
import { echo } from "../../core/text.js";
import { suggest } from "../../query/lookup.js";
import { asciiText } from "../../render/glyphs.js";
import { overviewRecord, overviewText } from "../../view/overview.js";

export function unknownCommand(word: string, commands: readonly string[]): never {
  const close = suggest(word, commands, 2);
  const list = close.map((c) => `"${c}"`).join(", ");
  throw usageError(
    msg("view.unknownCommand", { word: echo(word) }),
    close.length ? msg("view.unknownCommandHint", { list }) : msg("view.seeHelp"),
  );
}

export function run(ctx: Context): Promise<void> {
  return emitDocument(ctx, overviewRecord(ctx), () => {
    const text = overviewText(ctx, ctx.chalk, ctx.width);
    return ctx.ascii ? asciiText(text) : text;
  });
}
