/**
 * Quiz questions generated from the dataset. Pure: the dataset, a seed and a count in, questions
 * out, each in both languages with its answer, explanation and sources. A question is only made
 * where the data decides its answer:
 * - value: a stated figure (a breakdown by category is left out: its name often gives the number);
 * - year: an event's year (not an inferred one), or the year of a figure in a series of distinct values;
 * - larger: like with like only: one quantity in two places or years, or a series and the one it
 *   extends, that their hedges still order (">1,600 firms" is larger than "1,500 firms");
 * - change: a comparison of 2014 with 2020 with both ends stated or derived (and said so), unhedged;
 * - true-false: a stated, unhedged figure, shown as it is or perturbed beyond doubt.
 * Wrong choices are real figures of the same unit and kind, or plausible roundings of the answer
 * (never a fixed multiple of it, never its sign flipped), and differ from each other as displayed.
 */
import type { QuizRecord } from "../contract/quiz.js";
import { say } from "../core/messages/index.js";
import type { Dataset } from "../dataset/load.js";
import type { EventFact, Locator, Qualifier, QuantityFact, Text } from "../dataset/schema.js";
import { UNITS } from "../dataset/units.js";
import { append } from "../lib/append.js";
import { type CompareRow, compare } from "../query/compare.js";
import { decimals, round } from "../query/decimal.js";
import { type Point, points } from "../query/points.js";
import { formatDate, formatPercent, formatPoints, formatScaled, formatValue, unitScale } from "../render/format.js";
import { derivationText, locatorJson, type ViewContext } from "../view/common.js";
import { pointWhen } from "../view/facts.js";
import { type Random, seeded } from "./random.js";

export type QuizKind = QuizRecord["kind"];
export type Question = Omit<QuizRecord, "number" | "seed">;

/** What can be asked, before the random choices (distractors, their order) are made. */
export interface Candidate {
  id: string;
  kind: QuizKind;
  theme: string;
  facts: string[];
  make(rng: Random): Question | undefined;
}

/** Choices of a multiple-choice question. */
const CHOICES = 4;
/** The years a year question may offer: those of the data, and one either side. */
const YEAR_SPAN = { from: 2012, to: 2021 };

function both(make: (lang: "zh" | "en") => string): Text {
  return { zh: make("zh"), en: make("en") };
}

const TRUE: Text = both((lang) => say(lang, "quiz.true"));
const FALSE: Text = both((lang) => say(lang, "quiz.false"));

function ctxOf(dataset: Dataset, lang: "zh" | "en"): ViewContext {
  return { dataset, lang };
}

/** A stated figure with its unit, in one language: 44 µg/m³, >1,600 firms, 64.5%. */
function shown(fact: QuantityFact, value: number, lang: "zh" | "en", qualifier?: Qualifier): string {
  return formatValue(value, fact.unit, lang, { counter: fact.counter, qualifier });
}

/**
 * Figures offered side by side, in one scale: "0.8 million heads", never "800,000 heads" next to
 * "1.6 million heads", whose different words would give the answer away.
 */
function shownAlike(fact: QuantityFact, values: readonly number[], lang: "zh" | "en", qualifier?: Qualifier): string[] {
  const each = values.map((v) => shown(fact, v, lang, qualifier));
  const unit = (text: string) => text.replace(/^[≥>≤<≈]?[−+]?[\d,.]+\s*/, "").replace(/s$/, "");
  if (new Set(each.map(unit)).size <= 1) return each;
  const scale = unitScale(fact.unit, lang, fact.counter, values);
  return values.map(
    (v) => `${formatScaled(v, scale, lang, { qualifier })}${scale.unit ? `${scale.space}${scale.unit}` : ""}`,
  );
}

/** Which figure a point is: its fact, and its time and place in words (an inferred year marked ‡). */
function describe(dataset: Dataset, fact: QuantityFact, p: Point): Text {
  return both((lang) => {
    const when = `${pointWhen(ctxOf(dataset, lang), p)}${p.yearInferred ? say(lang, "quiz.inferredMark") : ""}`;
    return say(lang, "quiz.describe", { label: fact.label[lang], when: when.trim() });
  });
}

