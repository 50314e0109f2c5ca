/** A bar chart view → text: labels, bars of full and partial blocks, values. Lengths come with the view. */
import type { Paint } from "../core/color.js";
import type { BarChartView } from "../view/chart.js";
import { barText, glyphs, seriesPaint } from "./glyphs.js";
import { paint } from "./table.js";
import { padEnd, wrapText } from "./text.js";

export interface BarRenderContext {
  chalk: Paint;
  width: number;
  ascii: boolean;
}

export function renderBarChart(view: BarChartView, ctx: BarRenderContext): string {
  const { chalk } = ctx;
  const g = glyphs(ctx.ascii);
  const out: string[] = [];
  for (const line of wrapText(view.title, ctx.width)) out.push(chalk.bold(line));
  if (view.unit) out.push(chalk.dim(view.unit));
  for (const group of view.groups) {
    out.push("");
    if (group.title) {
      const head = wrapText(group.title, ctx.width);
      for (const line of head) out.push(chalk.bold(line));
    }
    if (group.sub) for (const line of wrapText(group.sub, ctx.width, "  ")) out.push(chalk.dim(line));
    if (group.empty) out.push(chalk.dim(`  ${group.empty}`));
    const colour = seriesPaint(chalk, group.style);
    for (const bar of group.bars) {
      const body = barText(g, bar.eighths);
      const painted = bar.tone ? paint(chalk, body, bar.tone) : colour(body);
      const value = bar.tone === "derived" ? chalk.yellow(bar.value) : bar.value;
      out.push(`  ${padEnd(bar.label, view.labelWidth)} ${painted} ${value}`.trimEnd());
    }
  }
  if (view.notes.length) out.push("");
  for (const note of view.notes) for (const line of wrapText(note, ctx.width, "  ")) out.push(chalk.dim(line));
  return `${out.join("\n")}\n`;
}
