/**
 * Constants of the data format that code outside validation needs. Kept free of zod, so that a
 * normal run (which trusts the bundled data, checked by the build) does not load the validator.
 */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const MIN_YEAR = 2000;
export const MAX_YEAR = 2035;

export const UNIT_IDS = [
  "percent",
  "ug-per-m3",
  "km",
  "km-10k",
  "years",
  "hours",
  "yuan-100m",
  "yuan-10k-per-person",
  "person",
  "person-10k",
  "count",
  "count-10k",
] as const;

/** The article's hedge: 以上 → atLeast, 超过/余/多 → moreThan, 不到 → lessThan, 约 → about. */
export const QUALIFIERS = ["atLeast", "moreThan", "lessThan", "atMost", "about"] as const;

/** Facts of the bundled article and its official supplement, and the user's own (`--data`). */
export const LAYERS = ["article", "supplement", "user"] as const;
export type Layer = (typeof LAYERS)[number];
