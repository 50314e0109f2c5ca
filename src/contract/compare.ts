import { z } from "../dataset/zod.js";
import {
  BaseUnit,
  Better,
  Interval,
  Layer,
  LText,
  PlaceRef,
  Qualifier,
  SourceRef,
  Unit,
  UnitFactor,
} from "./common.js";

/** One end of a comparison. */
export const CompareEnd = z.object({
  year: z.number().int().nullable().describe("the year of the value used"),
  requestedYear: z.number().int(),
  substituted: z.boolean().describe("the source's baseline is another year than the one asked for"),
  value: z.number().describe("in the record's unit; × unitFactor for baseUnit"),
  qualifier: Qualifier.nullable(),
  stated: z.string().nullable(),
  derived: z.boolean(),
  formula: z.string().nullable(),
  interval: Interval.nullable(),
  yearInferred: z.boolean().describe("the source does not state the year: it is inferred from context"),
  asOf: z.boolean().describe('a status as of the year ("by the end of 2020"), not an event of that year'),
  source: SourceRef,
});

/** One row of `jjj compare`: a quantity at two years, and how it changed. */
export const CompareRecord = z.object({
  id: z.string(),
  theme: z.string(),
  layer: Layer,
  label: LText,
  place: PlaceRef,
  unit: Unit,
  unitLabel: LText,
  unitFactor: UnitFactor,
  baseUnit: BaseUnit,
  better: Better.nullable(),
  from: CompareEnd.nullable(),
  to: CompareEnd.nullable(),
  change: z.object({
    absolute: z.number().nullable().describe("to − from, in the fact's unit (percentage points for shares)"),
    relative: z.number().nullable().describe("a fraction: −0.51 for −51%"),
    percentagePoints: z.number().nullable().describe("for shares: the change in percentage points"),
    cagr: z.number().nullable().describe("compound yearly growth rate, a fraction"),
    bound: z
      .enum(["atLeast", "atMost", "moreThan", "lessThan", "about"])
      .nullable()
      .describe("the change is only a bound (an end or the stated change is hedged); about = approximate"),
    statedChange: z
      .object({
        from: z.number().int(),
        to: z.number().int(),
        percent: z.number(),
        qualifier: Qualifier.nullable(),
        stated: z.string(),
        source: SourceRef,
      })
      .nullable()
      .describe("the source's own statement of the relative change"),
  }),
  direction: z.enum(["improved", "worsened", "unchanged", "up", "down"]).nullable(),
});
export type CompareRecord = z.infer<typeof CompareRecord>;
