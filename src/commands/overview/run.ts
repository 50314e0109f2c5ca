import type { Context } from "../../cli/context.js";
import { emitDocument } from "../../cli/emit.js";
import { usageError } from "../../core/errors.js";
import { suggest } from "../../query/lookup.js";
import { overviewRecord, overviewText } from "../../view/overview.js";

export function unknownCommand(word: string, commands: readonly string[]): never {
  const close = suggest(word, commands, 2);
  const list = close.map((c) => `"${c}"`).join(", ");
  throw usageError(
    { zh: `未知命令 "${word}"`, en: `unknown command "${word}"` },
    close.length
      ? { zh: `是否想用 ${list}？（见 \`jjj --help\`）`, en: `did you mean ${list}? (see \`jjj --help\`)` }
      : { zh: "命令列表见 `jjj --help`", en: "see `jjj --help` for the commands" },
  );
}

export function run(ctx: Context): Promise<void> {
  return emitDocument(ctx, overviewRecord(ctx), () => overviewText(ctx, ctx.chalk, ctx.width));
}
