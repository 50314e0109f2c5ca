import { z } from "../dataset/zod.js";
import { BaseUnit, Layer, LText, PlaceRef, Qualifier, SourceRef, Unit, UnitFactor } from "./common.js";

/** One entry of `jjj timeline`: a dated event, or a value with a year or date. */
export const TimelineRecord = z.object({
  date: z.string().describe("ISO 8601 at the source's precision: 2014, 2017-09, 2019-01-11"),
  approximate: z.boolean().describe("the date is approximate: 2020-12 approximate = end of 2020"),
  yearInferred: z.boolean().describe("the source does not state the year: it is inferred from context (see yearNote)"),
  yearNote: LText.nullable().describe("why the year is taken as it is"),
  asOf: z.boolean().describe('a status as of the date ("by the end of 2020"), not an event of that date'),
  id: z.string().describe("the fact's id (`jjj show <id>`)"),
  kind: z.enum(["event", "value"]),
  theme: z.string(),
  layer: Layer,
  label: LText,
  value: z.number().nullable().describe("values: the number, in unit"),
  unit: Unit.nullable(),
  unitLabel: LText.nullable(),
  unitFactor: UnitFactor.nullable(),
  baseUnit: BaseUnit.nullable(),
  qualifier: Qualifier.nullable(),
  stated: z.string().nullable().describe("values: the figure as the source writes it"),
  place: PlaceRef,
  source: SourceRef,
});
export type TimelineRecord = z.infer<typeof TimelineRecord>;
