/** compare: results → JSON records and a table view. */
import type { CompareRecord } from "../contract/compare.js";
import { say } from "../core/messages/index.js";
import { unitScale as baseScale, UNITS, unitLabel } from "../dataset/units.js";
import type { CompareEnd, CompareRow } from "../query/compare.js";
import {
  formatPercent,
  formatPoints,
  formatScaled,
  QUALIFIER_TEXT,
  qualifierSign,
  type Scale,
  unitScale,
} from "../render/format.js";
import {
  derivationText,
  hiddenNote,
  layerTag,
  locator,
  locatorJson,
  placeRef,
  publisherNotes,
  type ViewContext,
} from "./common.js";
import { factSparkline } from "./spark.js";
import { type Cell, cell, type TableView, type Tone } from "./types.js";

/** A status as of its date ("by the end of 2020"), where the data says so (`asOf`). */
export function isAsOf(p: object): boolean {
  return (p as { asOf?: boolean }).asOf === true;
}

function endJson(ctx: ViewContext, e: CompareEnd | null): CompareRecord["from"] {
  if (!e) return null;
  const p = e.point;
  return {
    year: p.year ?? null,
    requestedYear: e.requestedYear,
    substituted: e.substituted,
    value: p.value,
    qualifier: p.qualifier ?? null,
    stated: p.stated ?? null,
    derived: p.derived !== undefined,
    formula: p.derived?.formula ?? null,
    interval: p.derived ? p.derived.interval : null,
    yearInferred: p.yearInferred === true,
    asOf: isAsOf(p),
    source: locatorJson(ctx, p.source),
  };
}

/** The JSON contract of one `compare` row (documented in the README). */
export function compareRecord(ctx: ViewContext, row: CompareRow): CompareRecord {
  const { fact, change } = row;
  return {
    id: fact.id,
    theme: fact.theme,
    layer: fact.layer,
    label: fact.label,
    place: placeRef(ctx, fact.place),
    unit: fact.unit,
    unitLabel: unitLabel(fact.unit, fact.counter),
    ...baseScale(fact.unit),
    better: fact.better ?? null,
    from: endJson(ctx, row.from),
    to: endJson(ctx, row.to),
    change: {
      absolute: change.absolute,
      relative: change.relative,
      percentagePoints: change.percentagePoints,
      cagr: change.cagr,
      bound: change.bound,
      statedChange: change.stated
        ? {
            from: change.stated.from,
            to: change.stated.to,
            percent: change.stated.percent,
            qualifier: change.stated.qualifier ?? null,
            stated: change.stated.stated,
            source: locatorJson(ctx, change.stated.source),
          }
        : null,
    },
    direction: row.direction,
  };
}

export interface CompareTableOptions {
  /** Every note in full: each substitution, each formula, each publisher (`--notes`). */
  notes?: boolean;
  /** Quantities left out for want of a figure within a year of an end asked for. */
  leftOut?: number;
}

/**
 * The compare table: one line per quantity (label, unit, the two ends, the change, the relative
 * and yearly change, the direction, the source); under it one short note per kind of mark used.
 */
