/** timeline: entries → JSON records and a table view. */
import type { TimelineRecord } from "../contract/timeline.js";
import { unitLabel } from "../dataset/units.js";
import { t } from "../i18n/messages.js";
import type { TimelineEntry } from "../query/timeline.js";
import { formatDate, formatValue } from "../render/format.js";
import { layerTag, locator, locatorJson, placeName, placeRef, themeName, type ViewContext } from "./common.js";
import { cell, type TableView } from "./types.js";

/** The JSON contract of one timeline entry. */
export function timelineRecord(ctx: ViewContext, e: TimelineEntry): TimelineRecord {
  // One literal, not a shared part spread into two: see fromValue in query/points.ts.
  const { fact } = e;
  const value = e.kind === "value" ? e.value : undefined;
  const quantity = e.kind === "value" ? e.fact : undefined;
  const source = e.kind === "value" ? e.value.source : e.fact.source;
  return {
    date: e.date,
    approximate: e.approximate,
    id: fact.id,
    kind: e.kind,
    theme: fact.theme,
    layer: fact.layer,
    label: fact.label,
    value: value?.value ?? null,
    unit: quantity?.unit ?? null,
    unitLabel: quantity ? unitLabel(quantity.unit, quantity.counter) : null,
    qualifier: value?.qualifier ?? null,
    stated: value?.stated ?? null,
    place: placeRef(ctx, value?.place ?? fact.place),
    source: locatorJson(ctx, source),
  };
}

export function timelineTable(ctx: ViewContext, entries: TimelineEntry[]): TableView {
  const { lang } = ctx;
  return {
    title: lang === "zh" ? "时间线" : "Timeline",
    columns: [
      { header: t("when", lang), nowrap: true },
      { header: lang === "zh" ? "事件或数值" : "Event or figure", prose: true },
      { header: t("source", lang) },
    ],
    rows: entries.map((e) => {
      const when = formatDate(e.date, lang, e.approximate);
      if (e.kind === "event") {
        return [
          cell(when, "accent"),
          { text: e.fact.label[lang], tone: "strong" as const, sub: `${e.fact.id} · ${themeName(ctx, e.fact.theme)}` },
          cell(locator(ctx, e.fact.source), "muted"),
        ];
      }
      const v = e.value;
      const value = formatValue(v.value, e.fact.unit, lang, { counter: e.fact.counter, qualifier: v.qualifier });
      const place = v.place ? ` · ${placeName(ctx, v.place)?.[lang] ?? v.place}` : "";
      return [
        cell(when),
        {
          text: `${e.fact.label[lang]}${place}: ${value}`,
          sub: [e.fact.id, themeName(ctx, e.fact.theme), layerTag(e.fact.layer, lang)].filter(Boolean).join(" · "),
        },
        cell(locator(ctx, v.source), "muted"),
      ];
    }),
    notes: [],
    source: t("sourceLine", lang),
    empty: t("noRows", lang),
  };
}
