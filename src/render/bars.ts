/**
 * A bar chart view → text: labels, bars of full and partial blocks, values. Lengths come with the
 * view. Given the rows it may fill, the chart takes the first of three layouts that fits: the full
 * one, one without blank lines (a group's source beside its title), and one with each group's
 * title left of its bars.
 */
import type { Paint } from "../core/color.js";
import type { BarChartView, BarGroupView, BarView } from "../view/chart.js";
import { type NotesMode, shortNotes } from "./chart.js";
import { barText, type Glyphs, glyphs, seriesPaint } from "./glyphs.js";
import { paint } from "./table.js";
import { padEnd, shorten, wrapText } from "./text.js";
import { displayWidth } from "./width.js";

export interface BarRenderContext {
  chalk: Paint;
  width: number;
  ascii: boolean;
  /** Rows the whole chart may fill (a terminal's); none: as long as it takes. */
  height?: number;
  /** Notes in full, or in at most two lines; unless told, short only when fitted to a height. */
  notes?: NotesMode;
}

type Layout = "full" | "tight" | "columns";

interface Look {
  chalk: Paint;
  g: Glyphs;
}

function barLine(look: Look, view: BarChartView, group: BarGroupView, bar: BarView, scale = 1): string {
  const { chalk, g } = look;
  const body = barText(g, Math.round(bar.eighths * scale));
  const painted = bar.tone ? paint(chalk, body, bar.tone) : seriesPaint(chalk, group.style)(body);
  const value = bar.tone === "derived" ? chalk.yellow(bar.value) : bar.value;
  return `${padEnd(bar.label, view.labelWidth)} ${painted} ${value}`.trimEnd();
}

function draw(view: BarChartView, ctx: BarRenderContext, layout: Layout): string[] {
  const { chalk } = ctx;
  const look = { chalk, g: glyphs(ctx.ascii) };
  const out: string[] = [];
  for (const line of wrapText(view.title, ctx.width)) out.push(chalk.bold(line));
  if (view.unit) out.push(chalk.dim(view.unit));
  // Left of the bars in the columns layout: the widest title, at most two fifths of the width.
  const titles = view.groups.map((g) => displayWidth(g.title ?? ""));
  const left = Math.min(Math.max(0, ...titles), Math.floor((ctx.width * 2) / 5));
  const barsAt = left ? left + 2 : 2;
  const scale = layout === "columns" ? Math.max(4, view.barWidth - (barsAt - 2)) / view.barWidth : 1;
  for (const group of view.groups) {
    const bars = group.bars.map((b) => barLine(look, view, group, b, scale));
    if (group.empty) {
      const room = layout === "columns" ? ctx.width - barsAt : ctx.width - 2;
      bars.push(chalk.dim(shorten(group.empty, room)));
    }
    if (layout === "full") {
      out.push("");
      if (group.title) for (const line of wrapText(group.title, ctx.width)) out.push(chalk.bold(line));
      if (group.sub) for (const line of wrapText(group.sub, ctx.width, "  ")) out.push(chalk.dim(line));
      for (const line of bars) out.push(`  ${line}`);
    } else if (layout === "tight") {
      const head = [group.title, group.sub].filter(Boolean).join(" · ");
      const line = shorten(head, ctx.width);
      const title = group.title ? shorten(group.title, ctx.width) : "";
      out.push(
        title && line.startsWith(title)
          ? `${chalk.bold(title)}${chalk.dim(line.slice(title.length))}`
          : chalk.dim(line),
      );
      for (const line of bars) out.push(`  ${line}`);
    } else {
      const heads = [
        group.title ? chalk.bold(padEnd(shorten(group.title, left), left)) : " ".repeat(left),
        chalk.dim(padEnd(shorten(group.sub ?? "", left), left)),
      ];
      const rows = Math.max(heads.length, bars.length);
      for (let i = 0; i < rows; i++) out.push(`${heads[i] ?? " ".repeat(left)}  ${bars[i] ?? ""}`.trimEnd());
    }
  }
  if (layout === "full" && view.notes.length) out.push("");
  const mode = ctx.notes ?? (ctx.height === undefined ? "all" : "short");
  const notes =
    mode === "none"
      ? []
      : mode === "all"
        ? view.notes.flatMap((n) => wrapText(n, ctx.width, "  "))
        : shortNotes(view.notes, view.noteSummary, ctx.width);
  for (const line of notes) out.push(chalk.dim(line));
  return out;
}

export function renderBarChart(view: BarChartView, ctx: BarRenderContext): string {
  const layouts: Layout[] = ctx.height === undefined ? ["full"] : ["full", "tight", "columns"];
  let out: string[] = [];
  for (const layout of layouts) {
    out = draw(view, ctx, layout);
    if (ctx.height === undefined || out.length <= ctx.height) break;
  }
  return `${out.join("\n")}\n`;
}
