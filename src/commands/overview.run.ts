import type { Context } from "../cli/context.js";
import { emitDocument } from "../cli/emit.js";
import { usageError } from "../cli/errors.js";
import { suggest } from "../query/lookup.js";
import { overviewRecord, overviewText } from "../view/overview.js";

export function unknownCommand(word: string, commands: readonly string[]): never {
  const close = suggest(word, commands, 2);
  throw usageError(
    `unknown command "${word}"`,
    close.length
      ? `did you mean ${close.map((c) => `"${c}"`).join(", ")}? (see \`jjj --help\`)`
      : "see `jjj --help` for the commands",
  );
}

export function run(ctx: Context): Promise<void> {
  return emitDocument(ctx, overviewRecord(ctx), () => overviewText(ctx, ctx.chalk, ctx.width));
}