/** The note of an inferred year, for an explanation: " ‡ The article gives no year; …". */
function inferredNote(p: Point): Text {
  return both((lang) =>
    p.yearInferred && p.yearNote ? say(lang, "quiz.inferredNote", { note: p.yearNote[lang] }) : "",
  );
}

function sources(dataset: Dataset, locs: readonly Locator[]) {
  const ctx = ctxOf(dataset, "en");
  const seen = new Set<string>();
  return locs.flatMap((l) => {
    const key = JSON.stringify(l);
    if (seen.has(key)) return [];
    seen.add(key);
    return [locatorJson(ctx, l)];
  });
}

/** Points a question may be about: stated (not derived), not a breakdown by category. */
function askable(fact: QuantityFact): Point[] {
  return points(fact).filter((p) => !p.derived && !p.category);
}

/**
 * Ratios a quick eye reads off: a wrong choice is never one of these multiples of the answer, so
 * that the answer is not the one choice the others are multiples of.
 */
const FIXED_RATIOS = [0.1, 0.2, 0.25, 1 / 3, 0.4, 0.5, 0.6, 2 / 3, 0.75, 0.8, 1.2, 1.25, 1.4, 1.5, 2, 2.5, 3, 4, 5, 10];

/** Whether `v` is (within rounding) one of the fixed multiples of `of`. */
export function isFixedMultiple(v: number, of: number): boolean {
  if (of === 0 || v === 0) return false;
  const r = v / of;
  return FIXED_RATIOS.some((f) => Math.abs(r - f) <= f * 0.025);
}

export interface DistractorOptions {
  n?: number;
  min?: number;
  max?: number;
  /** Real figures of the same unit and kind, to offer first. */
  pool?: readonly number[];
  /** At least this far from the answer, as a share of it (a false claim must be clearly false). */
  apart?: number;
}

/**
 * Up to `n` wrong choices for `value`: real figures of the same unit and kind from `pool` (at most
 * two, within a factor of four of the answer), then plausible roundings and near values, each
 * shown differently from the answer and from each other. None is a fixed multiple of the answer,
 * none its negation, none of the other sign.
 */
export function distractors(
  value: number,
  rng: Random,
  show: (v: number) => string,
  opts: DistractorOptions = {},
): number[] {
  const n = opts.n ?? CHOICES - 1;
  const places = decimals(value);
  const size = Math.abs(value);
  const ok = (v: number) =>
    Number.isFinite(v) &&
    v !== value &&
    v !== -value &&
    Math.sign(v) === Math.sign(value) &&
    v >= (opts.min ?? -Infinity) &&
    v <= (opts.max ?? Infinity) &&
    !isFixedMultiple(v, value) &&
    Math.abs(v - value) >= size * (opts.apart ?? 0);
  const seen = new Set([show(value)]);
  const out: number[] = [];
  const take = (v: number): boolean => {
    if (out.length >= n || !ok(v)) return false;
    const label = show(v);
    if (seen.has(label)) return false;
    seen.add(label);
    out.push(v);
    return true;
  };
  const real = rng.shuffle(
    (opts.pool ?? []).filter((v) => size === 0 || (Math.abs(v) >= size / 4 && Math.abs(v) <= size * 4)),
  );
  let fromPool = 0;
  for (const v of real) if (fromPool < Math.min(2, n - 1) && take(v)) fromPool++;
  // Roundings and near values: steps of about a tenth of the answer's order of magnitude.
  const magnitude = size === 0 ? 1 : 10 ** Math.floor(Math.log10(size));
  const step = Math.max(10 ** -places, magnitude / 10);
  // A rounding only where the answer is as round: "−55%" beside "−55.8%" would point at the answer.
  const rounded = places === 0 ? [magnitude, magnitude / 2, magnitude / 5].map((m) => Math.round(value / m) * m) : [];
  const offsets = rng.shuffle([1, 2, 3, 4, 6, 7, 8, 9, 11, 13].flatMap((k) => [k, -k]));
  const near = [...offsets, ...offsets.map((k) => k * 2)].map((k) => round(value + k * step, places));
  for (const v of [...rng.shuffle(rounded.map((v) => round(v, places))), ...near]) take(v);
  return out;
}

