import { type Context, DEFAULT_HEIGHT } from "../../cli/context.js";
import { emitJson, emitListing, emitText } from "../../cli/emit.js";
import { usageError } from "../../core/errors.js";
import { msg } from "../../core/messages/index.js";
import type { QuantityFact } from "../../dataset/schema.js";
import { unitLabel } from "../../dataset/units.js";
import {
  barGroups,
  type ChartFact,
  chartability,
  chartFacts,
  commonUnit,
  indexBarGroups,
  indexProblem,
  indexSeries,
  lineSeries,
  matchFact,
} from "../../query/chart.js";
import { suggest } from "../../query/lookup.js";
import {
  barChartRecords,
  barChartView,
  chartableRecord,
  chartableTable,
  lineChartRecords,
  MAX_SERIES,
} from "../../view/chart.js";

export interface ChartRunOptions {
  bars?: boolean;
  index?: boolean;
  /** Rows of the plot, as asked; otherwise the chart fits the terminal (or DEFAULT_HEIGHT rows in a pipe). */
  height?: number;
  /** Every note in full, rather than at most two lines. */
  notes?: boolean;
  /** The global option, named again in the command that prints every note. */
  articleOnly?: boolean;
}

/** The fact an id names, forgiving case and punctuation; a usage error otherwise. */
function resolve(ctx: Context, id: string): QuantityFact {
  const m = matchFact(ctx.dataset, id);
  if ("fact" in m) {
    if (m.fact.kind === "quantity") return m.fact;
    throw usageError(msg("chart.error.event", { id }), msg("chart.hint.event", { id: m.fact.id }));
  }
  const close = m.candidates.length
    ? m.candidates.slice(0, 5)
    : suggest(
        id,
        ctx.dataset.facts.map((f) => f.id),
        3,
      );
  const list = close.map((c) => `"${c}"`).join(", ");
  throw usageError(
    msg("chart.error.unknown", { id }),
    close.length ? msg("chart.hint.didYouMean", { list }) : msg("chart.hint.list"),
  );
}

function unitName(ctx: Context, fact: QuantityFact): string {
  return unitLabel(fact.unit, fact.counter)[ctx.lang];
}

function list(ctx: Context): Promise<void> {
  const facts = ctx.dataset.facts.filter((f) => {
    const c = chartability(f);
    return c.line || c.bars;
  });
  return emitListing(
    ctx,
    facts.map((f) => chartableRecord(f)),
    () => chartableTable(ctx, facts),
    { contract: "chart-list" },
  );
}

/**
 * A drawn chart is a picture (table format) or its plotted data as JSON: a flat format or
 * --fields would otherwise be ignored without a word.
 */
function checkDrawingFormat(ctx: Context): void {
  if (ctx.format !== "table" && ctx.format !== "json") {
    throw usageError(msg("chart.error.format", { format: ctx.format }), msg("chart.hint.format"));
  }
  if (ctx.fields) throw usageError(msg("chart.error.fields"), msg("chart.hint.fields"));
}

/** The rows a chart may fill: the terminal's, less one for the prompt that follows; none in a pipe. */
export function windowRows(ctx: Context): number | undefined {
  const rows = ctx.io.isTTY ? ctx.io.rows : undefined;
  return rows && rows > 1 ? rows - 1 : undefined;
}

/** The command line that prints every note of this chart. */
function notesCommand(ids: readonly string[], opts: ChartRunOptions): string {
  const flags = [opts.bars ? "--bars" : "", opts.index ? "--index" : "", opts.articleOnly ? "--article-only" : ""];
  return ["jjj chart", ...ids, ...flags, "--notes"].filter(Boolean).join(" ");
}

export async function run(ctx: Context, ids: readonly string[], opts: ChartRunOptions): Promise<void> {
  if (!ids.length) return list(ctx);
  checkDrawingFormat(ctx);
  const requested = ids.map((id) => resolve(ctx, id));
  const { facts, left } = chartFacts(ctx.dataset, requested);
  if (facts.length > MAX_SERIES) {
    throw usageError(msg("chart.error.tooMany", { max: MAX_SERIES, n: facts.length }), msg("chart.hint.tooMany"));
  }
  const check = commonUnit(facts);
  const unit = "unit" in check ? check.unit : (facts[0] as ChartFact).fact.unit;
  if ("conflict" in check && !opts.index) {
    const [a, b] = check.conflict;
    const fa = facts.find((f) => f.fact.unit === a)?.fact as QuantityFact;
    const fb = facts.find((f) => f.fact.unit === b)?.fact as QuantityFact;
    throw usageError(
      msg("chart.error.units", { a: fa.id, unitA: unitName(ctx, fa), b: fb.id, unitB: unitName(ctx, fb) }),
      msg("chart.hint.units"),
    );
  }
  const indexed = opts.index === true;
  const named = requested.map((f) => f.id);
  if (opts.bars) return bars(ctx, named, facts, unit, indexed, left, opts);
  let series = lineSeries(facts, unit);
  if (series.every((s) => s.points.length === 0)) {
    // No yearly figures, but values by place or category: those are drawn as bars.
    if (facts.some((f) => chartability(f.fact).bars))
      return bars(ctx, named, facts, unit, indexed, left, { ...opts, bars: true });
    throw usageError(msg("chart.error.noYearly", { ids: ids.join(" ") }), msg("chart.hint.list"));
  }
  if (indexed) {
    const bad = indexProblem(series);
    if (bad) {
      throw usageError(
        msg("chart.error.index", { id: bad.fact.id, value: String(bad.points[0]?.value) }),
        msg("chart.hint.index"),
      );
    }
    series = indexSeries(series);
  }
  if (ctx.json) return emitJson(ctx, lineChartRecords(ctx, series, unit, indexed));
  const { fitLineChart } = await import("../../render/chart.js");
  const rows = windowRows(ctx);
  const plotHeight = opts.height ?? (rows === undefined ? DEFAULT_HEIGHT : undefined);
  const text = fitLineChart(
    ctx,
    series,
    { width: ctx.width, height: rows ?? 0 },
    {
      unit,
      indexed,
      left,
      notesCommand: notesCommand(named, opts),
      chalk: ctx.chalk,
      ascii: ctx.ascii,
      notes: opts.notes ? "all" : "short",
      ...(plotHeight !== undefined ? { plotHeight } : {}),
    },
  );
  emitText(ctx, text);
}

async function bars(
  ctx: Context,
  ids: readonly string[],
  facts: ChartFact[],
  unit: QuantityFact["unit"],
  indexed: boolean,
  left: QuantityFact[],
  opts: ChartRunOptions,
): Promise<void> {
  let groups = barGroups(facts, unit);
  if (groups.every((g) => g.bars.length === 0)) {
    throw usageError(msg("chart.error.noFigures"), msg("chart.hint.list"));
  }
  if (indexed) groups = indexBarGroups(groups);
  if (ctx.json) return emitJson(ctx, barChartRecords(ctx, groups, unit, indexed));
  const view = barChartView(ctx, groups, {
    width: ctx.width,
    unit,
    indexed,
    left,
    notesCommand: notesCommand(ids, { ...opts, bars: true }),
  });
  const { renderBarChart } = await import("../../render/bars.js");
  const rows = windowRows(ctx);
  emitText(
    ctx,
    renderBarChart(view, {
      chalk: ctx.chalk,
      width: ctx.width,
      ascii: ctx.ascii,
      notes: opts.notes ? "all" : "short",
      ...(rows !== undefined ? { height: rows } : {}),
    }),
  );
}
