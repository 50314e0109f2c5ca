/** export: the whole dataset as one JSON document, as rows (one per value, change or event), or as a handout. */
import type { ExportDocument, ExportRow } from "../contract/export.js";
import { say } from "../core/messages/index.js";
import type { Dataset } from "../dataset/load.js";
import type { Fact } from "../dataset/schema.js";
import { unitLabel } from "../dataset/units.js";
import { factsOfTheme } from "../query/lookup.js";
import { points } from "../query/points.js";
import { formatWhen } from "../render/format.js";
import { mdCell, mdLine, mdProse } from "../render/markdown.js";
import { hiddenNote, layerTag, locator, placeRef, sourceDetail, sourceText, type ViewContext } from "./common.js";
import { changeText, factRecord, pointValue, pointWhen } from "./facts.js";
import { factCounts, themeRecord } from "./themes.js";
import type { TableView } from "./types.js";

/** Facts in theme order, then data order: the order of every export. */
function orderedFacts(dataset: Dataset): Fact[] {
  return factsOfTheme(dataset);
}

export function exportDocument(ctx: ViewContext): ExportDocument {
  const { dataset } = ctx;
  const counts = factCounts(dataset);
  return {
    sources: dataset.sources.map((s) => ({
      id: s.id,
      kind: s.kind,
      title: s.title,
      publisher: s.publisher ?? null,
      note: s.note ?? null,
    })),
    themes: dataset.themes.map((th) => themeRecord(th, counts)),
    places: dataset.places.map((p) => ({ id: p.id, name: p.name, kind: p.kind, within: p.within ?? null })),
    facts: orderedFacts(dataset).map((f) => factRecord(ctx, f)),
  };
}

/** One exported row, with its "when" and value as people read them (for the table). */
export interface ExportEntry {
  row: ExportRow;
  when: string;
  shown: string;
}

/** What an export row says of its entry; what it leaves out is null (false for the flags). */
type EntryPart = Partial<
  Pick<
    ExportRow,
    | "year"
    | "date"
    | "period"
    | "approximate"
    | "value"
    | "qualifier"
    | "stated"
    | "changeFrom"
    | "changeTo"
    | "category"
    | "derived"
    | "formula"
  >
> &
  Pick<ExportRow, "entry" | "place" | "source">;

/**
 * An export row: the fact's columns, then the entry's, in the order JSON has always given them.
 * Written out, not spread from shared parts: see fromValue in query/points.ts.
 */
function exportRow(fact: Fact, e: EntryPart): ExportRow {
  const quantity = fact.kind === "quantity";
  return {
    id: fact.id,
    kind: fact.kind,
    theme: fact.theme,
    layer: fact.layer,
    label: fact.label,
    unit: quantity ? fact.unit : null,
    unitLabel: quantity ? unitLabel(fact.unit, fact.counter) : null,
    year: e.year ?? null,
    date: e.date ?? null,
    period: e.period ?? null,
    approximate: e.approximate ?? false,
    value: e.value ?? null,
    qualifier: e.qualifier ?? null,
    stated: e.stated ?? null,
    changeFrom: e.changeFrom ?? null,
    changeTo: e.changeTo ?? null,
    category: e.category ?? null,
    derived: e.derived ?? false,
    formula: e.formula ?? null,
    entry: e.entry,
    place: e.place,
    source: e.source,
  };
}

/** The rows of `export --format csv|tsv|ndjson`: one per value (stated or derived), stated change, or event. */
export function exportEntries(ctx: ViewContext): ExportEntry[] {
  const place = (id: string) => placeRef(ctx, id);
  const rows: ExportEntry[] = [];
  for (const fact of orderedFacts(ctx.dataset)) {
    if (fact.kind === "event") {
      rows.push({
        when: formatWhen(fact, ctx.lang),
        shown: "",
        row: exportRow(fact, {
          entry: "event",
          year: Number(fact.date.slice(0, 4)),
          date: fact.date,
          approximate: fact.approximate === true,
          place: place(fact.place),
          source: sourceDetail(ctx, fact.source),
        }),
      });
      continue;
    }
    for (const p of points(fact)) {
      rows.push({
        when: pointWhen(ctx, p),
        shown: pointValue(ctx, fact, p),
        row: exportRow(fact, {
          entry: "value",
          year: p.year ?? null,
          date: p.date ?? null,
          period: p.period ?? null,
          approximate: p.approximate === true,
          value: p.value,
          qualifier: p.qualifier ?? null,
          stated: p.stated ?? null,
          place: place(p.place ?? fact.place),
          category: p.category ?? null,
          derived: p.derived !== undefined,
          formula: p.derived?.formula ?? null,
          source: sourceDetail(ctx, p.source),
        }),
      });
    }
    const changes = changeText(ctx, fact);
    (fact.changes ?? []).forEach((c, i) => {
      rows.push({
        when: `${c.from}–${c.to}`,
        shown: changes[i] ?? "",
        row: exportRow(fact, {
          entry: "change",
          year: c.to,
          value: c.percent,
          qualifier: c.qualifier ?? null,
          stated: c.stated,
          changeFrom: c.from,
          changeTo: c.to,
          place: place(fact.place),
          source: sourceDetail(ctx, c.source),
        }),
      });
    });
  }
  return rows;
}

