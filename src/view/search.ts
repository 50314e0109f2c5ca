/** search: hits → JSON records and a table view that shows each hit's figure and source. */
import type { SearchRecord } from "../contract/search.js";
import { say } from "../core/messages/index.js";
import { datasetIndex } from "../dataset/ids.js";
import type { Fact } from "../dataset/schema.js";
import { type Point, points } from "../query/points.js";
import type { SearchHit } from "../query/search.js";
import { formatScaled, formatWhen, unitScale } from "../render/format.js";
import { hiddenNote, layerTag, locator, placeName, type ViewContext } from "./common.js";
import { isAsOf } from "./compare.js";
import { pointWhen } from "./facts.js";
import { type Cell, cell, type TableView } from "./types.js";

/** The JSON contract of one `search` hit. */
export function searchRecord(hit: SearchHit): SearchRecord {
  return {
    id: hit.id,
    kind: hit.kind,
    theme: hit.theme,
    label: hit.label,
    matched: hit.matched,
    score: hit.score,
    excerpt: hit.excerpt,
  };
}

/**
 * The figures a listing shows for a fact: its latest stated value, or all the values of its
 * latest year where they are a breakdown (by place or category; at most three).
 */
export function latestPoints(fact: Fact): Point[] {
  if (fact.kind !== "quantity") return [];
  const stated = points(fact).filter((p) => !p.derived);
  const key = (p: Point) => p.year ?? (p.asOfPublication ? 9999 : 0);
  const last = stated.at(-1);
  if (!last) return [];
  const same = stated.filter((p) => key(p) === key(last));
  return same.length <= 3 && same.every((p) => p.place || p.category) ? same : [last];
}

/** Figure, unit, when, place and source of a fact, a line per figure. */
export function figureCells(
  ctx: ViewContext,
  fact: Fact,
  ps: Point[] = latestPoints(fact),
): { figure: Cell; unit: Cell; when: Cell; place: Cell; source: Cell } {
  const { lang } = ctx;
  if (fact.kind === "event") {
    return {
      figure: cell(""),
      unit: cell(say(lang, "word.kindEvent"), "muted"),
      when: cell(`${formatWhen(fact, lang)}${fact.yearInferred ? "‡" : ""}`),
      place: cell(placeName(ctx, fact.place)?.[lang] ?? ""),
      source: cell(locator(ctx, fact.source), "muted"),
    };
  }
  const where = (p: Point) => p.category?.[lang] ?? placeName(ctx, p.place ?? fact.place)?.[lang] ?? "";
  const scale = unitScale(
    fact.unit,
    lang,
    fact.counter,
    ps.map((p) => p.value),
  );
  const mark = (p: Point) => `${p.derived ? "*" : ""}${p.yearInferred || isAsOf(p) ? "‡" : ""}`;
  return {
    figure: cell(
      ps.map((p) => `${formatScaled(p.value, scale, lang, { qualifier: p.qualifier })}${mark(p)}`).join("\n"),
      ps.some((p) => p.derived) ? "derived" : undefined,
    ),
    unit: cell(scale.unit, "muted"),
    when: cell(ps.map((p) => pointWhen(ctx, p) || "—").join("\n")),
    place: cell(ps.map(where).join("\n")),
    source: cell(layerTag(fact.layer, lang) || [...new Set(ps.map((p) => locator(ctx, p.source)))].join(" "), "muted"),
  };
}

export function searchTable(ctx: ViewContext, hits: SearchHit[], query: string): TableView {
  const { lang } = ctx;
  const index = datasetIndex(ctx.dataset);
  const byId = new Map(ctx.dataset.facts.map((f) => [f.id, f]));
  return {
    title: say(lang, "view.searchTitle", { query, count: hits.length }),
    columns: [
      { header: say(lang, "view.result"), prose: true },
      { header: say(lang, "word.value"), align: "right", nowrap: true },
      { header: say(lang, "word.unit"), prose: true },
      { header: say(lang, "word.when") },
      { header: say(lang, "word.place"), optional: true },
      { header: say(lang, "word.source"), optional: true },
      { header: say(lang, "word.id"), nowrap: true },
    ],
    rows: hits.map((h) => {
      const fact = byId.get(h.id);
      const label = cell(h.label[lang], "strong");
      if (h.kind === "theme" || !fact) {
        const theme = index.themes.get(h.id);
        return [
          label,
          cell(""),
          cell(say(lang, "word.theme").toLowerCase(), "muted"),
          cell(""),
          cell(""),
          cell(theme ? `§${theme.order}` : "", "muted"),
          cell(h.id, "accent"),
        ];
      }
      const c = figureCells(ctx, fact);
      return [label, c.figure, c.unit, c.when, c.place, c.source, cell(h.id, "accent")];
    }),
    stackable: true,
    hiddenNote: hiddenNote(lang),
    notes: [say(lang, "view.searchNote")],
    empty: say(lang, "view.searchNothing", { query }),
  };
}
