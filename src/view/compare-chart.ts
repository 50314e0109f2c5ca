/** compare --chart: each quantity's two ends as a pair of bars, each pair drawn to its own scale from zero. */

import { sayer } from "../core/messages/index.js";
import { UNITS } from "../dataset/units.js";
import { maxOf } from "../lib/extremes.js";
import type { CompareEnd, CompareRow } from "../query/compare.js";
import { barEighths } from "../query/plot.js";
import { formatPercent, formatPoints, formatScaled, qualifierSign, unitScale } from "../render/format.js";
import { displayWidth } from "../render/width.js";
import type { BarChartView, BarGroupView, BarView } from "./chart.js";
import { barWidthFor, sourcesOf } from "./chart.js";
import { layerTag, type ViewContext } from "./common.js";
import { compareTable } from "./compare.js";
import type { Tone } from "./types.js";

export function compareChartView(
  ctx: ViewContext,
  rows: readonly CompareRow[],
  opts: { from: number; to: number; width: number },
): BarChartView {
  const { lang } = ctx;
  const say = sayer(lang);
  const prepared = rows.map((row) => {
    const ends = [row.from?.point.value, row.to?.point.value].filter((v): v is number => v !== undefined);
    const scale = unitScale(row.fact.unit, lang, row.fact.counter, ends);
    const text = (e: CompareEnd) =>
      `${formatScaled(e.point.value, scale, lang, { qualifier: e.point.qualifier })}${e.point.derived ? "*" : ""}`;
    const ends2 = [row.from, row.to].filter((e): e is CompareEnd => e !== null);
    return { row, scale, ends: ends2.map((e) => ({ e, label: String(e.point.year), value: text(e) })) };
  });
  const all = prepared.flatMap((p) => p.ends);
  const labelWidth = maxOf(
    all.map((x) => displayWidth(x.label)),
    4,
  );
  const valueWidth = maxOf(
    all.map((x) => displayWidth(x.value)),
    0,
  );
  const barWidth = barWidthFor(opts.width, labelWidth, valueWidth);
  const groups: BarGroupView[] = prepared.map(({ row, scale, ends }, style) => {
    const c = row.change;
    const bound = qualifierSign(c.bound);
    const rel = c.relative !== null ? `${bound}${formatPercent(c.relative)}` : "";
    const pp =
      UNITS[row.fact.unit].share && c.percentagePoints !== null
        ? `${bound}${formatPoints(c.percentagePoints, lang)}`
        : "";
    const change = pp && rel ? say("chart.compare.change", { points: pp, relative: rel }) : pp || rel;
    const parts = [change, row.direction ? say(`direction.${row.direction}`) : ""].filter(Boolean);
    const unit = UNITS[row.fact.unit].share ? "%" : scale.unit;
    const layer = layerTag(row.fact.layer, lang);
    const locs = [row.from?.point.source, row.to?.point.source, c.stated?.source].filter((l) => l !== undefined);
    const sub = [parts.join(say("chart.sep.clauses")), unit, layer, sourcesOf(ctx, locs)].filter(Boolean).join(" · ");
    const max = Math.max(0, ...ends.map((x) => Math.abs(x.e.point.value)));
    const good = row.direction === "improved" ? "good" : row.direction === "worsened" ? "bad" : undefined;
    const bars: BarView[] = ends.map((x) => {
      const tone: Tone | undefined = x.e.point.derived ? "derived" : x.e === row.to ? good : "muted";
      return {
        label: x.label,
        eighths: barEighths(x.e.point.value, max, barWidth),
        value: x.value,
        ...(tone ? { tone } : {}),
      };
    });
    return {
      title: row.fact.label[lang],
      sub,
      ...(ends.length ? {} : { empty: say("chart.compare.onlyChange") }),
      style,
      bars,
    };
  });
  const table = compareTable(ctx, [...rows], opts.from, opts.to);
  const more = [...table.notes, ...(table.source ? [table.source] : [])];
  return {
    title: table.title ?? "",
    labelWidth,
    barWidth,
    groups,
    notes: [say("chart.compare.scales"), ...more],
    // Short of room: how to read the bars, and where the other notes are.
    ...(more.length ? { noteSummary: say("chart.compare.summary", { n: more.length }) } : {}),
  };
}
