/** facts, show: results → JSON records, table and detail views. */
import type { FactRecord, PointRecord } from "../contract/facts.js";
import { say } from "../core/messages/index.js";
import type { Fact, QuantityFact } from "../dataset/schema.js";
import { unitLabel, unitScale } from "../dataset/units.js";
import { maxOf, minOf } from "../lib/extremes.js";
import { type Point, points } from "../query/points.js";
import { formatValue, formatWhen, QUALIFIER_TEXT } from "../render/format.js";
import { hiddenNote, locatorJson, placeName, placeRef, type ViewContext } from "./common.js";
import { isAsOf } from "./compare.js";
import { figureCells, latestPoints } from "./search.js";
import { factSparkline } from "./spark.js";
import { cell, type TableView } from "./types.js";

function pointJson(ctx: ViewContext, p: Point): PointRecord {
  return {
    year: p.year ?? null,
    date: p.date ?? null,
    period: p.period ?? null,
    asOfPublication: p.asOfPublication === true,
    approximate: p.approximate === true,
    yearInferred: p.yearInferred === true,
    asOf: isAsOf(p),
    yearNote: p.yearNote ?? null,
    value: p.value,
    qualifier: p.qualifier ?? null,
    stated: p.stated ?? null,
    place: p.place ? { id: p.place, ...(placeName(ctx, p.place) ?? { zh: p.place, en: p.place }) } : null,
    category: p.category ?? null,
    derived: p.derived !== undefined,
    formula: p.derived?.formula ?? null,
    interval: p.derived?.interval ?? null,
    source: locatorJson(ctx, p.source),
  };
}

/** The JSON contract of one fact, shared by `facts` and `show`. */
export function factRecord(ctx: ViewContext, fact: Fact): FactRecord {
  // One literal, each field of one kind null (or false, or empty) for the other: a shared part
  // spread into two literals is slow on Node 20 (see fromValue in query/points.ts).
  const event = fact.kind === "event" ? fact : undefined;
  const quantity = fact.kind === "quantity" ? fact : undefined;
  return {
    id: fact.id,
    kind: fact.kind,
    theme: fact.theme,
    layer: fact.layer,
    label: fact.label,
    explanation: fact.explanation,
    place: placeRef(ctx, fact.place),
    related: fact.related ?? [],
    date: event?.date ?? null,
    approximate: event?.approximate === true,
    yearInferred: event?.yearInferred === true,
    asOf: event ? isAsOf(event) : false,
    yearNote: event?.yearNote ?? null,
    unit: quantity?.unit ?? null,
    unitLabel: quantity ? unitLabel(quantity.unit, quantity.counter) : null,
    unitFactor: quantity ? unitScale(quantity.unit).unitFactor : null,
    baseUnit: quantity ? unitScale(quantity.unit).baseUnit : null,
    better: quantity?.better ?? null,
    values: quantity ? points(quantity).map((p) => pointJson(ctx, p)) : [],
    changes: (quantity?.changes ?? []).map((c) => ({
      from: c.from,
      to: c.to,
      percent: c.percent,
      qualifier: c.qualifier ?? null,
      stated: c.stated,
      yearInferred: c.yearInferred === true,
      yearNote: c.yearNote ?? null,
      source: locatorJson(ctx, c.source),
    })),
    source: event ? locatorJson(ctx, event.source) : null,
  };
}

/** A point's "when" with its breakdown: 2020, 北京, 四纵… */
export function pointWhen(ctx: ViewContext, p: Point): string {
  // A breakdown by place or category says more than "as published", which `show` still gives.
  const parts = [p.asOfPublication && (p.place || p.category) ? "" : formatWhen(p, ctx.lang)];
  const place = placeName(ctx, p.place);
  if (place) parts.push(place[ctx.lang]);
  if (p.category) parts.push(p.category[ctx.lang]);
  return parts.filter(Boolean).join(" · ");
}

export function pointValue(ctx: ViewContext, fact: QuantityFact, p: Point): string {
  return `${formatValue(p.value, fact.unit, ctx.lang, { counter: fact.counter, qualifier: p.qualifier })}${p.derived ? "*" : ""}${p.yearInferred ? " ‡" : ""}`;
}

export function changeText(ctx: ViewContext, fact: QuantityFact): string[] {
  return (fact.changes ?? []).map((c) => {
    const q = c.qualifier ? `${QUALIFIER_TEXT[c.qualifier][ctx.lang]} ` : "";
    const pct = `${Math.abs(c.percent)}%`;
    const params = { from: c.from, to: c.to, qualifier: q, percent: pct };
    return say(ctx.lang, c.percent < 0 ? "view.changeDown" : "view.changeUp", params);
  });
}

export function factsTable(ctx: ViewContext, facts: Fact[]): TableView {
  const { lang } = ctx;
  let derived = false;
  let inferred = false;
  const rows = facts.map((fact) => {
    const c = figureCells(ctx, fact);
    const ps = fact.kind === "quantity" ? points(fact) : [];
    // A note only for a mark a row carries: the figures shown are the latest stated ones.
    if (latestPoints(fact).some((p) => p.derived)) derived = true;
    if (fact.kind === "event" ? fact.yearInferred : latestPoints(fact).some((p) => p.yearInferred || isAsOf(p)))
      inferred = true;
    const years = ps.map((p) => p.year).filter((y): y is number => y !== undefined);
    // The yearly series as a sparkline after its span, where it has three years or more.
    const spark = fact.kind === "quantity" ? factSparkline(ctx, fact) : undefined;
    const span = spark
      ? `${minOf(years)}–${maxOf(years)} ${spark}`
      : years.length > 1 && minOf(years) !== maxOf(years)
        ? say(lang, "view.valuesSpan", { count: ps.length, from: minOf(years), to: maxOf(years) })
        : ps.length > 1
          ? say(lang, "view.valuesCount", { count: ps.length })
          : "";
    return [
      cell(fact.label[lang], "strong"),
      c.figure,
      c.unit,
      c.when,
      cell(fact.id, "accent"),
      cell(span, "muted"),
      c.source,
    ];
  });
  const notes: string[] = [];
  if (derived) notes.push(say(lang, "view.noteDerivedShort"));
  if (inferred) notes.push(say(lang, "view.noteInferredShort"));
  notes.push(say(lang, "view.factsNote"));
  return {
    columns: [
      { header: say(lang, "word.fact"), prose: true },
      { header: say(lang, "word.value"), align: "right", nowrap: true },
      { header: say(lang, "word.unit"), prose: true },
      { header: say(lang, "word.when"), nowrap: true },
      { header: say(lang, "word.id"), nowrap: true, optional: true },
      { header: say(lang, "view.allValues"), optional: true },
      { header: say(lang, "word.source"), optional: true },
    ],
    rows,
    stackable: true,
    hiddenNote: hiddenNote(lang),
    notes,
    source: say(lang, "view.sourceShort"),
    empty: say(lang, "note.noRows"),
  };
}