/** A multiple-choice question: the right choice and the distractors, in a random order. */
function choose(rng: Random, right: Text, wrong: readonly Text[]): { choices: Text[]; answer: number } {
  const choices = rng.shuffle([right, ...wrong]);
  return { choices, answer: choices.indexOf(right) };
}

// ── value ───────────────────────────────────────────────────────────────────────────────────────

/** Real figures of the same unit (and counter) as a fact's, other than `except`: for wrong choices. */
function sameKind(dataset: Dataset, fact: QuantityFact, except: Point): number[] {
  return dataset.facts.flatMap((f) =>
    f.kind === "quantity" && f.unit === fact.unit && f.counter?.en === fact.counter?.en
      ? points(f)
          .filter((p) => p !== except && !p.derived && p.qualifier === except.qualifier)
          .map((p) => p.value)
      : [],
  );
}

function valueCandidates(dataset: Dataset, fact: QuantityFact): Candidate[] {
  const share = UNITS[fact.unit].share === true;
  return askable(fact).map((p) => ({
    id: `value:${fact.id}:${keyOf(p)}`,
    kind: "value",
    theme: fact.theme,
    facts: [fact.id],
    make: (rng) => {
      const wrong = distractors(p.value, rng, (v) => shown(fact, v, "en", p.qualifier), {
        min: 0,
        ...(share ? { max: 100 } : {}),
        pool: sameKind(dataset, fact, p),
      });
      if (wrong.length < CHOICES - 1) return undefined;
      const all = [p.value, ...wrong];
      const texts = { zh: shownAlike(fact, all, "zh", p.qualifier), en: shownAlike(fact, all, "en", p.qualifier) };
      const text = (v: number) => {
        const i = all.indexOf(v);
        return { zh: texts.zh[i] as string, en: texts.en[i] as string };
      };
      const what = describe(dataset, fact, p);
      return {
        id: `value:${fact.id}:${keyOf(p)}`,
        kind: "value",
        theme: fact.theme,
        facts: [fact.id],
        question: both((lang) => say(lang, "quiz.valueQuestion", { what: what[lang] })),
        ...choose(rng, text(p.value), wrong.map(text)),
        explanation: both(
          (lang) =>
            say(lang, "quiz.valueExplanation", {
              value: text(p.value)[lang],
              what: what[lang],
              stated: p.stated ? say(lang, "quiz.asStated", { stated: p.stated }) : "",
            }) + inferredNote(p)[lang],
        ),
        derived: false,
        sources: sources(dataset, [p.source]),
      };
    },
  }));
}

/** A point's time and place as an id part: 2020, 2013-2020, pub, pub-beijing. */
function keyOf(p: Point): string {
  const when = p.period ? `${p.period.from}-${p.period.to}` : p.year !== undefined ? String(p.year) : "pub";
  return p.place ? `${when}-${p.place}` : when;
}

// ── year ────────────────────────────────────────────────────────────────────────────────────────

function eventCandidate(dataset: Dataset, fact: EventFact): Candidate | undefined {
  if (fact.yearInferred) return undefined;
  const year = Number(fact.date.slice(0, 4));
  return {
    id: `year:${fact.id}`,
    kind: "year",
    theme: fact.theme,
    facts: [fact.id],
    make: (rng) => {
      const others = rng
        .shuffle([-3, -2, -1, 1, 2, 3].map((d) => year + d).filter((y) => y >= YEAR_SPAN.from && y <= YEAR_SPAN.to))
        .slice(0, CHOICES - 1);
      if (others.length < CHOICES - 1) return undefined;
      const text = (y: number): Text => both((lang) => say(lang, "quiz.yearChoice", { year: y }));
      return {
        id: `year:${fact.id}`,
        kind: "year",
        theme: fact.theme,
        facts: [fact.id],
        question: both((lang) => say(lang, "quiz.eventQuestion", { label: fact.label[lang] })),
        ...choose(rng, text(year), others.map(text)),
        explanation: both((lang) =>
          say(lang, "quiz.eventExplanation", {
            label: fact.label[lang],
            date: formatDate(fact.date, lang, fact.approximate === true),
          }),
        ),
        derived: false,
        sources: sources(dataset, [fact.source]),
      };
    },
  };
}

