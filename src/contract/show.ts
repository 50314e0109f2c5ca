import { z } from "../dataset/zod.js";
import { Period, SourceDetail } from "./common.js";

/** One source of one fact (`jjj show <id> --source`): what it supports and where it is. */
export const ShowSourceRecord = SourceDetail.extend({
  fact: z.string().describe("the fact's id"),
  supports: z.enum(["event", "value", "change"]).describe("what the source states: the event, a value or a change"),
  year: z.number().int().nullable(),
  date: z.string().nullable(),
  period: Period.nullable(),
  value: z.number().nullable().describe("values: the number; changes: the percent"),
  stated: z.string().nullable().describe("the figure as the source writes it"),
});
export type ShowSourceRecord = z.infer<typeof ShowSourceRecord>;
