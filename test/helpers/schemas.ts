/**
 * The JSON contracts of jjj's commands, as the tests expect them. Objects are not strict: a new
 * field is not a break, a missing or mistyped one is.
 */

import { ID_PATTERN, QUALIFIERS, UNIT_IDS } from "../../src/dataset/schema.js";
import { z } from "../../src/dataset/zod.js";

const Text = z.object({ zh: z.string().min(1), en: z.string().min(1) });
const Id = z.string().regex(ID_PATTERN);
const Year = z.number().int();

export const SourceJson = z.object({
  ref: Id,
  section: z.string().nullable(),
  sectionHeading: z.string().nullable(),
  paragraph: z.number().int().min(1).nullable(),
});

export const CompareEndJson = z.object({
  year: Year,
  requestedYear: Year,
  substituted: z.boolean(),
  value: z.number(),
  qualifier: z.enum(QUALIFIERS).nullable(),
  stated: z.string().nullable(),
  derived: z.boolean(),
  formula: z.string().nullable(),
  interval: z.object({ low: z.number(), high: z.number() }).nullable(),
  source: SourceJson,
});

export const CompareRecord = z.object({
  id: Id,
  theme: Id,
  label: Text,
  unit: z.enum(UNIT_IDS),
  from: CompareEndJson.nullable(),
  to: CompareEndJson.nullable(),
  change: z.object({
    absolute: z.number().nullable(),
    relative: z.number().nullable(),
    percentagePoints: z.number().nullable(),
    cagr: z.number().nullable(),
    bound: z.enum(["atLeast", "atMost", "moreThan", "lessThan"]).nullable(),
  }),
});
export type CompareRecord = z.infer<typeof CompareRecord>;

export const ThemeRecord = z.object({
  id: Id,
  order: z.number().int().min(1),
  name: Text,
  summary: Text,
  heading: z.string().nullable(),
  facts: z.number().int().min(0),
});
export type ThemeRecord = z.infer<typeof ThemeRecord>;

export const PointJson = z.object({
  year: Year.nullable(),
  value: z.number(),
  qualifier: z.enum(QUALIFIERS).nullable(),
  stated: z.string().nullable(),
  derived: z.boolean(),
  formula: z.string().nullable(),
  interval: z.object({ low: z.number(), high: z.number() }).nullable(),
  source: SourceJson,
});

export const FactRecord = z.object({
  id: Id,
  kind: z.enum(["quantity", "event"]),
  theme: Id,
  layer: z.enum(["article", "supplement"]),
  label: Text,
  explanation: Text,
  unit: z.enum(UNIT_IDS).nullable(),
  values: z.array(PointJson),
  changes: z.array(z.object({ from: Year, to: Year, percent: z.number(), stated: z.string(), source: SourceJson })),
});
export type FactRecord = z.infer<typeof FactRecord>;

/** Parse JSON output and check it against a schema; the error names the first mismatch. */
export function parseWith<T extends z.ZodType>(schema: T, text: string): z.infer<T> {
  return schema.parse(JSON.parse(text));
}