/** "In which year was Beijing's PM2.5 58 µg/m³?": a series of four or more distinct, unhedged yearly figures. */
function seriesYearCandidates(dataset: Dataset, fact: QuantityFact): Candidate[] {
  const series = askable(fact).filter(
    (p) => p.year !== undefined && !p.period && !p.asOfPublication && !p.place && !p.qualifier && !p.yearInferred,
  );
  const values = new Set(series.map((p) => p.value));
  if (series.length < CHOICES || values.size !== series.length) return [];
  return series.map((p) => ({
    id: `year:${fact.id}:${p.year}`,
    kind: "year",
    theme: fact.theme,
    facts: [fact.id],
    make: (rng) => {
      const year = p.year as number;
      const others = rng.shuffle(series.filter((o) => o !== p).map((o) => o.year as number)).slice(0, CHOICES - 1);
      const text = (y: number): Text => both((lang) => say(lang, "quiz.yearChoice", { year: y }));
      const value = both((lang) => shown(fact, p.value, lang));
      return {
        id: `year:${fact.id}:${year}`,
        kind: "year",
        theme: fact.theme,
        facts: [fact.id],
        question: both((lang) => say(lang, "quiz.seriesQuestion", { label: fact.label[lang], value: value[lang] })),
        ...choose(rng, text(year), others.map(text)),
        explanation: both((lang) =>
          say(lang, "quiz.seriesExplanation", {
            label: fact.label[lang],
            value: value[lang],
            year,
            others: others
              .map((y) =>
                say(lang, "quiz.seriesOther", {
                  value: shown(fact, series.find((o) => o.year === y)?.value as number, lang),
                  year: y,
                }),
              )
              .join(say(lang, "quiz.listSep")),
          }),
        ),
        derived: false,
        sources: sources(dataset, [
          p.source,
          ...series.filter((o) => others.includes(o.year as number)).map((o) => o.source),
        ]),
      };
    },
  }));
}

// ── larger ──────────────────────────────────────────────────────────────────────────────────────

/** The range a hedged figure allows: ">1,600" is (1,600, ∞), "<5" is [0, 5). */
function bounds(p: Point): { low: number; high: number } | undefined {
  switch (p.qualifier) {
    case undefined:
      return { low: p.value, high: p.value };
    case "atLeast":
    case "moreThan":
      return { low: p.value, high: Infinity };
    case "atMost":
    case "lessThan":
      return { low: 0, high: p.value };
    default:
      return undefined;
  }
}

/** When a figure holds, for pairing: a year, a period, or "as published" in the article. */
function timeKey(fact: QuantityFact, p: Point): string | undefined {
  if (p.period) return `period:${p.period.from}-${p.period.to}`;
  if (p.asOfPublication) return fact.layer === "article" ? "publication" : undefined;
  return p.year !== undefined ? `year:${p.year}` : undefined;
}

/**
 * "Which is larger" pairs every two figures of one family (a fact and the series that extend it,
 * in one unit and counter) while the data has at most PAIR_BUDGET such pairs, as the bundled data
 * and any small file of your own do. Beyond it, each figure is paired with the next PARTNERS of
 * its family only, so that a large data file makes pairs in proportion to its figures.
 */
const PAIR_BUDGET = 20_000;
const PARTNERS = 8;

interface Item {
  fact: QuantityFact;
  p: Point;
  time: string;
}

/** The fact a fact's series extends (in the same unit), or the fact itself: like is compared with like. */
function familyOf(fact: QuantityFact, byId: ReadonlyMap<string, QuantityFact>): string {
  const base = fact.extends === undefined ? undefined : byId.get(fact.extends);
  return base && base.unit === fact.unit ? base.id : fact.id;
}

