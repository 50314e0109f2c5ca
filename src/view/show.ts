/** show: one fact in full, as lines of text; and its sources, as records and a table. */

import type { ShowSourceRecord } from "../contract/show.js";
import type { Paint } from "../core/color.js";
import { type MessageKey, say } from "../core/messages/index.js";
import { datasetIndex } from "../dataset/ids.js";
import type { Fact, Locator } from "../dataset/schema.js";
import { unitLabel } from "../dataset/units.js";
import { append } from "../lib/append.js";
import { points, pointYear } from "../query/points.js";
import { formatValue, formatWhen, QUALIFIER_TEXT } from "../render/format.js";
import { wrapText } from "../render/text.js";
import {
  derivationText,
  layerTag,
  placeName,
  sourceDetail,
  sourceText,
  themeName,
  type ViewContext,
} from "./common.js";
import { isAsOf } from "./compare.js";
import { changeText, pointWhen } from "./facts.js";
import { cell, type TableView } from "./types.js";

/** The headings of `show`, as catalog keys. */
const L = {
  theme: "word.theme",
  place: "word.place",
  unit: "word.unit",
  better: "view.better",
  higher: "view.higher",
  lower: "view.lower",
  values: "view.values",
  changes: "view.statedChanges",
  date: "view.date",
  source: "word.source",
  related: "view.related",
  derived: "view.derived",
  stated: "view.asStated",
  layer: "view.layer",
} as const satisfies Record<string, MessageKey>;

export function showText(ctx: ViewContext, fact: Fact, chalk: Paint, width: number): string {
  const { lang, dataset } = ctx;
  const out: string[] = [];
  const heading = (key: MessageKey) => say(lang, "view.heading", { name: say(lang, key as "word.theme") });
  const field = (name: MessageKey, value: string) => {
    const head = `${heading(name)} `.replace(/：\s$/, "：");
    const [first = "", ...rest] = wrapText(`${head}${value}`, width, "  ");
    out.push(`${chalk.bold(head)}${first.slice(head.length)}`);
    append(out, rest);
  };
  const title = wrapText(`${fact.label[lang]}  ${fact.id}`, width);
  append(
    out,
    title.map((l) => chalk.bold(l)),
  );
  append(out, wrapText(fact.explanation[lang], width));
  out.push("");
  field(L.theme, `${themeName(ctx, fact.theme)} (${fact.theme})`);
  field(L.place, placeName(ctx, fact.place)?.[lang] ?? fact.place);
  // The article's own facts need no mark; the official series and the user's own do.
  const layer = layerTag(fact.layer, lang);
  if (layer) field(L.layer, layer);
  if (fact.kind === "event") {
    field(
      L.date,
      `${formatWhen(fact, lang)} (${fact.date}${fact.approximate ? say(lang, "view.approximateSuffix") : ""})`,
    );
    if ((fact.yearInferred || isAsOf(fact)) && fact.yearNote)
      append(
        out,
        wrapText(`‡ ${fact.yearNote[lang]}`, width, "  ").map((l) => chalk.dim(l)),
      );
    field(L.source, sourceText(ctx, fact.source));
  } else {
    const u = unitLabel(fact.unit, fact.counter);
    field(L.unit, u[lang]);
    if (fact.better) field(L.better, say(lang, L[fact.better]));
    out.push(chalk.bold(heading(L.values)));
    for (const p of points(fact)) {
      const v = formatValue(p.value, fact.unit, lang, { counter: fact.counter, qualifier: p.qualifier });
      const when = pointWhen(ctx, p);
      const detail: string[] = [];
      if (p.qualifier) detail.push(QUALIFIER_TEXT[p.qualifier][lang]);
      if (p.stated) detail.push(`${say(lang, L.stated)} “${p.stated}”`);
      if (p.derived) detail.push(say(lang, "view.derivedDetail", derivationText(ctx, fact, p.derived, p.value)));
      if ((p.yearInferred || isAsOf(p)) && p.yearNote) detail.push(`‡ ${p.yearNote[lang]}`);
      detail.push(sourceText(ctx, p.source));
      const mark = p.yearInferred || isAsOf(p) ? "‡" : "";
      const line = `  ${when ? `${when}${mark}: ` : ""}${v}${p.derived ? ` (${say(lang, L.derived)})` : ""}`;
      append(
        out,
        wrapText(line, width, "    ").map((l) => (p.derived ? chalk.yellow(l) : l)),
      );
      for (const d of detail)
        append(
          out,
          wrapText(d, width - 6).map((l) => chalk.dim(`      ${l}`)),
        );
    }
    const changes = changeText(ctx, fact);
    if (changes.length) {
      out.push(chalk.bold(heading(L.changes)));
      (fact.changes ?? []).forEach((c, i) => {
        append(out, wrapText(`  ${changes[i]} (${say(lang, L.stated)} “${c.stated}”)`, width, "    "));
        if (c.yearInferred && c.yearNote)
          append(
            out,
            wrapText(c.yearNote[lang], width - 6).map((l) => chalk.dim(`      ${l}`)),
          );
        append(
          out,
          wrapText(sourceText(ctx, c.source), width - 6).map((l) => chalk.dim(`      ${l}`)),
        );
      });
    }
  }
  if (fact.related?.length) {
    out.push(chalk.bold(heading(L.related)));
    for (const id of fact.related) {
      const r = dataset.facts.find((f) => f.id === id);
      append(out, wrapText(`  ${id}  ${r?.label[lang] ?? ""}`, width, "      "));
    }
  }
  return `${out.join("\n")}\n`;
}

