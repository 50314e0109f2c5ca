/** Number, unit, date and change formatting. Scaling (亿 = 10⁸, 万 = 10⁴) happens here and only here. */
import type { Lang } from "../core/lang.js";
import { type MessageKey, say } from "../core/messages/index.js";
import type { Locator, Qualifier, Text, UnitId } from "../dataset/schema.js";
import { unitScale as baseScale, UNITS } from "../dataset/units.js";
import { maxOf } from "../lib/extremes.js";
import { round, shift } from "../query/decimal.js";

const QUALIFIER_SIGN: Record<Qualifier, string> = {
  atLeast: "≥",
  moreThan: ">",
  lessThan: "<",
  atMost: "≤",
  about: "≈",
};

const both = (key: MessageKey): Text => ({
  zh: say("zh", key as "render.about"),
  en: say("en", key as "render.about"),
});

/** A hedge in words, from the catalog: at least / 至少. */
export const QUALIFIER_TEXT: Record<Qualifier, Text> = {
  atLeast: both("render.atLeast"),
  moreThan: both("render.moreThan"),
  lessThan: both("render.lessThan"),
  atMost: both("render.atMost"),
  about: both("render.about"),
};

export function qualifierSign(q: Qualifier | undefined | null): string {
  return q ? QUALIFIER_SIGN[q] : "";
}

/** Group an unsigned decimal string's integer part in threes: 1293000 → 1,293,000. */
function group(decimal: string): string {
  const [int = "", frac] = decimal.split(".");
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return frac ? `${grouped}.${frac}` : grouped;
}

/** How a quantity's numbers are shown: shift the stated number's decimal point by `exp`, then add `unit`. */
export interface Scale {
  exp: number;
  unit: string;
  /** Glue between number and unit ("" in Chinese, " " in English, none for %). */
  space: string;
}

export interface FormatOptions {
  counter?: Text;
  qualifier?: Qualifier | null;
  /** Prefix positive numbers with "+" (for changes). */
  signed?: boolean;
}

/**
 * The scale for showing a set of values of one unit: in Chinese the article's own unit (亿元, 万人);
 * in English base units in words a reader knows (83.1 亿元 → 8.31 bn yuan), chosen by the largest value.
 */
export function unitScale(unit: UnitId, lang: Lang, counter: Text | undefined, values: readonly number[]): Scale {
  const u = UNITS[unit];
  // The same factors the JSON records give scripts (unitFactor, baseUnit).
  const { unitFactor, baseUnit } = baseScale(unit);
  if (lang === "zh") {
    if (u.base === "count") return { exp: 0, unit: `${u.zh}${counter?.zh ?? ""}`, space: "" };
    return { exp: 0, unit: u.zh, space: "" };
  }
  const f = Math.round(Math.log10(unitFactor));
  const max = maxOf(
    values.map((v) => Math.abs(v) * unitFactor),
    0,
  );
  switch (baseUnit) {
    case "yuan":
      if (max >= 1e9) return { exp: f - 9, unit: "bn yuan", space: " " };
      if (max >= 1e6) return { exp: f - 6, unit: "million yuan", space: " " };
      return { exp: f, unit: "yuan", space: " " };
    case "yuan-per-person":
      return { exp: f, unit: "yuan/person", space: " " };
    case "person":
    case "count": {
      const noun = baseUnit === "person" ? "people" : (counter?.en ?? "");
      if (max >= 1e6) return { exp: f - 6, unit: `million${noun ? ` ${noun}` : ""}`, space: " " };
      return { exp: f, unit: noun, space: noun ? " " : "" };
    }
    case "percent":
      return { exp: 0, unit: "%", space: "" };
    case "ug-per-m3":
      return { exp: 0, unit: "µg/m³", space: " " };
    case "km":
      return { exp: f, unit: "km", space: " " };
    default:
      return { exp: 0, unit: u.en, space: " " };
  }
}

/**
 * A number too large or too small for positional digits, in exponent notation: 1e21, 2.5e-9
 * (JavaScript's own shortest form, without the "+").
 */
function exponentForm(n: number): string {
  return n.toExponential().replace("e+", "e");
}

/** Numbers from here on print in exponent notation (where toFixed itself would switch to it). */
const HUGE = 1e21;
/** And below this, other than zero. */
const TINY = 1e-9;

function needsExponent(n: number): boolean {
  return n >= HUGE || (n > 0 && n < TINY);
}

