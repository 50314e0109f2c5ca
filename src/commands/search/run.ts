import type { Context } from "../../cli/context.js";
import { emitListing, lazyRecords } from "../../cli/emit.js";
import { usageError } from "../../core/errors.js";
import { msg } from "../../core/messages/index.js";
import { echo } from "../../core/text.js";
import { findTheme } from "../../query/lookup.js";
import { search, searchTerms } from "../../query/search.js";
import { searchRecord, searchTable } from "../../view/search.js";

export function run(ctx: Context, query: string, opts: { theme?: string }): Promise<void> {
  const theme = opts.theme === undefined ? undefined : findTheme(ctx.dataset, opts.theme).id;
  if (searchTerms(query).length === 0) {
    throw usageError(msg("view.searchEmpty", { query: echo(query) }), msg("view.searchEmptyHint"));
  }
  const hits = search(ctx.dataset, query, { theme });
  return emitListing(ctx, lazyRecords(hits, searchRecord), () => searchTable(ctx, hits, query));
}
