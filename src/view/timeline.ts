/** timeline: entries → JSON records and a table view. */
import type { TimelineRecord } from "../contract/timeline.js";
import { say } from "../core/messages/index.js";
import { unitLabel, unitScale } from "../dataset/units.js";
import type { TimelineEntry } from "../query/timeline.js";
import { unitScale as displayScale, formatDate, formatScaled } from "../render/format.js";
import { hiddenNote, layerTag, locator, locatorJson, placeName, placeRef, type ViewContext } from "./common.js";
import { isAsOf } from "./compare.js";
import { cell, type TableView } from "./types.js";

/** The JSON contract of one timeline entry. */
export function timelineRecord(ctx: ViewContext, e: TimelineEntry): TimelineRecord {
  // One literal, not a shared part spread into two: see fromValue in query/points.ts.
  const { fact } = e;
  const value = e.kind === "value" ? e.value : undefined;
  const quantity = e.kind === "value" ? e.fact : undefined;
  const source = e.kind === "value" ? e.value.source : e.fact.source;
  const dated = e.kind === "value" ? e.value : e.fact;
  return {
    date: e.date,
    approximate: e.approximate,
    yearInferred: dated.yearInferred === true,
    yearNote: dated.yearNote ?? null,
    asOf: isAsOf(dated),
    id: fact.id,
    kind: e.kind,
    theme: fact.theme,
    layer: fact.layer,
    label: fact.label,
    value: value?.value ?? null,
    unit: quantity?.unit ?? null,
    unitLabel: quantity ? unitLabel(quantity.unit, quantity.counter) : null,
    unitFactor: quantity ? unitScale(quantity.unit).unitFactor : null,
    baseUnit: quantity ? unitScale(quantity.unit).baseUnit : null,
    qualifier: value?.qualifier ?? null,
    stated: value?.stated ?? null,
    place: placeRef(ctx, value?.place ?? fact.place),
    source: locatorJson(ctx, source),
  };
}

export function timelineTable(ctx: ViewContext, entries: TimelineEntry[]): TableView {
  const { lang } = ctx;
  let inferred = false;
  const rows = entries.map((e) => {
    const dated = e.kind === "value" ? e.value : e.fact;
    const mark = dated.yearInferred || isAsOf(dated) ? "‡" : "";
    if (mark) inferred = true;
    const when = cell(`${formatDate(e.date, lang, e.approximate)}${mark}`, e.kind === "event" ? "accent" : undefined);
    if (e.kind === "event") {
      return [
        when,
        cell(e.fact.label[lang], "strong"),
        cell(""),
        cell(say(lang, "word.kindEvent"), "muted"),
        cell(e.fact.id),
        cell(locator(ctx, e.fact.source), "muted"),
      ];
    }
    const v = e.value;
    const scale = displayScale(e.fact.unit, lang, e.fact.counter, [v.value]);
    const place = v.place ? ` · ${placeName(ctx, v.place)?.[lang] ?? v.place}` : "";
    return [
      when,
      cell(`${e.fact.label[lang]}${place}`),
      cell(formatScaled(v.value, scale, lang, { qualifier: v.qualifier })),
      cell(scale.unit, "muted"),
      cell(e.fact.id),
      cell(layerTag(e.fact.layer, lang) || locator(ctx, v.source), "muted"),
    ];
  });
  return {
    title: say(lang, "view.timelineTitle"),
    columns: [
      { header: say(lang, "word.when"), nowrap: true },
      { header: say(lang, "view.eventOrFigure"), prose: true },
      { header: say(lang, "word.value"), align: "right", nowrap: true },
      { header: say(lang, "word.unit"), prose: true },
      { header: say(lang, "word.id"), optional: true },
      { header: say(lang, "word.source"), optional: true },
    ],
    rows,
    stackable: true,
    hiddenNote: hiddenNote(lang),
    notes: inferred ? [say(lang, "view.noteInferredShort")] : [],
    source: say(lang, "view.sourceShort"),
    empty: say(lang, "note.noRows"),
  };
}