function largerCandidates(dataset: Dataset): Candidate[] {
  const byId = new Map<string, QuantityFact>();
  for (const f of dataset.facts) if (f.kind === "quantity") byId.set(f.id, f);
  const items: Item[] = [];
  for (const fact of byId.values()) {
    for (const p of askable(fact)) {
      const time = timeKey(fact, p);
      if (bounds(p) && time) items.push({ fact, p, time });
    }
  }
  const keyOf = (item: Item) =>
    JSON.stringify([familyOf(item.fact, byId), item.fact.unit, item.fact.counter?.en ?? null]);
  const byKey = new Map<string, number[]>();
  const groupOf: number[][] = [];
  const placeIn: number[] = [];
  items.forEach((item, i) => {
    const key = keyOf(item);
    let group = byKey.get(key);
    if (!group) {
      group = [];
      byKey.set(key, group);
    }
    groupOf.push(group);
    placeIn.push(group.length);
    group.push(i);
  });
  let pairs = 0;
  for (const group of byKey.values()) pairs += (group.length * (group.length - 1)) / 2;
  const partners = pairs <= PAIR_BUDGET ? Number.POSITIVE_INFINITY : PARTNERS;
  const out: Candidate[] = [];
  items.forEach((a, i) => {
    const at = placeIn[i] as number;
    for (const j of (groupOf[i] as number[]).slice(at + 1, at + 1 + partners)) {
      const b = items[j] as Item;
      // Two places or facts at one time, or one place of one fact at two times: one difference only.
      const sameTime = a.time === b.time;
      const sameWhere = a.fact.id === b.fact.id && a.p.place === b.p.place;
      if (sameTime === sameWhere) continue;
      const ba = bounds(a.p);
      const bb = bounds(b.p);
      if (!ba || !bb) continue;
      const big = ba.low > bb.high ? a : bb.low > ba.high ? b : undefined;
      if (!big) continue;
      const small = big === a ? b : a;
      out.push(largerCandidate(dataset, a, b, big, small));
    }
  });
  return out;
}

/** When an item holds, in words: "in 2020", "over 2014–2020", "when the article was written" (‡ if inferred). */
function itemWhen(item: Item): Text {
  const p = item.p;
  return both(
    (lang) =>
      (p.period
        ? say(lang, "quiz.period", { from: p.period.from, to: p.period.to })
        : p.asOfPublication
          ? say(lang, "quiz.whenWritten")
          : say(lang, "quiz.inYear", { year: p.year as number })) +
      (p.yearInferred ? say(lang, "quiz.inferredMark") : ""),
  );
}

function itemName(dataset: Dataset, item: Item, withWhen: boolean): Text {
  return both((lang) => {
    const place = item.p.place ? dataset.places.find((pl) => pl.id === item.p.place)?.name[lang] : undefined;
    const name = place ? say(lang, "quiz.placed", { label: item.fact.label[lang], place }) : item.fact.label[lang];
    return withWhen ? say(lang, "quiz.itemWhen", { name, when: itemWhen(item)[lang] }) : name;
  });
}

function largerCandidate(dataset: Dataset, a: Item, b: Item, big: Item, small: Item): Candidate {
  const id = `larger:${a.fact.id}:${b.fact.id}:${keyOf(a.p)}${a.time === b.time ? "" : `:${keyOf(b.p)}`}`;
  // At one time, the time is said once, in the question; at two, each choice says its own.
  const oneTime = a.time === b.time;
  const facts = [a.fact.id, ...(b.fact.id === a.fact.id ? [] : [b.fact.id])];
  return {
    id,
    kind: "larger",
    theme: a.fact.theme,
    facts,
    make: (rng) => {
      const value = (it: Item) =>
        both((lang) =>
          say(lang, "quiz.itemValue", {
            name: itemName(dataset, it, !oneTime)[lang],
            value: shown(it.fact, it.p.value, lang, it.p.qualifier),
          }),
        );
      const notes = both((lang) => [...new Set([a.p, b.p].map((p) => inferredNote(p)[lang]).filter(Boolean))].join(""));
      return {
        id,
        kind: "larger",
        theme: a.fact.theme,
        facts,
        question: both((lang) => say(lang, "quiz.largerQuestion", { when: oneTime ? itemWhen(a)[lang] : "" })),
        ...choose(rng, itemName(dataset, big, !oneTime), [itemName(dataset, small, !oneTime)]),
        explanation: both(
          (lang) =>
            say(lang, "quiz.largerExplanation", { big: value(big)[lang], small: value(small)[lang] }) + notes[lang],
        ),
        derived: false,
        sources: sources(dataset, [big.p.source, small.p.source]),
      };
    },
  };
}

