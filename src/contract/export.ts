import { z } from "../dataset/zod.js";
import { Layer, LText, Period, PlaceRef, Qualifier, SourceDetail, Unit } from "./common.js";
import { FactRecord } from "./facts.js";
import { ThemeRecord } from "./themes.js";

export const SourceRecord = z.object({
  id: z.string(),
  kind: z.enum(["article", "official"]),
  title: LText,
  publisher: LText.nullable(),
  note: LText.nullable(),
});

export const PlaceRecord = z.object({
  id: z.string(),
  name: LText,
  kind: z.string().describe("region, province, city, district, county, village, park, site or other"),
  within: z.string().nullable().describe("the id of the place this one lies in"),
});

/** `jjj export --json`: the whole dataset, both layers, with sources. */
export const ExportDocument = z.object({
  sources: z.array(SourceRecord),
  themes: z.array(ThemeRecord),
  places: z.array(PlaceRecord),
  facts: z.array(FactRecord),
});
export type ExportDocument = z.infer<typeof ExportDocument>;

/** One row of `jjj export --format csv|tsv|ndjson`: a value, a stated change or an event, with its fact and source. */
export const ExportRow = z.object({
  id: z.string().describe("the fact's id"),
  kind: z.enum(["quantity", "event"]),
  theme: z.string(),
  layer: Layer,
  label: LText,
  unit: Unit.nullable(),
  unitLabel: LText.nullable(),
  entry: z.enum(["value", "change", "event"]).describe("what the row holds"),
  year: z.number().int().nullable(),
  date: z.string().nullable(),
  period: Period.nullable(),
  approximate: z.boolean(),
  value: z.number().nullable().describe("values: the number in unit; changes: the percent"),
  qualifier: Qualifier.nullable(),
  stated: z.string().nullable(),
  changeFrom: z.number().int().nullable().describe("changes: the earlier year"),
  changeTo: z.number().int().nullable().describe("changes: the later year"),
  place: PlaceRef.describe("the value's place, else the fact's"),
  category: LText.nullable(),
  derived: z.boolean(),
  formula: z.string().nullable(),
  source: SourceDetail,
});
export type ExportRow = z.infer<typeof ExportRow>;
