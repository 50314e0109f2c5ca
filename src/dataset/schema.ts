/**
 * The dataset's schema: the single source of truth for the types of jjj's data.
 * Every data file (the bundled article layer, the supplementary layer, a user's own file)
 * is one `DatasetFile`; files are merged into one `Dataset` by `load.ts`.
 */

import { type Message, msg } from "../core/messages/index.js";
import { ID_PATTERN, LAYERS, type Layer, MAX_YEAR, MIN_YEAR, QUALIFIERS, UNIT_IDS } from "./constants.js";
import { z } from "./zod.js";

export { ID_PATTERN, LAYERS, type Layer, MAX_YEAR, MIN_YEAR, QUALIFIERS, UNIT_IDS };

/**
 * A check's own problem as catalog messages, with its fix: carried in the issue's `params`, which
 * `explain.ts` reads. The issue's own `message` is the message's key, for anyone who reads zod's issue directly.
 */
function problemOf(message: Message, fix: Message): { message: string; params: { message: Message; fix: Message } } {
  return { message: message.key, params: { message, fix } };
}

/** A text in both of jjj's languages. */
export const Text = z.strictObject({
  zh: z.string().min(1),
  en: z.string().min(1),
});
export type Text = z.infer<typeof Text>;

/**
 * Everyday words people search with, in both languages: what a fact or theme is about when its
 * label uses other words (PM2.5: smog, haze, air quality; 雾霾, 空气质量). Data, never shown as a label.
 */
export const Keywords = z.strictObject({
  zh: z.array(z.string().min(1)),
  en: z.array(z.string().min(1)),
});
export type Keywords = z.infer<typeof Keywords>;

export const Id = z.string().regex(ID_PATTERN, "must be kebab-case: lowercase letters, digits and single hyphens");

export const Year = z.number().int().min(MIN_YEAR).max(MAX_YEAR);

/** ISO 8601 date at the precision the source gives: 2014, 2017-09 or 2014-02-26. */
export const IsoDate = z
  .string()
  .regex(
    /^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$/,
    "must be an ISO 8601 date: YYYY, YYYY-MM or YYYY-MM-DD",
  )
  .refine(
    (s) => {
      const year = Number(s.slice(0, 4));
      return year >= MIN_YEAR && year <= MAX_YEAR;
    },
    problemOf(
      msg("dataset.dateYear", { min: MIN_YEAR, max: MAX_YEAR }),
      msg("dataset.dateYearFix", { min: MIN_YEAR, max: MAX_YEAR }),
    ),
  );

/**
 * Units, as the source states them. Scaling (亿 = 10⁸, 万 = 10⁴) is applied by code when rendering:
 * `factor` says how many base units one stated unit is.
 */
export const UnitId = z.enum(UNIT_IDS);
export type UnitId = z.infer<typeof UnitId>;

export const Qualifier = z.enum(QUALIFIERS);
export type Qualifier = z.infer<typeof Qualifier>;

/** Where a figure comes from: a source id (see `sources`) and, for the article, section and paragraph. */
export const Locator = z.strictObject({
  /** Id of an entry in `sources`. */
  ref: Id,
  /** Article only: the section's id (`lead` for the lines before the first heading, else a theme id). */
  section: Id.optional(),
  /** Article only: 1-based paragraph number within the section, counting non-empty lines after its heading. */
  paragraph: z.number().int().min(1).optional(),
  /** Supplement only: how the figure is known (release, check). */
  note: z.string().min(1).optional(),
  /** Supplement only: A = two independent reports or one plus an arithmetic check, B = one report, D = derived. */
  confidence: z.enum(["A", "B", "D"]).optional(),
});
export type Locator = z.infer<typeof Locator>;

/** When a value holds: exactly one of year, date, period or asOfPublication. */
const Timing = {
  /** The calendar year the value refers to. */
  year: Year.optional(),
  /** A more precise ISO date (its year is the value's year). */
  date: IsoDate.optional(),
  /** A cumulative value over an inclusive span of years. */
  period: z
    .strictObject({ from: Year, to: Year })
    .refine((p) => p.from <= p.to, {
      path: ["to"],
      ...problemOf(msg("dataset.periodOrder"), msg("dataset.periodOrderFix")),
    })
    .optional(),
  /** The source says "now" (目前) without a year: the value holds at the time of publication. */
  asOfPublication: z.literal(true).optional(),
  /** The date is approximate ("end of 2020" → 2020-12, approximate). */
  approximate: z.literal(true).optional(),
  /** The source does not state the year; it is inferred from context (see `yearNote`). */
  yearInferred: z.literal(true).optional(),
  yearNote: Text.optional(),
  /**
   * The source states a status reached by this date ("by the end of 2020", 截至), not something
   * that happened on it: views mark it like an inferred year, JSON carries `asOf: true`.
   */
  asOf: z.literal(true).optional(),
};