/** The rows for people: fact, when, value and source, one line per row. */
export function exportTable(ctx: ViewContext, entries: ExportEntry[]): TableView {
  const { lang } = ctx;
  return {
    title: say(lang, "app.title"),
    columns: [
      { header: say(lang, "word.fact"), prose: true },
      { header: say(lang, "word.when"), prose: true },
      { header: say(lang, "word.value"), align: "right", prose: true },
      { header: say(lang, "word.source"), prose: true },
    ],
    rows: entries.map(({ row, when, shown }) => [
      { text: row.label[lang], tone: "strong" as const, sub: row.id },
      { text: when },
      { text: shown, ...(row.derived ? { tone: "derived" as const } : {}) },
      { text: row.source.text[lang], tone: "muted" as const },
    ]),
    stackable: true,
    hiddenNote: hiddenNote(lang),
    notes: [],
    source: say(lang, "view.sourceShort"),
    empty: say(lang, "note.noRows"),
  };
}

/** A readable handout in Markdown: every theme with its facts, values and sources, then the sources. */
export function exportMarkdown(ctx: ViewContext): string {
  const { lang, dataset } = ctx;
  const out: string[] = [`# ${mdCell(say(lang, "app.title"))}`, "", mdLine(say(lang, "app.subtitle")), ""];
  const facts = orderedFacts(dataset);
  const colon = say(lang, "view.colon");
  for (const theme of dataset.themes) {
    const own = facts.filter((f) => f.theme === theme.id);
    if (own.length === 0) continue;
    const other = lang === "zh" ? "en" : "zh";
    out.push(`## ${theme.order}. ${mdCell(theme.name[lang])} (${mdCell(theme.name[other])})`, "");
    out.push(mdProse(theme.summary[lang]), "");
    for (const fact of own) {
      const tag = layerTag(fact.layer, lang);
      out.push(`### ${mdCell(fact.label[lang])} (\`${fact.id}\`${tag ? `${say(lang, "view.comma")}${tag}` : ""})`, "");
      out.push(mdProse(fact.explanation[lang]), "");
      if (fact.kind === "event") {
        out.push(`- ${formatWhen(fact, lang)}${colon}${mdCell(sourceText(ctx, fact.source))}`, "");
        continue;
      }
      const ps = points(fact);
      if (ps.length) {
        out.push(
          `| ${say(lang, "word.when")} | ${say(lang, "word.value")} | ${say(lang, "word.source")} |`,
          "| --- | ---: | --- |",
          ...ps.map((p) => {
            const derived = p.derived ? ` (${say(lang, "view.derived")}: ${p.derived.formula})` : "";
            const src = p.derived ? `${locator(ctx, p.source)}${derived}` : sourceText(ctx, p.source);
            return `| ${mdCell(pointWhen(ctx, p) || "—")} | ${mdCell(pointValue(ctx, fact, p))} | ${mdCell(src)} |`;
          }),
          "",
        );
      }
      const changes = changeText(ctx, fact);
      (fact.changes ?? []).forEach((c, i) => {
        out.push(`- ${mdCell(changes[i] ?? "")} (“${mdCell(c.stated)}”)${colon}${mdCell(sourceText(ctx, c.source))}`);
      });
      if (changes.length) out.push("");
    }
  }
  out.push(`## ${say(lang, "view.sourcesHeading")}`, "");
  for (const s of dataset.sources) {
    const parts = [`**${mdCell(s.title[lang])}** (\`${s.id}\`)`];
    if (s.publisher) parts.push(mdCell(s.publisher[lang]));
    if (s.note) parts.push(mdCell(s.note[lang]));
    out.push(`- ${parts.join(" — ")}`);
  }
  return `${out.join("\n")}\n`;
}
