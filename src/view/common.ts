/** Helpers shared by the view builders. */

import type { SourceDetail, SourceRef } from "../contract/common.js";
import type { Lang } from "../core/lang.js";
import { say } from "../core/messages/index.js";
import { datasetIndex } from "../dataset/ids.js";
import type { Dataset } from "../dataset/load.js";
import type { Layer, Locator, QuantityFact, Text } from "../dataset/schema.js";
import type { Derivation } from "../query/points.js";
import { formatLocator, formatValue } from "../render/format.js";

/**
 * How a table marks a fact's layer: nothing for the article's own figures, "official" for the
 * bundled official series, "your data" for figures from --data files.
 */
export function layerTag(layer: Layer, lang: Lang): string {
  if (layer === "supplement") return say(lang, "layer.supplement");
  if (layer === "user") return say(lang, "layer.user");
  return "";
}

export interface ViewContext {
  dataset: Dataset;
  lang: Lang;
  /** Plain ASCII drawing characters (sparklines). */
  ascii?: boolean;
}

export function sectionOrder(dataset: Dataset): ReadonlyMap<string, number> {
  return datasetIndex(dataset).order;
}

export function locator(ctx: ViewContext, loc: Locator): string {
  return formatLocator(loc, sectionOrder(ctx.dataset));
}

export function placeName(ctx: ViewContext, id: string | undefined): Text | undefined {
  if (!id) return undefined;
  return datasetIndex(ctx.dataset).places.get(id)?.name;
}

/** A theme's name in the context's language (its id where it has none). */
export function themeName(ctx: ViewContext, id: string): string {
  return datasetIndex(ctx.dataset).themes.get(id)?.name[ctx.lang] ?? id;
}

/** A place as the JSON records give it: its id and its name in both languages (the id where it has none). */
export function placeRef(ctx: ViewContext, id: string): { id: string; zh: string; en: string } {
  const name = placeName(ctx, id);
  return { id, zh: name?.zh ?? id, en: name?.en ?? id };
}

/** The JSON form of a locator: its fields, the section's heading for the article, the publisher otherwise. */
export function locatorJson(ctx: ViewContext, loc: Locator): SourceRef {
  const index = datasetIndex(ctx.dataset);
  const theme = loc.section === undefined ? undefined : index.themes.get(loc.section);
  const source = index.sources.get(loc.ref);
  return {
    ref: loc.ref,
    publisher: source?.publisher ?? null,
    section: loc.section ?? null,
    sectionHeading: loc.section === undefined ? null : loc.section === "lead" ? "导语" : (theme?.heading ?? null),
    paragraph: loc.paragraph ?? null,
    confidence: loc.confidence ?? null,
    note: loc.note ?? null,
  };
}

/** A locator with its source's title and publisher, and the source in words in both languages. */
export function sourceDetail(ctx: ViewContext, loc: Locator): SourceDetail {
  const source = datasetIndex(ctx.dataset).sources.get(loc.ref);
  const j = locatorJson(ctx, loc);
  // Written out, not spread: see fromValue in query/points.ts.
  return {
    ref: j.ref,
    publisher: j.publisher,
    section: j.section,
    sectionHeading: j.sectionHeading,
    paragraph: j.paragraph,
    confidence: j.confidence,
    note: j.note,
    kind: source?.kind ?? "article",
    title: source?.title ?? { zh: loc.ref, en: loc.ref },
    text: {
      zh: sourceText({ dataset: ctx.dataset, lang: "zh" }, loc),
      en: sourceText({ dataset: ctx.dataset, lang: "en" }, loc),
    },
  };
}

/** A derivation in the reader's units: 44 µg/m³ / (1 − 0.51) ≈ 89.8 µg/m³ (87.9–91.8). */
export function derivationText(ctx: ViewContext, fact: QuantityFact, d: Derivation, value: number) {
  const fmt = (v: number) => formatValue(v, fact.unit, ctx.lang, { counter: fact.counter });
  const sign = d.rate < 0 ? "−" : "+";
  const op = d.missing === "from" ? "/" : "×";
  return {
    formula: `${fmt(d.input.value)} ${op} (1 ${sign} ${Math.abs(d.rate)}) ≈ ${fmt(value)}`,
    low: fmt(d.interval.low),
    high: fmt(d.interval.high),
  };
}

/** A source in words: the article's section and paragraph, or the publisher with confidence and note. */
export function sourceText(ctx: ViewContext, loc: Locator): string {
  const { lang } = ctx;
  if (loc.section !== undefined) {
    const j = locatorJson(ctx, loc);
    const heading = j.sectionHeading ?? "";
    return j.paragraph !== null
      ? say(lang, "view.articleParagraph", { heading, paragraph: j.paragraph })
      : say(lang, "view.articleSection", { heading });
  }
  const source = datasetIndex(ctx.dataset).sources.get(loc.ref);
  const parts = [source?.publisher?.[lang] ?? source?.title[lang] ?? loc.ref];
  if (source?.publisher) parts.push(source.title[lang]);
  if (loc.confidence) parts.push(say(lang, "view.confidence", { grade: loc.confidence }));
  if (loc.note) parts.push(loc.note);
  return parts.join(" · ");
}

/** One note per official source cited, naming its publisher: "mee = Ministry of Environmental Protection …". */
export function publisherNotes(ctx: ViewContext, locs: readonly Locator[]): string[] {
  const refs = [...new Set(locs.filter((l) => l.section === undefined).map((l) => l.ref))];
  return refs.flatMap((ref) => {
    const source = datasetIndex(ctx.dataset).sources.get(ref);
    if (source?.kind !== "official") return [];
    const who = source.publisher?.[ctx.lang] ?? source.title[ctx.lang];
    return [`${ref} = ${say(ctx.lang, "view.labelled", { label: who, text: source.title[ctx.lang] })}`];
  });
}

/** The note under a table that leaves columns out at this width, naming them. */
export function hiddenNote(lang: Lang): (columns: readonly string[]) => string {
  return (columns) => say(lang, "view.hiddenColumns", { columns: columns.join(say(lang, "view.listSeparator")) });
}
