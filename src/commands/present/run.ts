import type { Context } from "../../cli/context.js";
import { emitText } from "../../cli/emit.js";
import { EXIT, Stopped, usageError } from "../../core/errors.js";
import { msg } from "../../core/messages/index.js";
import { buildDeck } from "../../present/deck.js";
import { renderDeckText } from "../../present/render.js";
import { findTheme } from "../../query/lookup.js";

export interface PresentRunOptions {
  theme?: string;
  auto?: number;
  export?: "md";
}

export async function run(ctx: Context, opts: PresentRunOptions): Promise<void> {
  if (ctx.format !== "table" || ctx.fields) {
    throw usageError(msg("present.noFormat"), msg("present.noFormatHint"));
  }
  if (opts.theme !== undefined) findTheme(ctx.dataset, opts.theme);
  const look = { paint: ctx.chalk, ascii: ctx.ascii };
  if (opts.export === "md") {
    const { deckMarkdown } = await import("../../present/markdown.js");
    emitText(ctx, deckMarkdown(buildDeck(ctx, { theme: opts.theme })));
    return;
  }
  // A dumb terminal cannot switch screens or move the cursor: it gets the plain text too.
  const term = ctx.io.env.TERM === "dumb" ? undefined : ctx.io.terminal?.();
  if (!term) {
    // Off a terminal: every slide, in order, as plain text; never a control sequence.
    emitText(ctx, renderDeckText(buildDeck(ctx, { theme: opts.theme }).slides, ctx.width, look));
    return;
  }
  const { buildDecks } = await import("../../present/deck.js");
  const { runShow } = await import("../../present/driver.js");
  const outcome = await runShow(term, {
    decks: buildDecks(ctx.dataset, { theme: opts.theme }),
    lang: ctx.lang,
    look,
    auto: opts.auto,
  });
  if (outcome === "interrupt") throw new Stopped(EXIT.interrupted);
  if (outcome === "terminate") throw new Stopped(EXIT.terminated);
  if (outcome === "hangup") throw new Stopped(EXIT.hangup);
  if (outcome === "quit-signal") throw new Stopped(EXIT.quit);
}
