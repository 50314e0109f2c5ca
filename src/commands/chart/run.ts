import type { Context } from "../../cli/context.js";
import { emitJson, emitListing, emitText } from "../../cli/emit.js";
import { usageError } from "../../core/errors.js";
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
  lineChartView,
  MAX_SERIES,
} from "../../view/chart.js";

export interface ChartRunOptions {
  bars?: boolean;
  index?: boolean;
  height: number;
}

function say(ctx: Context, zh: string, en: string): string {
  return ctx.lang === "zh" ? zh : en;
}

const LIST_HINT = { zh: "`jjj chart` 列出可以画图的事实", en: "`jjj chart` lists what can be charted" };

/** The fact an id names, forgiving case and punctuation; a usage error otherwise. */
function resolve(ctx: Context, id: string): QuantityFact {
  const m = matchFact(ctx.dataset, id);
  if ("fact" in m) {
    if (m.fact.kind === "quantity") return m.fact;
    throw usageError(
      say(
        ctx,
        `“${id}”是一个事件，不是数量，没有可画的数值`,
        `"${id}" is a dated event, not a quantity: there is nothing to chart`,
      ),
      say(
        ctx,
        `\`jjj show ${m.fact.id}\` 查看它；${LIST_HINT.zh}`,
        `\`jjj show ${m.fact.id}\` shows it; ${LIST_HINT.en}`,
      ),
    );
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
    say(ctx, `未知的事实编号“${id}”`, `unknown fact id "${id}"`),
    close.length
      ? say(ctx, `是不是 ${list}？（${LIST_HINT.zh}）`, `did you mean ${list}? (${LIST_HINT.en})`)
      : say(ctx, LIST_HINT.zh, LIST_HINT.en),
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
    throw usageError(
      say(
        ctx,
        `\`jjj chart <id>\` 画图，或用 --json 输出所画的数据：--format ${ctx.format} 不适用`,
        `\`jjj chart <id>\` draws a chart, or prints its plotted data with --json: --format ${ctx.format} does not apply`,
      ),
      say(
        ctx,
        "用 --json；每个数值一行的表格用 jjj export --format csv",
        "use --json; for one row per value, use jjj export --format csv",
      ),
    );
  }
  if (ctx.fields) {
    throw usageError(
      say(ctx, "--fields 不适用于图表", "--fields does not apply to a chart"),
      say(
        ctx,
        "去掉 --fields；不带编号的 jjj chart 列出可画的事实，可以选字段",
        "leave it out; `jjj chart` without an id lists what can be charted, and takes --fields",
      ),
    );
  }
}

export async function run(ctx: Context, ids: readonly string[], opts: ChartRunOptions): Promise<void> {
  if (!ids.length) return list(ctx);
  checkDrawingFormat(ctx);
  const requested = ids.map((id) => resolve(ctx, id));
  const { facts, left } = chartFacts(ctx.dataset, requested);
  if (facts.length > MAX_SERIES) {
    throw usageError(
      say(
        ctx,
        `一张图最多画 ${MAX_SERIES} 个序列，这里有 ${facts.length} 个`,
        `one chart can show at most ${MAX_SERIES} series; these ids make ${facts.length}`,
      ),
      say(
        ctx,
        "少给几个编号，或加 --article-only 只画文章的数字",
        "give fewer ids, or add --article-only to leave out the official series",
      ),
    );
  }
  const check = commonUnit(facts);
  const unit = "unit" in check ? check.unit : (facts[0] as ChartFact).fact.unit;
  if ("conflict" in check && !opts.index) {
    const [a, b] = check.conflict;
    const fa = facts.find((f) => f.fact.unit === a)?.fact as QuantityFact;
    const fb = facts.find((f) => f.fact.unit === b)?.fact as QuantityFact;
    throw usageError(
      say(
        ctx,
        `单位不同，不能共用一根纵轴：${fa.id}（${unitName(ctx, fa)}）与 ${fb.id}（${unitName(ctx, fb)}）`,
        `different units cannot share one axis: ${fa.id} (${unitName(ctx, fa)}) and ${fb.id} (${unitName(ctx, fb)})`,
      ),
      say(
        ctx,
        "加 --index 把每个序列换算为首年 = 100，或分别画图",
        "add --index to rescale each series to its first year = 100, or chart them one at a time",
      ),
    );
  }
  const indexed = opts.index === true;
  if (opts.bars) return bars(ctx, facts, unit, indexed, left);
  let series = lineSeries(facts, unit);
  if (series.every((s) => s.points.length === 0)) {
    const canBar = facts.some((f) => chartability(f.fact).values > 0);
    throw usageError(
      say(
        ctx,
        `“${ids.join(" ")}”没有逐年数值，画不成折线`,
        `"${ids.join(" ")}" has no yearly figures to draw as a line`,
      ),
      canBar
        ? say(ctx, `试试 \`jjj chart ${ids.join(" ")} --bars\``, `try \`jjj chart ${ids.join(" ")} --bars\``)
        : say(ctx, LIST_HINT.zh, LIST_HINT.en),
    );
  }
  if (indexed) {
    const bad = indexProblem(series);
    if (bad) {
      throw usageError(
        say(
          ctx,
          `无法把 ${bad.fact.id} 换算为指数：首个数值为 ${bad.points[0]?.value}`,
          `cannot index ${bad.fact.id}: its first value is ${bad.points[0]?.value}`,
        ),
        say(ctx, "去掉 --index", "chart it without --index"),
      );
    }
    series = indexSeries(series);
  }
  if (ctx.json) return emitJson(ctx, lineChartRecords(ctx, series, unit, indexed));
  const view = lineChartView(ctx, series, { width: ctx.width, height: opts.height, unit, indexed, left });
  const { renderLineChart } = await import("../../render/chart.js");
  emitText(ctx, renderLineChart(view, { chalk: ctx.chalk, width: ctx.width, ascii: ctx.ascii }));
}

async function bars(
  ctx: Context,
  facts: ChartFact[],
  unit: QuantityFact["unit"],
  indexed: boolean,
  left: QuantityFact[],
): Promise<void> {
  let groups = barGroups(facts, unit);
  if (groups.every((g) => g.bars.length === 0)) {
    throw usageError(
      say(ctx, "这些事实没有可画的数值", "these facts have no figures to draw"),
      say(ctx, LIST_HINT.zh, LIST_HINT.en),
    );
  }
  if (indexed) groups = indexBarGroups(groups);
  if (ctx.json) return emitJson(ctx, barChartRecords(ctx, groups, unit, indexed));
  const view = barChartView(ctx, groups, { width: ctx.width, unit, indexed, left });
  const { renderBarChart } = await import("../../render/bars.js");
  emitText(ctx, renderBarChart(view, { chalk: ctx.chalk, width: ctx.width, ascii: ctx.ascii }));
}
