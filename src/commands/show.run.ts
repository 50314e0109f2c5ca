import type { Context } from "../cli/context.js";
import { emitJson, emitText } from "../cli/emit.js";
import { findFact } from "../query/lookup.js";
import { factRecord } from "../view/facts.js";
import { showText } from "../view/show.js";

export function run(ctx: Context, id: string): void {
  const fact = findFact(ctx.dataset, id);
  if (ctx.json) emitJson(ctx, factRecord(ctx, fact));
  else emitText(ctx, showText(ctx, fact, ctx.chalk, ctx.width));
}
