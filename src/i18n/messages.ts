/** Transitional: the table words, now in the catalog (src/core/messages). */
import type { Lang } from "../core/lang.js";
import { type MessageKey, say } from "../core/messages/index.js";

const KEYS = {
  appTitle: "app.title",
  appSubtitle: "app.subtitle",
  themes: "word.themes",
  headline: "word.headline",
  tryNext: "word.tryNext",
  id: "word.id",
  theme: "word.theme",
  name: "word.name",
  facts: "word.facts",
  summary: "word.summary",
  quantity: "word.quantity",
  fact: "word.fact",
  value: "word.value",
  when: "word.when",
  place: "word.place",
  change: "word.change",
  relative: "word.relative",
  perYear: "word.perYear",
  trend: "word.trend",
  source: "word.source",
  unit: "word.unit",
  kindEvent: "word.kindEvent",
  improved: "direction.improved",
  worsened: "direction.worsened",
  unchanged: "direction.unchanged",
  up: "direction.up",
  down: "direction.down",
  derivedMark: "mark.derived",
  statedOnly: "note.statedOnly",
  sourceLine: "note.sourceLine",
  noRows: "note.noRows",
} as const satisfies Record<string, MessageKey>;

export type OldMessageKey = keyof typeof KEYS;

export function t(key: OldMessageKey, lang: Lang): string {
  return say(lang, KEYS[key] as "word.id");
}
