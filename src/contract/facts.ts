import { z } from "../dataset/zod.js";
import {
  BaseUnit,
  Better,
  Interval,
  Layer,
  LText,
  Period,
  PlaceRef,
  Qualifier,
  SourceRef,
  Unit,
  UnitFactor,
} from "./common.js";

/** One value of a quantity: stated by the source, or derived from a stated change. */
export const PointRecord = z.object({
  year: z.number().int().nullable().describe("the year the value refers to; null for “as of publication”"),
  date: z.string().nullable().describe("ISO 8601 at the source's precision: 2019-01-11, 2020-12"),
  period: Period.nullable().describe("for cumulative values: the inclusive span of years"),
  asOfPublication: z.boolean().describe("the source says “now” without a year"),
  approximate: z.boolean(),
  yearInferred: z.boolean().describe("the source does not state the year; see yearNote"),
  asOf: z.boolean().describe('a status as of the year ("by the end of 2020"), not an event of that year'),
  yearNote: LText.nullable(),
  value: z.number().describe("the number in the fact's unit, as the source states it"),
  qualifier: Qualifier.nullable(),
  stated: z.string().nullable().describe("the figure exactly as the source writes it, e.g. 83.1亿元"),
  place: PlaceRef.nullable().describe("for values broken down by place"),
  category: LText.nullable().describe("for values broken down by something else"),
  derived: z.boolean().describe("computed by jjj from a stated relative change"),
  formula: z.string().nullable(),
  interval: Interval.nullable(),
  source: SourceRef,
});
export type PointRecord = z.infer<typeof PointRecord>;

export const ChangeRecord = z.object({
  from: z.number().int(),
  to: z.number().int(),
  percent: z.number().describe("the stated relative change in percent, signed: −51 for a fall of 51%"),
  qualifier: Qualifier.nullable(),
  stated: z.string(),
  yearInferred: z.boolean(),
  yearNote: LText.nullable(),
  source: SourceRef,
});

/** One fact (`jjj facts`, `jjj show`): a quantity with values, or a dated event. */
export const FactRecord = z.object({
  id: z.string(),
  kind: z.enum(["quantity", "event"]),
  theme: z.string(),
  layer: Layer,
  label: LText,
  explanation: LText,
  place: PlaceRef,
  related: z.array(z.string()).describe("ids of related facts"),
  date: z.string().nullable().describe("events: ISO 8601 at the source's precision"),
  approximate: z.boolean().describe("events: the date is approximate (2020-12 = end of 2020)"),
  yearInferred: z.boolean().describe("events: the source does not state the year next to the date; see yearNote"),
  asOf: z.boolean().describe('a status as of the year ("by the end of 2020"), not an event of that year'),
  yearNote: LText.nullable(),
  unit: Unit.nullable(),
  unitLabel: LText.nullable(),
  unitFactor: UnitFactor.nullable(),
  baseUnit: BaseUnit.nullable(),
  better: Better.nullable(),
  values: z.array(PointRecord),
  changes: z.array(ChangeRecord),
  source: SourceRef.nullable().describe("events: where the event is stated"),
});
export type FactRecord = z.infer<typeof FactRecord>;