/** The JSON contract of `show <id> --source`: one record per stated value, stated change or event. */
export function sourceRecords(ctx: ViewContext, fact: Fact): ShowSourceRecord[] {
  const record = (
    supports: ShowSourceRecord["supports"],
    at: Pick<ShowSourceRecord, "year" | "date" | "period" | "value" | "stated">,
    loc: Locator,
  ): ShowSourceRecord => ({ fact: fact.id, supports, ...at, ...sourceDetail(ctx, loc) });
  if (fact.kind === "event") {
    const year = Number(fact.date.slice(0, 4));
    return [record("event", { year, date: fact.date, period: null, value: null, stated: null }, fact.source)];
  }
  return [
    ...fact.values.map((v) =>
      record(
        "value",
        {
          year: pointYear(v) ?? null,
          date: v.date ?? null,
          period: v.period ?? null,
          value: v.value,
          stated: v.stated,
        },
        v.source,
      ),
    ),
    ...(fact.changes ?? []).map((c) =>
      record(
        "change",
        { year: c.to, date: null, period: { from: c.from, to: c.to }, value: c.percent, stated: c.stated },
        c.source,
      ),
    ),
  ];
}

/** `show <id> --source` for people: what each source supports, grouped by source. */
export function sourcesTable(ctx: ViewContext, fact: Fact, records: ShowSourceRecord[]): TableView {
  const { lang } = ctx;
  const groups = new Map<string, string[]>();
  const notes = new Set<string>();
  for (const r of records) {
    let what: string;
    if (r.supports === "event") what = formatWhen({ date: r.date ?? undefined }, lang);
    else if (r.supports === "change" && r.period && r.value !== null) {
      const pct = `${r.value > 0 ? "+" : r.value < 0 ? "−" : ""}${Math.abs(r.value)}%`;
      what = `${r.period.from}–${r.period.to}: ${pct}`;
    } else {
      const when = formatWhen(
        { year: r.year ?? undefined, date: r.date ?? undefined, period: r.period ?? undefined },
        lang,
      );
      const value =
        fact.kind === "quantity" && r.value !== null
          ? formatValue(r.value, fact.unit, lang, { counter: fact.counter })
          : (r.stated ?? "");
      what = when ? `${when}: ${value}` : value;
    }
    const text = r.text[lang];
    const group = groups.get(text);
    if (group) group.push(what);
    else groups.set(text, [what]);
    const note = datasetIndex(ctx.dataset).sources.get(r.ref)?.note;
    if (note && r.kind === "official") notes.add(`${r.publisher?.[lang] ?? r.ref}: ${note[lang]}`);
  }
  return {
    title: `${fact.label[lang]} (${fact.id})`,
    columns: [
      { header: say(lang, "view.states"), nowrap: true },
      { header: say(lang, "word.source"), prose: true, wrap: true },
    ],
    rows: [...groups].map(([text, whats]) => [cell(whats.join("\n")), cell(text)]),
    notes: [...notes],
    empty: say(lang, "note.noRows"),
  };
}