export const Value = z
  .strictObject({
    value: z.number().finite(),
    /** The figure exactly as the source writes it, e.g. "83.1亿元", "1600余家". */
    stated: z.string().min(1),
    qualifier: Qualifier.optional(),
    /** A place other than the fact's own, for values broken down by place. */
    place: Id.optional(),
    /** A category for values broken down by something other than time or place. */
    category: Text.optional(),
    ...Timing,
    source: Locator,
  })
  .superRefine(checkTiming);
export type Value = z.infer<typeof Value>;

/** A stated relative change between two years, e.g. "比2014年下降51%" → from 2014, to 2020, percent −51. */
export const Change = z
  .strictObject({
    from: Year,
    to: Year,
    /** The relative change in percent, signed: −51 for a 51% decline. */
    percent: z.number().finite(),
    stated: z.string().min(1),
    qualifier: Qualifier.optional(),
    yearInferred: z.literal(true).optional(),
    yearNote: Text.optional(),
    source: Locator,
  })
  .refine((c) => c.from < c.to, {
    path: ["to"],
    ...problemOf(msg("dataset.changeOrder"), msg("dataset.changeOrderFix")),
  });
export type Change = z.infer<typeof Change>;

const FactBase = {
  id: Id,
  theme: Id,
  /**
   * "article" for the article's own figures, "supplement" for official figures beyond it (the two
   * bundled layers); "user" for figures of your own, the default.
   */
  layer: z.enum(LAYERS).default("user"),
  label: Text,
  explanation: Text,
  keywords: Keywords.optional(),
  /** Id of an entry in `places`. */
  place: Id,
  related: z.array(Id).optional(),
};

/**
 * The plausible range of a stated value: |value| ≤ 1e15 (a quadrillion of the fact's unit, far
 * beyond any figure of the region). Beyond it a table, an axis or a derived value could overflow.
 */
export const MAX_VALUE = 1e15;
/** The plausible range of a stated change: |percent| ≤ 1e6 (a ten-thousand-fold rise). */
export const MAX_PERCENT = 1e6;

/** Quantities that cannot be negative: counts, people, money, distances, durations, concentrations. */
const NON_NEGATIVE = new Set<string>(UNIT_IDS.filter((u) => u !== "percent"));

export const QuantityFact = z
  .strictObject({
    ...FactBase,
    kind: z.literal("quantity"),
    unit: UnitId,
    /** For counts: what is counted (zh counter word, en noun), e.g. { zh: "家", en: "firms" }. */
    counter: Text.optional(),
    /** For measured quantities: which direction is an improvement. */
    better: z.enum(["higher", "lower"]).optional(),
    /** Supplement: the series' statistical basis, e.g. the 13 cities of the region. */
    basis: Text.optional(),
    /** Supplement: the article fact this series extends. */
    extends: Id.optional(),
    values: z.array(Value),
    changes: z.array(Change).optional(),
  })
  .superRefine(
    (fact, ctx) => {
      // Runs even when another field of the fact is broken (see `when`), so every bad value is
      // reported at once: check the types it relies on.
      if (typeof fact.unit !== "string" || !Array.isArray(fact.values)) return;
      fact.values.forEach((v: unknown, j) => {
        const value = (v as { value?: unknown } | null)?.value;
        if (typeof value !== "number" || !Number.isFinite(value)) return;
        if (Math.abs(value) > MAX_VALUE) {
          ctx.addIssue({
            code: "custom",
            path: ["values", j, "value"],
            input: value,
            ...problemOf(
              msg("dataset.valueRange", { value: String(value), max: "1e15" }),
              msg("dataset.valueRangeFix", { max: "1e15" }),
            ),
          });
          return;
        }
        if (NON_NEGATIVE.has(fact.unit) && value < 0) {
          ctx.addIssue({
            code: "custom",
            path: ["values", j, "value"],
            input: value,
            ...problemOf(msg("dataset.negative", { unit: fact.unit, value }), msg("dataset.negativeFix")),
          });
        }
        if (fact.unit === "percent" && (value < 0 || value > 100)) {
          ctx.addIssue({
            code: "custom",
            path: ["values", j, "value"],
            input: value,
            ...problemOf(msg("dataset.shareRange", { value }), msg("dataset.shareRangeFix")),
          });
        }
      });
      if (Array.isArray(fact.changes)) checkChanges(fact as CheckedFact, ctx);
    },
    { when: (payload) => typeof payload.value === "object" && payload.value !== null },
  );
export type QuantityFact = z.infer<typeof QuantityFact>;

export const EventFact = z.strictObject({
  ...FactBase,
  kind: z.literal("event"),
  date: IsoDate,
  approximate: z.literal(true).optional(),
  /** The source does not state the year next to the date; it follows from the context (see `yearNote`). */
  yearInferred: z.literal(true).optional(),
  yearNote: Text.optional(),
  /** A status reached by this date ("by the end of 2020"), not an event of that date. */
  asOf: z.literal(true).optional(),
  source: Locator,
});
export type EventFact = z.infer<typeof EventFact>;

