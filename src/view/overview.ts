/** The one-screen overview printed by `jjj` alone. */

import type { OverviewDocument } from "../contract/overview.js";
import type { Paint } from "../core/color.js";
import { type MessageKey, say } from "../core/messages/index.js";
import { append } from "../lib/append.js";
import { maxOf } from "../lib/extremes.js";
import { headline } from "../query/compare.js";
import { formatHeadlineChange, formatValue, formatWhen } from "../render/format.js";
import { padEnd, wrapText } from "../render/text.js";
import type { ViewContext } from "./common.js";
import { compareRecord } from "./compare.js";
import { factCounts, themeRecord } from "./themes.js";

/** The headline figures: the story of 2014 → 2020 in four lines. */
export const HEADLINE_IDS = ["pm25", "tech-contracts-annual", "high-tech-share", "poverty-lifted-population"] as const;

function headlineRows(ctx: ViewContext) {
  return HEADLINE_IDS.flatMap((id) => {
    const fact = ctx.dataset.facts.find((f) => f.id === id);
    if (fact?.kind !== "quantity") return [];
    return [{ fact, row: headline(fact, { from: 2014, to: 2020 }) }];
  });
}

export function overviewRecord(ctx: ViewContext): OverviewDocument {
  const counts = factCounts(ctx.dataset);
  return {
    title: { zh: say("zh", "app.title"), en: say("en", "app.title") },
    themes: ctx.dataset.themes.map((th) => themeRecord(th, counts)),
    headlines: headlineRows(ctx).flatMap(({ row }) => (row ? [compareRecord(ctx, row)] : [])),
  };
}

export function overviewText(ctx: ViewContext, chalk: Paint, width: number): string {
  const { lang, dataset } = ctx;
  const out: string[] = [];
  append(
    out,
    wrapText(say(lang, "app.title"), width).map((l) => chalk.bold(l)),
  );
  append(
    out,
    wrapText(say(lang, "app.subtitle"), width).map((l) => chalk.dim(l)),
  );
  out.push("");
  out.push(chalk.bold(say(lang, "word.themes")));
  const counts = factCounts(dataset);
  const idWidth = maxOf(dataset.themes.map((th) => th.id.length));
  // Orders right-aligned: your own themes (--data) may number 10 and more.
  const orderWidth = maxOf(
    dataset.themes.map((th) => String(th.order).length),
    1,
  );
  for (const th of dataset.themes) {
    const order = String(th.order).padStart(orderWidth);
    const lead = `  ${order}  ${padEnd(th.id, idWidth)}  `;
    const [first = "", ...rest] = wrapText(
      `${lead}${th.name[lang]} (${counts.get(th.id) ?? 0})`,
      width,
      " ".repeat(lead.length),
    );
    out.push(`  ${chalk.dim(order)}  ${chalk.cyan(padEnd(th.id, idWidth))}  ${first.slice(lead.length)}`);
    append(out, rest);
  }
  out.push("");
  out.push(chalk.bold(say(lang, "word.headline")));
  for (const { fact, row } of headlineRows(ctx)) {
    const fmt = (v: number, q?: Parameters<typeof formatValue>[3]) =>
      formatValue(v, fact.unit, lang, { counter: fact.counter, ...q });
    let text: string;
    if (row?.from && row.to) {
      const f = row.from.point;
      const to = row.to.point;
      const change = formatHeadlineChange(row.change, lang);
      text = `${fmt(f.value, { qualifier: f.qualifier })}${f.derived ? "*" : ""} (${f.year}) → ${chalk.bold(fmt(to.value, { qualifier: to.qualifier }))} (${to.year})  ${change}`;
    } else if (row?.to) {
      const p = row.to.point;
      text = `${chalk.bold(fmt(p.value, { qualifier: p.qualifier }))} (${formatWhen(p, lang)})`;
    } else text = "";
    append(out, wrapText(`  ${fact.label[lang]}`, width, "  "));
    append(out, wrapText(`      ${text}`, width, "      "));
  }
  out.push(chalk.dim(`  ${say(lang, "view.derivedSeePm25")}`));
  out.push("");
  out.push(chalk.bold(say(lang, "word.tryNext")));
  const tries: [string, MessageKey][] = [
    ["jjj compare", "view.tryCompare"],
    ["jjj themes", "view.tryThemes"],
    ["jjj facts --theme ecology", "view.tryFacts"],
    ["jjj show pm25", "view.tryShow"],
    ["jjj chart pm25", "view.tryChart"],
    ["jjj compare --json", "view.tryJson"],
  ];
  for (const [cmd, key] of tries) {
    const [first = "", ...rest] = wrapText(
      `  ${padEnd(cmd, 28)}${say(lang, key as "view.tryJson")}`,
      width,
      " ".repeat(30),
    );
    out.push(`  ${chalk.cyan(cmd)}${first.slice(2 + cmd.length)}`, ...rest);
  }
  return `${out.join("\n")}\n`;
}
