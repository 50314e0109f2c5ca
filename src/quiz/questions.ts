/**
 * Quiz questions generated from the dataset. Pure: the dataset, a seed and a count in, questions
 * out, each in both languages with its answer, explanation and sources. A question is only made
 * where the data decides its answer:
 * - value: a stated figure (a breakdown by category is left out: its name often gives the number);
 * - year: an event's year (not an inferred one), or the year of a figure in a series of distinct values;
 * - larger: two stated figures of the same unit (and counter) and the same year, that their hedges
 *   still order (">1,600 firms" is larger than "95 firms");
 * - change: a comparison of 2014 with 2020 with both ends stated or derived (and said so), unhedged;
 * - true-false: a stated, unhedged figure, shown as it is or perturbed beyond doubt.
 * Distractors keep the unit, sit at nearby magnitudes and differ from each other as displayed.
 */
import type { QuizRecord } from "../contract/quiz.js";
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

const TRUE: Text = { zh: "对", en: "True" };
const FALSE: Text = { zh: "错", en: "False" };

function both(make: (lang: "zh" | "en") => string): Text {
  return { zh: make("zh"), en: make("en") };
}

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

/** Which figure a point is: its fact, and its time and place in words. */
function describe(dataset: Dataset, fact: QuantityFact, p: Point): Text {
  return both((lang) => {
    const when = pointWhen(ctxOf(dataset, lang), p);
    return when ? `${fact.label[lang]}${lang === "zh" ? "，" : ", "}${when}` : fact.label[lang];
  });
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
 * Up to `n` numbers near `value`, for distractors: the same number of decimals, the same sign,
 * within [min, max], each shown differently from the answer and from each other.
 */
export function nearby(
  value: number,
  rng: Random,
  show: (v: number) => string,
  opts: { n?: number; min?: number; max?: number } = {},
): number[] {
  const n = opts.n ?? CHOICES - 1;
  const places = decimals(value);
  const step = 10 ** -places;
  const ok = (v: number) =>
    Number.isFinite(v) && v !== value && v >= (opts.min ?? -Infinity) && v <= (opts.max ?? Infinity);
  const scaled = rng.shuffle([0.5, 0.6, 0.75, 0.8, 1.25, 1.4, 1.5, 2]).map((f) => round(value * f, places));
  const stepped = [1, -1, 2, -2, 3, -3, 4, 5, 6].map((k) =>
    round(value + k * step * Math.max(1, Math.round((Math.abs(value) * 0.1) / step)), places),
  );
  const seen = new Set([show(value)]);
  const out: number[] = [];
  for (const v of [...scaled, ...stepped]) {
    if (out.length >= n) break;
    if (!ok(v) || (value > 0 && v <= 0) || (value < 0 && v >= 0)) continue;
    const label = show(v);
    if (seen.has(label)) continue;
    seen.add(label);
    out.push(v);
  }
  return out;
}

/** A multiple-choice question: the right choice and the distractors, in a random order. */
function choose(rng: Random, right: Text, wrong: readonly Text[]): { choices: Text[]; answer: number } {
  const choices = rng.shuffle([right, ...wrong]);
  return { choices, answer: choices.indexOf(right) };
}

// ── value ───────────────────────────────────────────────────────────────────────────────────────

function valueCandidates(dataset: Dataset, fact: QuantityFact): Candidate[] {
  const share = UNITS[fact.unit].share === true;
  return askable(fact).map((p) => ({
    id: `value:${fact.id}:${keyOf(p)}`,
    kind: "value",
    theme: fact.theme,
    facts: [fact.id],
    make: (rng) => {
      const wrong = nearby(p.value, rng, (v) => shown(fact, v, "en", p.qualifier), {
        min: 0,
        ...(share ? { max: 100 } : {}),
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
        question: {
          zh: `${what.zh}：原文给出的数字是多少？`,
          en: `${what.en}: which figure does the source give?`,
        },
        ...choose(rng, text(p.value), wrong.map(text)),
        explanation: {
          zh: `原文给出${what.zh}为${text(p.value).zh}${p.stated ? `（原文“${p.stated}”）` : ""}。`,
          en: `The source gives ${text(p.value).en} for ${what.en}${p.stated ? ` (as stated: “${p.stated}”)` : ""}.`,
        },
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
      const text = (y: number): Text => ({ zh: `${y}年`, en: String(y) });
      return {
        id: `year:${fact.id}`,
        kind: "year",
        theme: fact.theme,
        facts: [fact.id],
        question: { zh: `${fact.label.zh}：是在哪一年？`, en: `${fact.label.en}: in which year?` },
        ...choose(rng, text(year), others.map(text)),
        explanation: {
          zh: `${fact.label.zh}：${formatDate(fact.date, "zh", fact.approximate === true)}。`,
          en: `${fact.label.en}: ${formatDate(fact.date, "en", fact.approximate === true)}.`,
        },
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
      const text = (y: number): Text => ({ zh: `${y}年`, en: String(y) });
      const value = both((lang) => shown(fact, p.value, lang));
      return {
        id: `year:${fact.id}:${year}`,
        kind: "year",
        theme: fact.theme,
        facts: [fact.id],
        question: {
          zh: `${fact.label.zh}在哪一年为${value.zh}？`,
          en: `${fact.label.en}: in which year was it ${value.en}?`,
        },
        ...choose(rng, text(year), others.map(text)),
        explanation: {
          zh: `${fact.label.zh}${year}年为${value.zh}；${others
            .map((y) => `${y}年为${shown(fact, series.find((o) => o.year === y)?.value as number, "zh")}`)
            .join("，")}。`,
          en: `${fact.label.en} was ${value.en} in ${year}; ${others
            .map((y) => `${shown(fact, series.find((o) => o.year === y)?.value as number, "en")} in ${y}`)
            .join(", ")}.`,
        },
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

/** When two figures hold, for pairing: the same year, the same period, or both "as published" in the article. */
function timeKey(fact: QuantityFact, p: Point): string | undefined {
  if (p.period) return `period:${p.period.from}-${p.period.to}`;
  if (p.asOfPublication) return fact.layer === "article" ? "publication" : undefined;
  return p.year !== undefined ? `year:${p.year}` : undefined;
}

/**
 * "Which is larger" pairs every two figures of one key (unit, counter, time) while the data has
 * at most PAIR_BUDGET such pairs, as the bundled data (29) and any small file of your own
 * do. Beyond it, each figure is paired with the next PARTNERS of its key only, so that a large
 * data file makes pairs in proportion to its figures, not to their square.
 */
const PAIR_BUDGET = 20_000;
const PARTNERS = 8;

interface Item {
  fact: QuantityFact;
  p: Point;
}

function largerCandidates(dataset: Dataset): Candidate[] {
  const items: Item[] = dataset.facts.flatMap((fact) =>
    fact.kind === "quantity" ? askable(fact).flatMap((p) => (bounds(p) && timeKey(fact, p) ? [{ fact, p }] : [])) : [],
  );
  // Only items of one unit, counter and time compare: each item's key is worked out once, and
  // each is paired with the later items of its key, in order (see PAIR_BUDGET).
  const keyOf = (item: Item) =>
    JSON.stringify([item.fact.unit, item.fact.counter?.en ?? null, timeKey(item.fact, item.p) ?? null]);
  const byKey = new Map<string, number[]>();
  // Each item's group, and its place in it.
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

function itemName(dataset: Dataset, item: Item): Text {
  return both((lang) => {
    const place = item.p.place ? dataset.places.find((pl) => pl.id === item.p.place)?.name[lang] : undefined;
    return place ? `${item.fact.label[lang]}${lang === "zh" ? `（${place}）` : ` (${place})`}` : item.fact.label[lang];
  });
}

function largerCandidate(dataset: Dataset, a: Item, b: Item, big: Item, small: Item): Candidate {
  const id = `larger:${a.fact.id}:${b.fact.id}:${keyOf(a.p)}`;
  const p = a.p;
  const when: Text = p.period
    ? { zh: `${p.period.from}—${p.period.to}年`, en: `over ${p.period.from}–${p.period.to}` }
    : p.asOfPublication
      ? { zh: "文章发表时", en: "when the article was written" }
      : { zh: `${p.year}年`, en: `in ${p.year}` };
  return {
    id,
    kind: "larger",
    theme: a.fact.theme,
    facts: [a.fact.id, ...(b.fact.id === a.fact.id ? [] : [b.fact.id])],
    make: (rng) => {
      const value = (it: Item) =>
        both(
          (lang) =>
            `${itemName(dataset, it)[lang]}${lang === "zh" ? "：" : ": "}${shown(it.fact, it.p.value, lang, it.p.qualifier)}`,
        );
      return {
        id,
        kind: "larger",
        theme: a.fact.theme,
        facts: [a.fact.id, ...(b.fact.id === a.fact.id ? [] : [b.fact.id])],
        question: { zh: `${when.zh}，哪个数值更大？`, en: `Which figure was larger ${when.en}?` },
        ...choose(rng, itemName(dataset, big), [itemName(dataset, small)]),
        explanation: {
          zh: `${value(big).zh}，大于${value(small).zh}。`,
          en: `${value(big).en}, more than ${value(small).en}.`,
        },
        derived: false,
        sources: sources(dataset, [big.p.source, small.p.source]),
      };
    },
  };
}

// ── change ──────────────────────────────────────────────────────────────────────────────────────

function changeCandidate(dataset: Dataset, row: CompareRow): Candidate | undefined {
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
        const flipped = -pp >= limits.min && -pp <= limits.max ? [-pp] : [];
        const text = (v: number): Text => ({ zh: formatPoints(v, "zh"), en: show(v) });
        answer = text(pp);
        others = [...flipped, ...nearby(pp, rng, show, { ...limits, n: CHOICES })]
          .filter((v, i, all) => show(v) !== show(pp) && all.findIndex((w) => show(w) === show(v)) === i)
          .slice(0, CHOICES - 1)
          .map(text);
      } else {
        const pct = round((c.relative as number) * 100, 1);
        const show = (v: number) => formatPercent(v / 100);
        const flipped = -pct > -100 ? [-pct] : [];
        const text = (v: number): Text => ({ zh: show(v), en: show(v) });
        answer = text(pct);
        others = [...flipped, ...nearby(pct, rng, show, { min: -99.9, n: CHOICES })]
          .filter((v, i, all) => show(v) !== show(pct) && all.findIndex((w) => show(w) === show(v)) === i)
          .slice(0, CHOICES - 1)
          .map(text);
      }
      if (others.length < CHOICES - 1) return undefined;
      const end = (p: Point, lang: "zh" | "en") =>
        `${p.year}${lang === "zh" ? "年" : ":"} ${shown(fact, p.value, lang)}${p.derived ? "*" : ""}`;
      const derivedNote = both((lang) =>
        [f, t]
          .flatMap((p) => (p.derived ? [{ p, d: derivationText(ctxOf(dataset, lang), fact, p.derived, p.value) }] : []))
          .map(({ p, d }) =>
            lang === "zh" ? `*${p.year}年为推算值：${d.formula}。` : ` *The ${p.year} value is derived: ${d.formula}.`,
          )
          .join(""),
      );
      const statedNote = c.stated
        ? { zh: `（原文“${c.stated.stated}”）`, en: ` (as stated: “${c.stated.stated}”)` }
        : { zh: "", en: "" };
      return {
        id,
        kind: "change",
        theme: fact.theme,
        facts: [fact.id],
        question: {
          zh: `${f.year}年到${t.year}年，${fact.label.zh}变化了多少？`,
          en: `${fact.label.en}: by how much did it change from ${f.year} to ${t.year}?`,
        },
        ...choose(rng, answer, others),
        explanation: {
          zh: `${end(f, "zh")} → ${end(t, "zh")}，${answer.zh}${statedNote.zh}。${derivedNote.zh}`,
          en: `${end(f, "en")} → ${end(t, "en")}: ${answer.en}${statedNote.en}.${derivedNote.en}`,
        },
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
        const far = nearby(p.value, rng, (v) => shown(fact, v, "en"), {
          n: 8,
          min: 0,
          ...(share ? { max: 100 } : {}),
        }).filter((v) => Math.abs(v - p.value) >= Math.abs(p.value) * 0.1);
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
          question: { zh: `判断对错：${what.zh}为${says.zh}。`, en: `True or false? ${what.en}: ${says.en}.` },
          choices: [TRUE, FALSE],
          answer: real ? 0 : 1,
          explanation: real
            ? { zh: `对：原文给出${is.zh}。`, en: `True: the source gives ${is.en}.` }
            : { zh: `错：原文给出${is.zh}，不是${says.zh}。`, en: `False: the source gives ${is.en}, not ${says.en}.` },
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
  for (const row of compare(dataset, { from: 2014, to: 2020 })) {
    const c = changeCandidate(dataset, row);
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
