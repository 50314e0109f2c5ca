/** themes and the overview: results → JSON records and views. */
import type { ThemeRecord } from "../contract/themes.js";
import { say } from "../core/messages/index.js";
import type { Dataset } from "../dataset/load.js";
import type { Theme } from "../dataset/schema.js";
import type { ViewContext } from "./common.js";
import { hiddenNote } from "./common.js";
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
      { header: "§", align: "right" },
      { header: say(lang, "word.id"), nowrap: true },
      { header: say(lang, "word.theme"), prose: true },
      { header: say(lang, "word.facts"), align: "right" },
      { header: say(lang, "word.summary"), prose: true, optional: true },
      { header: say(lang, "view.otherLanguage"), prose: true, optional: true },
    ],
    rows: dataset.themes.map((th) => [
      cell(String(th.order), "muted"),
      cell(th.id, "accent"),
      cell(th.name[lang], "strong"),
      cell(String(counts.get(th.id) ?? 0)),
      cell(th.summary[lang]),
      cell(th.name[other]),
    ]),
    stackable: true,
    hiddenNote: hiddenNote(lang),
    notes: [say(lang, "view.themesNote")],
    empty: say(lang, "note.noRows"),
  };
}
