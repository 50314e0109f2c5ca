/** Sparklines of a fact's yearly series, for the facts and compare tables. */
import type { QuantityFact } from "../dataset/schema.js";
import { sparkLevels } from "../query/plot.js";
import { seriesPoints } from "../query/points.js";
import { glyphs, sparkline } from "../render/glyphs.js";
import type { ViewContext } from "./common.js";

/**
 * A sparkline of a fact's yearly series (stated and derived points), one mark a year, a space for a
 * year without a figure; only for series of three points or more.
 */
export function factSparkline(ctx: ViewContext, fact: QuantityFact, from?: number, to?: number): string | undefined {
  const series = seriesPoints(fact)
    .filter((p) => (from === undefined || (p.year as number) >= from) && (to === undefined || (p.year as number) <= to))
    .map((p) => ({ year: p.year as number, plotted: p.value }));
  if (new Set(series.map((p) => p.year)).size < 3) return undefined;
  return sparkline(glyphs(ctx.ascii === true), sparkLevels(series));
}
