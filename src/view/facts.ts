/** facts, show: results → JSON records, table and detail views. */
import type { FactRecord, PointRecord } from "../contract/facts.js";
import type { Fact, QuantityFact } from "../dataset/schema.js";
import { unitLabel } from "../dataset/units.js";
import { t } from "../i18n/messages.js";
import { maxOf, minOf } from "../lib/extremes.js";
import { type Point, points, seriesPoints } from "../query/points.js";
import { formatValue, formatWhen, QUALIFIER_TEXT } from "../render/format.js";
import { layerTag, locator, locatorJson, placeName, placeRef, publisherNotes, type ViewContext } from "./common.js";
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
    yearNote: event?.yearNote ?? null,
    unit: quantity?.unit ?? null,
    unitLabel: quantity ? unitLabel(quantity.unit, quantity.counter) : null,
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
    if (ctx.lang === "zh") return `${c.from}—${c.to}年${c.percent < 0 ? "下降" : "增长"}${q.trim()}${pct}`;
    return `${c.percent < 0 ? "down" : "up"} ${q}${pct}, ${c.from}–${c.to}`;
  });
}

export function factsTable(ctx: ViewContext, facts: Fact[]): TableView {
  const { lang } = ctx;
  const notes = new Set<string>();
  const inferred =
    lang === "zh"
      ? "‡ 文中未写明年份，为据上下文推定"
      : "‡ the article does not state the year; it is inferred from context";
  const official = (f: Fact) => (layerTag(f.layer, lang) ? `${layerTag(f.layer, lang)} · ` : "");
  const rows = facts.map((fact) => {
    if (fact.kind === "event") {
      if (fact.yearInferred) notes.add(inferred);
      return [
        {
          text: fact.label[lang],
          tone: "strong" as const,
          sub: `${official(fact)}${fact.id} · ${locator(ctx, fact.source)}`,
        },
        cell(`${formatWhen(fact, lang)}${fact.yearInferred ? " ‡" : ""}`),
        cell(t("kindEvent", lang), "muted"),
      ];
    }
    const ps = points(fact);
    const when: string[] = [];
    const values: string[] = [];
    for (const p of ps) {
      when.push(pointWhen(ctx, p) || "—");
      values.push(pointValue(ctx, fact, p));
      if (p.derived)
        notes.add(
          t("derivedMark", lang) +
            (lang === "zh"
              ? "：由文中所述变化幅度推算，见 `jjj show <编号>`"
              : ": computed from a stated change; see `jjj show <id>`"),
        );
      if (p.yearInferred) notes.add(inferred);
    }
    for (const c of changeText(ctx, fact)) {
      if (ps.length === 0 || !ps.some((p) => p.derived)) {
        when.push("");
        values.push(c);
      }
    }
    const spark = factSparkline(ctx, fact);
    if (spark) {
      const years = seriesPoints(fact).map((p) => p.year as number);
      when.push(`${minOf(years)}–${maxOf(years)}`);
      values.push(spark);
    }
    const srcs = [
      ...new Set(
        [...ps.map((p) => p.source), ...(fact.changes ?? []).map((c) => c.source)].map((s) => locator(ctx, s)),
      ),
    ];
    return [
      { text: fact.label[lang], tone: "strong" as const, sub: `${official(fact)}${fact.id} · ${srcs.join(" ")}` },
      cell(when.join("\n")),
      cell(values.join("\n"), ps.some((p) => p.derived) ? "derived" : undefined),
    ];
  });
  return {
    columns: [
      { header: t("fact", lang), prose: true },
      { header: t("when", lang), nowrap: true },
      { header: t("value", lang), align: "right" },
    ],
    rows,
    stackable: true,
    notes: [
      ...notes,
      ...publisherNotes(
        ctx,
        facts.flatMap((f) =>
          f.kind === "quantity" ? [...f.values.map((v) => v.source), ...(f.changes ?? []).map((c) => c.source)] : [],
        ),
      ),
    ],
    source: t("sourceLine", lang),
    empty: t("noRows", lang),
  };
}