/** The number alone, in a scale: 83.1 → "8.31" (bn yuan), 21.2 → "212,000" (yuan/person). */
export function formatScaled(value: number, scale: Scale, lang: Lang, opts: FormatOptions = {}): string {
  const scaled = Math.abs(value) * 10 ** scale.exp;
  if (needsExponent(Math.abs(value)) || needsExponent(scaled)) {
    const sign = value < 0 ? "−" : opts.signed && value > 0 ? "+" : "";
    return `${qualifierSign(opts.qualifier)}${sign}${exponentForm(scaled)}`;
  }
  const digits = shift(Math.abs(value), scale.exp);
  const body = lang === "en" ? group(digits) : digits;
  const sign = value < 0 ? "−" : opts.signed && value > 0 ? "+" : "";
  return `${qualifierSign(opts.qualifier)}${sign}${body}`;
}

/** A number with its unit: 83.1亿元 / 8.31 bn yuan, ≥28万元/人 / ≥280,000 yuan/person. */
export function formatValue(value: number, unit: UnitId, lang: Lang, opts: FormatOptions = {}): string {
  const scale = unitScale(unit, lang, opts.counter, [value]);
  const n = formatScaled(value, scale, lang, opts);
  if (lang === "en" && Math.abs(value) === 1 && UNITS[unit].factor === 1) {
    if (scale.unit === "people") return `${n} person`;
    if (scale.unit.endsWith("s")) return `${n} ${scale.unit.slice(0, -1)}`;
  }
  return `${n}${scale.unit ? `${scale.space}${scale.unit}` : ""}`;
}

/** A plain number: 19.3, −45.8, 1,600 in English. */
export function formatNumber(value: number, lang: Lang, signed = false): string {
  const abs = Math.abs(value);
  const s = needsExponent(abs) ? exponentForm(abs) : String(abs);
  const body = lang === "en" && !s.includes("e") ? group(s) : s;
  const sign = value < 0 ? "−" : signed && value > 0 ? "+" : "";
  return `${sign}${body}`;
}

/** A fraction as a percentage: −0.51 → −51%, 3.1757 → +317.6%. */
export function formatPercent(fraction: number, signed = true, places = 1): string {
  const pct = round(fraction * 100, places);
  const sign = pct < 0 ? "−" : signed && pct > 0 ? "+" : "";
  return `${sign}${String(Math.abs(pct))}%`;
}

/**
 * The one change to headline a comparison with: percentage points for a share, else the relative
 * change, each after its bound sign (≥ > < ≤ ≈); `none` when neither is known.
 */
export function formatHeadlineChange(
  change: { percentagePoints: number | null; relative: number | null; bound: Qualifier | null },
  lang: Lang,
  none = "",
): string {
  const bound = qualifierSign(change.bound);
  if (change.percentagePoints !== null) return `${bound}${formatPoints(change.percentagePoints, lang)}`;
  if (change.relative !== null) return `${bound}${formatPercent(change.relative)}`;
  return none;
}

export function formatPoints(pp: number, lang: Lang): string {
  return say(lang, "render.points", { n: formatNumber(pp, lang, true) });
}

/** An ISO date at its stated precision: 2014-02-26 → 2014年2月26日 / 26 Feb 2014. */
export function formatDate(date: string, lang: Lang, approximate = false): string {
  const [y, m, d] = date.split("-").map(Number);
  const months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
  if (lang === "zh") {
    const s = `${y}年${m ? `${m}月` : ""}${d ? `${d}日` : ""}`;
    if (approximate && m === 12 && !d) return `${y}年底`;
    return approximate ? `约${s}` : s;
  }
  if (approximate && m === 12 && !d) return `end of ${y}`;
  const s = d ? `${d} ${months[(m ?? 1) - 1]} ${y}` : m ? `${months[m - 1]} ${y}` : `${y}`;
  return approximate ? `about ${s}` : s;
}

export interface TimeLike {
  year?: number;
  date?: string;
  period?: { from: number; to: number };
  asOfPublication?: true;
  approximate?: true;
}

/** When a value holds: 2020, 2019年1月11日, 2013–2020, now (as published). */
export function formatWhen(t: TimeLike, lang: Lang): string {
  if (t.date) return formatDate(t.date, lang, t.approximate === true);
  if (t.period) return `${t.period.from}–${t.period.to}`;
  if (t.asOfPublication) return say(lang, "render.asPublished");
  return t.year !== undefined ? String(t.year) : "";
}

/** Short source locator: §5 ¶2 (section = theme order, 0 = the lead), or the source id. */
export function formatLocator(loc: Locator, sectionOrder: ReadonlyMap<string, number>): string {
  if (loc.section === undefined) return loc.ref;
  const n = loc.section === "lead" ? 0 : (sectionOrder.get(loc.section) ?? "?");
  return `§${n}${loc.paragraph ? ` ¶${loc.paragraph}` : ""}`;
}
