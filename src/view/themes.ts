/** themes and the overview: results → JSON records and views. */
import type { ThemeRecord } from "../contract/themes.js";
import type { Dataset } from "../dataset/load.js";
import type { Theme } from "../dataset/schema.js";
import { t } from "../i18n/messages.js";
import type { ViewContext } from "./common.js";
import { cell, type TableView } from "./types.js";

export function factCounts(dataset: Dataset): Map<string, number> {
  const counts = new Map<string, number>();
  for (const f of dataset.facts) counts.set(f.theme, (counts.get(f.theme) ?? 0) + 1);
  return counts;
}

/** The JSON contract of one theme. */
export function themeRecord(theme: Theme, counts: Map<string, number>): ThemeRecord {
  return {
    id: theme.id,
    order: theme.order,
    name: theme.name,
    summary: theme.summary,
    heading: theme.heading ?? null,
    facts: counts.get(theme.id) ?? 0,
  };
}

export function themesTable(ctx: ViewContext): TableView {
  const { lang, dataset } = ctx;
  const counts = factCounts(dataset);
  const other = lang === "zh" ? "en" : "zh";
  return {
    columns: [
      { header: t("theme", lang), prose: true },
      { header: other === "en" ? "English" : "中文", prose: true },
      { header: t("facts", lang), align: "right" },
      { header: t("summary", lang), prose: true },
    ],
    rows: dataset.themes.map((th) => [
      { text: `${th.order}  ${th.name[lang]}`, tone: "strong" as const, sub: `   ${th.id}` },
      cell(th.name[other]),
      cell(String(counts.get(th.id) ?? 0)),
      cell(th.summary[lang]),
    ]),
    stackable: true,
    notes: [],
    empty: t("noRows", lang),
  };
}
