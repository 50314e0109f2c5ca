import { z } from "../dataset/zod.js";
import { LText } from "./common.js";

/** One theme of the article (`jjj themes`). */
export const ThemeRecord = z.object({
  id: z.string(),
  order: z.number().int().describe("position in the article, from 1"),
  name: LText,
  summary: LText,
  heading: z.string().nullable().describe("the article's section heading"),
  facts: z.number().int().describe("number of facts in the theme"),
});
export type ThemeRecord = z.infer<typeof ThemeRecord>;
