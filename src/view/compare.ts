/** compare: results → JSON records and a table view. */
import type { CompareRecord } from "../contract/compare.js";
import { UNITS, unitLabel } from "../dataset/units.js";
import { t } from "../i18n/messages.js";
import type { CompareEnd, CompareRow, Direction } from "../query/compare.js";
import { formatPercent, formatScaled, QUALIFIER_TEXT, qualifierSign, type Scale, unitScale } from "../render/format.js";
import {
  derivationText,
  layerTag,
  locator,
  locatorJson,
  placeRef,
  publisherNotes,
  type ViewContext,
} from "./common.js";
import { factSparkline } from "./spark.js";
import { type Cell, cell, type TableView, type Tone } from "./types.js";

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

const ARROW: Record<Direction, string> = { improved: "", worsened: "", unchanged: "=", up: "▲", down: "▼" };

function trendCell(ctx: ViewContext, row: CompareRow): Cell {
  const d = row.direction;
  if (!d) return cell("");
  const delta = row.change.absolute ?? row.change.relative ?? 0;
  const arrow = d === "improved" || d === "worsened" ? (delta > 0 ? "▲" : "▼") : ARROW[d];
  const word = t(d, ctx.lang);
  const tone: Tone | undefined = d === "improved" ? "good" : d === "worsened" ? "bad" : undefined;
  // The yearly series between the two ends compared, when there are three points or more.
  const spark =
    row.from?.point.year !== undefined && row.to?.point.year !== undefined
      ? factSparkline(ctx, row.fact, row.from.point.year, row.to.point.year)
      : undefined;
  return cell(`${arrow} ${word}`.trim() + (spark ? `\n${spark}` : ""), tone);
}

export function compareTable(ctx: ViewContext, rows: CompareRow[], from: number, to: number): TableView {
  const { lang } = ctx;
  const notes: string[] = [];
  const marks = new Set<string>();
  const endCell = (row: CompareRow, e: CompareEnd | null, scale: Scale): Cell => {
    if (!e) return cell("—", "muted");
    const p = e.point;
    let text = formatScaled(p.value, scale, lang, { qualifier: p.qualifier });
    if (p.derived) {
      text += "*";
      const d = derivationText(ctx, row.fact, p.derived, p.value);
      notes.push(
        lang === "zh"
          ? `* ${row.fact.label.zh} ${p.year}年为推算值：${d.formula}（输入均为约数，真实值介于 ${d.low} 与 ${d.high} 之间）`
          : `* ${row.fact.label.en}, ${p.year}: derived, ${d.formula} (the inputs are rounded: the true value lies between ${d.low} and ${d.high})`,
      );
    }
    if (e.substituted) {
      text += ` (${p.year})`;
      notes.push(
        lang === "zh"
          ? `(${p.year}) ${row.fact.label.zh}：没有${e.requestedYear}年的数值，改用最近的${p.year}年`
          : `(${p.year}) ${row.fact.label.en}: no figure for ${e.requestedYear}; the nearest year, ${p.year}, is used`,
      );
    }
    if (p.yearInferred && p.yearNote && !marks.has(row.fact.id)) {
      marks.add(row.fact.id);
      text += "‡";
      notes.push(`‡ ${row.fact.label[lang]}${lang === "zh" ? "：" : ": "}${p.yearNote[lang]}`);
    }
    return cell(text, p.derived ? "derived" : undefined);
  };
  const tableRows = rows.map((row) => {
    const c = row.change;
    const bound = qualifierSign(c.bound);
    const ends = [row.from?.point.value, row.to?.point.value].filter((v): v is number => v !== undefined);
    const scale = unitScale(row.fact.unit, lang, row.fact.counter, ends);
    const share = UNITS[row.fact.unit].share === true;
    let absolute = "—";
    if (c.absolute !== null) {
      absolute =
        formatScaled(c.absolute, scale, lang, { qualifier: c.bound, signed: true }) +
        (share ? (lang === "zh" ? "个百分点" : " pp") : "");
    }
    const relative = c.relative !== null ? `${bound}${formatPercent(c.relative)}` : "—";
    const perYear = c.cagr !== null ? `${bound}${formatPercent(c.cagr)}` : "—";
    if (c.stated && !row.from && !row.to) {
      notes.push(
        lang === "zh"
          ? `${row.fact.label.zh}：${t("statedOnly", lang)}（${c.stated.stated}）`
          : `${row.fact.label.en}: ${t("statedOnly", lang)} (${c.stated.qualifier ? `${QUALIFIER_TEXT[c.stated.qualifier].en} ` : ""}${formatPercent(c.stated.percent / 100)})`,
      );
      const note = c.stated.yearNote;
      if (note && !marks.has(row.fact.id)) {
        marks.add(row.fact.id);
        notes.push(`‡ ${row.fact.label[lang]}${lang === "zh" ? "：" : ": "}${note[lang]}`);
      }
    }
    const src = row.to?.point.source ?? row.from?.point.source ?? c.stated?.source;
    const unitText = share ? "%" : scale.unit;
    const layer = layerTag(row.fact.layer, lang);
    const sub = [layer, unitText, src ? locator(ctx, src) : ""].filter(Boolean).join(" · ");
    return [
      { text: row.fact.label[lang], tone: "strong" as const, sub },
      endCell(row, row.from, scale),
      endCell(row, row.to, scale),
      cell(absolute),
      cell(relative),
      cell(perYear),
      trendCell(ctx, row),
    ];
  });
  return {
    title: lang === "zh" ? `${from} → ${to}：变化一览` : `${from} → ${to}: what changed`,
    columns: [
      { header: t("quantity", lang), prose: true },
      { header: String(from), align: "right" },
      { header: String(to), align: "right" },
      { header: t("change", lang), align: "right" },
      { header: t("relative", lang), align: "right", optional: true },
      { header: t("perYear", lang), align: "right", optional: true },
      { header: t("trend", lang) },
    ],
    rows: tableRows,
    stackable: true,
    hiddenNote:
      lang === "zh"
        ? "此宽度下未显示；加宽终端、用 --width 或 --json 查看"
        : "left out at this width; widen the terminal, or use --width or --json",
    notes: [
      ...new Set(notes),
      ...publisherNotes(
        ctx,
        rows.flatMap((r) =>
          [r.from?.point.source, r.to?.point.source, r.change.stated?.source].filter((l) => l !== undefined),
        ),
      ),
    ],
    source: t("sourceLine", lang),
    empty: t("noRows", lang),
  };
}