export const Fact = z.discriminatedUnion("kind", [QuantityFact, EventFact]);
export type Fact = z.infer<typeof Fact>;

export const Theme = z.strictObject({
  id: Id,
  /** Position in the article, 1-based. */
  order: z.number().int().min(1),
  name: Text,
  summary: Text,
  keywords: Keywords.optional(),
  /** The article's section heading, as a locator. */
  heading: z.string().min(1).optional(),
});
export type Theme = z.infer<typeof Theme>;

export const Place = z.strictObject({
  id: Id,
  name: Text,
  kind: z.enum(["region", "province", "city", "district", "county", "village", "park", "site", "other"]),
  /** The place this one lies in. */
  within: Id.optional(),
});
export type Place = z.infer<typeof Place>;

export const Source = z.strictObject({
  id: Id,
  kind: z.enum(["article", "official"]),
  title: Text,
  publisher: Text.optional(),
  note: Text.optional(),
});
export type Source = z.infer<typeof Source>;

export const DatasetFile = z.strictObject({
  $schema: z.string().optional(),
  /** A short description of what the file holds. */
  description: z.string().optional(),
  sources: z.array(Source).default([]),
  themes: z.array(Theme).default([]),
  places: z.array(Place).default([]),
  facts: z.array(Fact).default([]),
});
export type DatasetFile = z.infer<typeof DatasetFile>;

function checkTiming(
  v: { year?: number; date?: string; period?: unknown; asOfPublication?: true },
  ctx: z.RefinementCtx,
) {
  const given = [
    v.year !== undefined,
    v.date !== undefined,
    v.period !== undefined,
    v.asOfPublication !== undefined,
  ].filter(Boolean).length;
  if (given !== 1) {
    ctx.addIssue({
      code: "custom",
      path: ["year"],
      ...problemOf(msg(given === 0 ? "dataset.noTiming" : "dataset.manyTimings"), msg("dataset.timingFix")),
    });
  }
}

interface CheckedFact {
  unit: string;
  values: unknown[];
  changes: unknown[];
}

/**
 * A stated change must leave a plausible figure: more than −100% (a fall of 100% leaves nothing),
 * at most MAX_PERCENT in size, and a value derived from it and a stated value at one end must be
 * finite, within MAX_VALUE, and positive where the unit cannot be negative. (The derivation itself
 * is in src/query/points.ts: to / (1 + r) for the earlier end, from × (1 + r) for the later.)
 */
function checkChanges(fact: CheckedFact, ctx: z.RefinementCtx) {
  const atYear = new Map<number, number>();
  for (const v of fact.values) {
    const x = v as {
      value?: unknown;
      year?: unknown;
      date?: unknown;
      period?: unknown;
      place?: unknown;
      category?: unknown;
    };
    if (typeof x.value !== "number" || x.period !== undefined || x.place !== undefined || x.category !== undefined)
      continue;
    const year =
      typeof x.year === "number" ? x.year : typeof x.date === "string" ? Number(x.date.slice(0, 4)) : undefined;
    if (year !== undefined && !atYear.has(year)) atYear.set(year, x.value);
  }
  fact.changes.forEach((c, j) => {
    const x = c as { percent?: unknown; from?: unknown; to?: unknown };
    const percent = x.percent;
    if (typeof percent !== "number" || !Number.isFinite(percent)) return;
    const path = ["changes", j, "percent"];
    const fix = msg("dataset.changeFix");
    if (Math.abs(percent) > MAX_PERCENT) {
      ctx.addIssue({
        code: "custom",
        path,
        input: percent,
        ...problemOf(msg("dataset.changeRange", { percent: String(percent), max: "1e6" }), fix),
      });
      return;
    }
    if (percent <= -100) {
      ctx.addIssue({
        code: "custom",
        path,
        input: percent,
        ...problemOf(msg("dataset.changeAllGone", { percent: String(percent) }), fix),
      });
      return;
    }
    if (typeof x.from !== "number" || typeof x.to !== "number") return;
    const from = atYear.get(x.from);
    const to = atYear.get(x.to);
    if ((from === undefined) === (to === undefined)) return;
    const rate = 1 + percent / 100;
    const [year, derived] = from === undefined ? [x.from, (to as number) / rate] : [x.to, from * rate];
    const ok =
      Number.isFinite(derived) &&
      Math.abs(derived) <= MAX_VALUE &&
      (derived > 0 || !NON_NEGATIVE.has(fact.unit) || (derived === 0 && (from ?? to) === 0));
    if (!ok) {
      ctx.addIssue({
        code: "custom",
        path,
        input: percent,
        ...problemOf(msg("dataset.derivedBad", { year, value: String(derived) }), msg("dataset.derivedBadFix")),
      });
    }
  });
}