// ── change ──────────────────────────────────────────────────────────────────────────────────────

/** The changes of the other rows, in the kind a row's question asks: percentage points of a share, else per cent. */
export interface ChangePools {
  points: number[];
  percent: number[];
}

function changePools(rows: readonly CompareRow[]): ChangePools {
  const pools: ChangePools = { points: [], percent: [] };
  for (const row of rows) {
    if (row.change.relative === null) continue;
    if (UNITS[row.fact.unit].share === true) {
      if (row.change.percentagePoints !== null) pools.points.push(row.change.percentagePoints);
    } else pools.percent.push(round(row.change.relative * 100, 1));
  }
  return pools;
}

function changeCandidate(dataset: Dataset, row: CompareRow, pools: ChangePools): Candidate | undefined {
  const { fact, change: c } = row;
  const from = row.from?.point;
  const to = row.to?.point;
  if (!from || !to || c.bound !== null || c.relative === null) return undefined;
  const share = UNITS[fact.unit].share === true;
  const id = `change:${fact.id}:${from.year}-${to.year}`;
  return {
    id,
    kind: "change",
    theme: fact.theme,
    facts: [fact.id],
    make: (rng) => {
      const f = from;
      const t = to;
      let answer: Text;
      let others: Text[];
      if (share) {
        // Percentage points only: the relative change of a share would be a second right answer.
        const pp = c.percentagePoints as number;
        const show = (v: number) => formatPoints(v, "en");
        const limits = { min: -f.value, max: 100 - f.value };
        const text = (v: number): Text => both((lang) => formatPoints(v, lang));
        answer = text(pp);
        others = distractors(pp, rng, show, { ...limits, pool: pools.points }).map(text);
      } else {
        const pct = round((c.relative as number) * 100, 1);
        const show = (v: number) => formatPercent(v / 100);
        const text = (v: number): Text => ({ zh: show(v), en: show(v) });
        answer = text(pct);
        others = distractors(pct, rng, show, { min: -99.9, pool: pools.percent }).map(text);
      }
      if (others.length < CHOICES - 1) return undefined;
      const end = (p: Point, lang: "zh" | "en") =>
        say(lang, "quiz.changeEnd", {
          year: p.year as number,
          value: `${shown(fact, p.value, lang)}${p.derived ? "*" : ""}${p.yearInferred ? "‡" : ""}`,
        });
      const derivedNote = both(
        (lang) =>
          [f, t]
            .flatMap((p) =>
              p.derived ? [{ p, d: derivationText(ctxOf(dataset, lang), fact, p.derived, p.value) }] : [],
            )
            .map(({ p, d }) => say(lang, "quiz.derivedNote", { year: p.year as number, formula: d.formula }))
            .join("") + [f, t].map((p) => inferredNote(p)[lang]).join(""),
      );
      const statedNote = both((lang) => (c.stated ? say(lang, "quiz.asStated", { stated: c.stated.stated }) : ""));
      return {
        id,
        kind: "change",
        theme: fact.theme,
        facts: [fact.id],
        question: both((lang) =>
          say(lang, "quiz.changeQuestion", { label: fact.label[lang], from: f.year as number, to: t.year as number }),
        ),
        ...choose(rng, answer, others),
        explanation: both((lang) =>
          say(lang, "quiz.changeExplanation", {
            from: end(f, lang),
            to: end(t, lang),
            answer: answer[lang],
            stated: statedNote[lang],
            derived: derivedNote[lang],
          }),
        ),
        derived: f.derived !== undefined || t.derived !== undefined,
        sources: sources(dataset, [
          ...[f, t].flatMap((p) => (p.derived ? [p.derived.input.source, p.derived.change.source] : [p.source])),
          ...(c.stated ? [c.stated.source] : []),
        ]),
      };
    },
  };
}

// ── true or false ───────────────────────────────────────────────────────────────────────────────

