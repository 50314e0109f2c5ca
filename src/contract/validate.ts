import { z } from "../dataset/zod.js";

/** One problem `jjj validate` found in a data file (`[]` when there are none). */
export const ValidateRecord = z.object({
  file: z.string().describe("the data file, as given"),
  line: z.number().int().nullable().describe("JSON syntax and encoding errors: the line, from 1"),
  column: z.number().int().nullable().describe("JSON syntax and encoding errors: the column, from 1"),
  path: z.string().nullable().describe("schema and cross-check problems: the JSON path, e.g. facts[0].values[1].year"),
  message: z.string().describe("what is wrong, naming the bad value (in the --lang language)"),
  fix: z.string().nullable().describe("how to fix it, in plain words"),
});
export type ValidateRecord = z.infer<typeof ValidateRecord>;
