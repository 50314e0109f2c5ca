import { z } from "../dataset/zod.js";
import { Interval, Layer, LText, PlaceRef, Qualifier, SourceRef, Unit } from "./common.js";

/** `jjj chart --json` with no id: what can be charted. */
export const ChartableRecord = z.object({
  id: z.string(),
  label: LText,
  layer: Layer,
  extends: z.string().nullable().describe("supplementary series: the article fact it extends"),
  unit: Unit.nullable(),
  line: z.boolean().describe("it has two or more years: a line chart"),
  bars: z.boolean().describe("it has values to compare: a bar chart"),
  years: z.array(z.number().int()).describe("the years with a figure"),
  values: z.number().int().describe("how many values"),
});

export type ChartableRecord = z.infer<typeof ChartableRecord>;

/** One plotted point: a published figure or one derived from a stated change. */
export const ChartPointRecord = z.object({
  year: z.number().int().nullable(),
  value: z.number().describe("the figure in the fact's stated unit"),
  plotted: z.number().describe("the value drawn: the same, or indexed to the first year = 100"),
  status: z.enum(["observed", "derived"]),
  qualifier: Qualifier.nullable(),
  stated: z.string().nullable(),
  formula: z.string().nullable(),
  interval: Interval.nullable(),
  source: SourceRef,
});

const SeriesFields = {
  id: z.string(),
  label: LText,
  layer: Layer,
  role: z.enum(["requested", "extension"]).describe("named on the command line, or a series that extends it"),
  extends: z.string().nullable(),
  basis: LText.nullable().describe("supplementary series: its statistical basis"),
  place: PlaceRef,
  unit: Unit,
  unitLabel: LText,
  indexed: z.boolean().describe("--index: values rescaled to the first year = 100"),
};

/** `jjj chart <id>... --json`: one plotted series, not the drawing. */
export const ChartSeriesRecord = z.object({
  ...SeriesFields,
  points: z.array(ChartPointRecord),
});

const BarKey = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("year"), year: z.number().int() }),
  z.object({ kind: z.literal("period"), from: z.number().int(), to: z.number().int() }),
  z.object({ kind: z.literal("place"), place: PlaceRef }),
  z.object({ kind: z.literal("category"), category: LText, place: z.string().nullable() }),
]);

/** `jjj chart <id>... --bars --json`: one fact's bars. */
export const ChartBarsRecord = z.object({
  ...SeriesFields,
  bars: z.array(ChartPointRecord.extend({ key: BarKey.describe("what the bar stands for") })),
});
export type ChartSeriesRecord = z.infer<typeof ChartSeriesRecord>;
export type ChartBarsRecord = z.infer<typeof ChartBarsRecord>;