function trueFalseCandidates(dataset: Dataset, fact: QuantityFact): Candidate[] {
  const share = UNITS[fact.unit].share === true;
  return askable(fact)
    .filter((p) => !p.qualifier)
    .map((p) => ({
      id: `true-false:${fact.id}:${keyOf(p)}`,
      kind: "true-false",
      theme: fact.theme,
      facts: [fact.id],
      make: (rng) => {
        const real = rng.next() < 0.5;
        // A false figure is at least a tenth away from the real one: no quibble over rounding.
        const far = distractors(p.value, rng, (v) => shown(fact, v, "en"), {
          n: 1,
          min: 0,
          ...(share ? { max: 100 } : {}),
          pool: sameKind(dataset, fact, p),
          apart: 0.1,
        });
        const claimed = real ? p.value : far[0];
        if (claimed === undefined) return undefined;
        const what = describe(dataset, fact, p);
        const says = both((lang) => shown(fact, claimed, lang));
        const is = both((lang) => shown(fact, p.value, lang));
        return {
          id: `true-false:${fact.id}:${keyOf(p)}`,
          kind: "true-false",
          theme: fact.theme,
          facts: [fact.id],
          question: both((lang) => say(lang, "quiz.trueFalseQuestion", { what: what[lang], value: says[lang] })),
          choices: [TRUE, FALSE],
          answer: real ? 0 : 1,
          explanation: both(
            (lang) =>
              (real
                ? say(lang, "quiz.trueExplanation", { value: is[lang] })
                : say(lang, "quiz.falseExplanation", { value: is[lang], claimed: says[lang] })) + inferredNote(p)[lang],
          ),
          derived: false,
          sources: sources(dataset, [p.source]),
        };
      },
    }));
}

// ── the set ─────────────────────────────────────────────────────────────────────────────────────

/** Everything that can be asked, in a fixed order (the dataset's), optionally for one theme. */
export function candidates(dataset: Dataset, theme?: string): Candidate[] {
  const all: Candidate[] = [];
  for (const fact of dataset.facts) {
    if (fact.kind === "event") {
      const c = eventCandidate(dataset, fact);
      if (c) all.push(c);
      continue;
    }
    append(all, valueCandidates(dataset, fact));
    append(all, seriesYearCandidates(dataset, fact));
    append(all, trueFalseCandidates(dataset, fact));
  }
  const rows = compare(dataset, { from: 2014, to: 2020 });
  const pools = changePools(rows);
  for (const row of rows) {
    const c = changeCandidate(dataset, row, pools);
    if (c) all.push(c);
  }
  for (const c of largerCandidates(dataset)) all.push(c);
  if (theme === undefined) return all;
  const inTheme = new Set(dataset.facts.filter((f) => f.theme === theme).map((f) => f.id));
  return all.filter((c) => c.facts.every((f) => inTheme.has(f)));
}

const KINDS: readonly QuizKind[] = ["value", "year", "larger", "change", "true-false"];

/**
 * A set of `count` questions for a seed: the kinds taken in turn (in an order the seed shuffles),
 * each question a random one of its kind, preferring facts not asked about yet. Fewer when the
 * data (or the theme) does not support that many.
 */
export function makeQuiz(dataset: Dataset, opts: { seed: number; count: number; theme?: string }): QuizRecord[] {
  const rng = seeded(opts.seed);
  const pools = new Map<QuizKind, Candidate[]>();
  for (const c of candidates(dataset, opts.theme)) {
    const pool = pools.get(c.kind);
    if (pool) pool.push(c);
    else pools.set(c.kind, [c]);
  }
  const kinds = rng.shuffle(KINDS.filter((k) => pools.has(k)));
  const used = new Set<string>();
  const out: QuizRecord[] = [];
  for (let turn = 0; out.length < opts.count && kinds.some((k) => (pools.get(k)?.length ?? 0) > 0); turn++) {
    const kind = kinds[turn % kinds.length] as QuizKind;
    const pool = pools.get(kind) ?? [];
    if (!pool.length) continue;
    const fresh = pool.filter((c) => c.facts.every((f) => !used.has(f)));
    const candidate = rng.pick(fresh.length ? fresh : pool);
    pool.splice(pool.indexOf(candidate), 1);
    const q = candidate.make(rng);
    if (!q) continue;
    for (const f of q.facts) used.add(f);
    out.push({ number: out.length + 1, ...q, seed: opts.seed });
  }
  return out;
}
