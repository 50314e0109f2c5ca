import type { Text, UnitId } from "./schema.js";

export interface UnitInfo {
  /** The unit as the source writes it after a number. */
  zh: string;
  /** English name of the stated unit, for tables and the data dictionary. */
  en: string;
  /** Base unit after scaling: one stated unit is `factor` base units. */
  base: "percent" | "ug-per-m3" | "km" | "years" | "hours" | "yuan" | "yuan-per-person" | "person" | "count";
  factor: number;
  /** Is the quantity itself a share? Then changes are in percentage points. */
  share?: true;
}

export const UNITS: Record<UnitId, UnitInfo> = {
  percent: { zh: "%", en: "percent", base: "percent", factor: 1, share: true },
  "ug-per-m3": { zh: "微克/立方米", en: "µg/m³", base: "ug-per-m3", factor: 1 },
  km: { zh: "公里", en: "km", base: "km", factor: 1 },
  "km-10k": { zh: "万公里", en: "10,000 km", base: "km", factor: 1e4 },
  years: { zh: "年", en: "years", base: "years", factor: 1 },
  hours: { zh: "小时", en: "hours", base: "hours", factor: 1 },
  "yuan-100m": { zh: "亿元", en: "100 million yuan", base: "yuan", factor: 1e8 },
  "yuan-10k-per-person": { zh: "万元/人", en: "10,000 yuan per person", base: "yuan-per-person", factor: 1e4 },
  person: { zh: "人", en: "people", base: "person", factor: 1 },
  "person-10k": { zh: "万人", en: "10,000 people", base: "person", factor: 1e4 },
  count: { zh: "", en: "count", base: "count", factor: 1 },
  "count-10k": { zh: "万", en: "10,000", base: "count", factor: 1e4 },
};

/** A unit's base unit, as JSON records name it: `value × unitFactor` is in `baseUnit`. */
export type BaseUnit = UnitInfo["base"];

/**
 * How to convert a value stated in `unit` to its base unit, for scripts and for display scaling:
 * 83.1 `yuan-100m` × 1e8 = 8.31e9 `yuan`. A share stays a share: `percent` is factor 1, base
 * `percent` (a percentage of something, not a count that could be scaled).
 */
export function unitScale(unit: UnitId): { unitFactor: number; baseUnit: BaseUnit } {
  const u = UNITS[unit];
  return { unitFactor: u.factor, baseUnit: u.base };
}

export function unitLabel(unit: UnitId, counter: Text | undefined): Text {
  const u = UNITS[unit];
  if (u.base === "count" && counter) {
    return { zh: `${u.zh}${counter.zh}`, en: u.factor === 1 ? counter.en : `${u.en} ${counter.en}` };
  }
  return { zh: u.zh || "个", en: u.en };
}

/** Other ways people write a unit, besides its id and its Chinese and English names. */
const ALIASES: Partial<Record<UnitId, readonly string[]>> = {
  percent: ["%", "pct", "percentage", "百分比"],
  "ug-per-m3": ["μg/m3", "微克每立方米"],
  km: ["kilometre", "kilometres", "kilometer", "kilometers", "千米"],
  years: ["year", "yr"],
  hours: ["hour", "h", "hr"],
  "yuan-100m": ["100 million yuan", "亿"],
  person: ["people", "persons"],
  count: ["个", "家", "件", "number"],
  "count-10k": ["万个"],
};

/** A unit as written, reduced for matching: "µg/m³" → "ugperm3"; with `per` dropped as well. */
function unitKeys(s: string): string[] {
  const key = s
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[µμ]/g, "u")
    .replace(/\//g, "per")
    .replace(/[\s\-_.,]/g, "");
  return [key, key.replace(/per/g, "")];
}

let byKey: Map<string, UnitId> | undefined;

/** The unit id someone most likely meant by a unit written another way ("µg/m³", "亿元", "ug-m3"), if any. */
export function unitMeant(written: string): UnitId | undefined {
  if (!byKey) {
    byKey = new Map();
    for (const [id, u] of Object.entries(UNITS) as [UnitId, UnitInfo][]) {
      for (const name of [id, u.zh, u.en, ...(ALIASES[id] ?? [])]) {
        if (!name) continue;
        for (const key of unitKeys(name)) if (key && !byKey.has(key)) byKey.set(key, id);
      }
    }
  }
  for (const key of unitKeys(written)) {
    const id = byKey.get(key);
    if (id) return id;
  }
  return undefined;
}