export function compareTable(
  ctx: ViewContext,
  rows: CompareRow[],
  from: number,
  to: number,
  options: CompareTableOptions = {},
): TableView {
  const { lang } = ctx;
  const long: string[] = [];
  const derivedIds: string[] = [];
  const inferredIds: string[] = [];
  let substituted = false;
  let statedOnly = false;
  const label = (row: CompareRow) => row.fact.label[lang];
  const endCell = (row: CompareRow, e: CompareEnd | null, scale: Scale): Cell => {
    if (!e) return cell("—", "muted");
    const p = e.point;
    let text = formatScaled(p.value, scale, lang, { qualifier: p.qualifier });
    if (p.derived) {
      text += "*";
      if (!derivedIds.includes(row.fact.id)) derivedIds.push(row.fact.id);
      const d = derivationText(ctx, row.fact, p.derived, p.value);
      long.push(say(lang, "view.noteDerivedLong", { label: label(row), year: p.year ?? 0, ...d }));
    }
    if (e.substituted) {
      text = `${text} (${p.year})`;
      substituted = true;
      long.push(
        say(lang, "view.noteNearestLong", { label: label(row), year: p.year ?? 0, requested: e.requestedYear }),
      );
    }
    if ((p.yearInferred || isAsOf(p)) && p.yearNote) {
      text += "‡";
      if (!inferredIds.includes(row.fact.id)) inferredIds.push(row.fact.id);
      long.push(say(lang, "view.labelled", { label: `‡ ${label(row)}`, text: p.yearNote[lang] }));
    }
    return cell(text, p.derived ? "derived" : undefined);
  };
  // The yearly series between the two ends compared, where it has three points or more.
  const series = (row: CompareRow) =>
    row.from?.point.year !== undefined && row.to?.point.year !== undefined
      ? (factSparkline(ctx, row.fact, row.from.point.year, row.to.point.year) ?? "")
      : "";
  const tableRows = rows.map((row) => {
    const c = row.change;
    const bound = qualifierSign(c.bound);
    const ends = [row.from?.point.value, row.to?.point.value].filter((v): v is number => v !== undefined);
    const scale = unitScale(row.fact.unit, lang, row.fact.counter, ends);
    const share = UNITS[row.fact.unit].share === true;
    let absolute = "—";
    if (c.absolute !== null) {
      absolute = share
        ? `${bound}${formatPoints(c.absolute, lang)}`
        : formatScaled(c.absolute, scale, lang, { qualifier: c.bound, signed: true });
    }
    let relative = c.relative !== null ? `${bound}${formatPercent(c.relative)}` : "—";
    const perYear = c.cagr !== null ? `${bound}${formatPercent(c.cagr)}` : "—";
    if (c.stated && !row.from && !row.to) {
      statedOnly = true;
      const q = c.stated.qualifier ? `${QUALIFIER_TEXT[c.stated.qualifier][lang]} ` : "";
      long.push(
        say(lang, "view.labelled", {
          label: label(row),
          text: say(lang, "view.statedOnlyLong", {
            stated: c.stated.stated,
            change: `${q}${formatPercent(c.stated.percent / 100)}`,
          }),
        }),
      );
      const note = c.stated.yearNote;
      if (note) {
        relative += "‡";
        if (!inferredIds.includes(row.fact.id)) inferredIds.push(row.fact.id);
        long.push(say(lang, "view.labelled", { label: `‡ ${label(row)}`, text: note[lang] }));
      }
    }
    const src = row.to?.point.source ?? row.from?.point.source ?? c.stated?.source;
    const where = layerTag(row.fact.layer, lang) || (src ? locator(ctx, src) : "");
    const d = row.direction;
    const tone: Tone | undefined = d === "improved" ? "good" : d === "worsened" ? "bad" : undefined;
    return [
      cell(label(row), "strong"),
      cell(share ? "%" : scale.unit, "muted"),
      endCell(row, row.from, scale),
      endCell(row, row.to, scale),
      cell(absolute),
      cell(relative),
      cell(perYear),
      cell(d ? say(lang, `direction.${d}`) : "", tone),
      cell(series(row)),
      cell(where, "muted"),
    ];
  });
  const notes: string[] = [];
  if (options.notes) {
    notes.push(...new Set(long));
    notes.push(
      ...publisherNotes(
        ctx,
        rows.flatMap((r) =>
          [r.from?.point.source, r.to?.point.source, r.change.stated?.source].filter((l) => l !== undefined),
        ),
      ),
    );
  } else {
    if (substituted) notes.push(say(lang, "view.noteNearest"));
    if (derivedIds.length)
      notes.push(say(lang, "view.noteDerived", { ids: derivedIds.join(say(lang, "view.listSeparator")) }));
    if (inferredIds.length)
      notes.push(say(lang, "view.noteInferred", { ids: inferredIds.join(say(lang, "view.listSeparator")) }));
    if (statedOnly) notes.push(say(lang, "view.noteStatedOnly"));
  }
  if (options.leftOut) notes.push(say(lang, "view.noteLeftOut", { count: options.leftOut, from, to }));
  if (!options.notes && notes.length) notes.push(say(lang, "view.noteMore"));
  return {
    title: say(lang, "view.compareTitle", { from, to }),
    columns: [
      { header: say(lang, "word.quantity"), prose: true },
      { header: say(lang, "word.unit") },
      { header: String(from), align: "right" },
      { header: String(to), align: "right" },
      { header: say(lang, "word.change"), align: "right" },
      { header: say(lang, "word.relative"), align: "right", optional: true },
      { header: say(lang, "word.perYear"), align: "right", optional: true },
      { header: say(lang, "word.trend") },
      { header: "", optional: true },
      { header: say(lang, "word.source"), optional: true },
    ],
    rows: tableRows,
    stackable: true,
    hiddenNote: hiddenNote(lang),
    notes,
    source: say(lang, "view.sourceShort"),
    empty: say(lang, "note.noRows"),
  };
}
