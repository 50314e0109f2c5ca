/**
 * Pieces shared by the JSON contracts of jjj's commands. Each command's records are described by a
 * zod schema in this folder; the view builders' return types are inferred from them, so the code
 * cannot drift from the published shape. Only `jjj schema` and the tests load zod at run time:
 * everything else imports these files for their types alone (`import type`).
 */

import { LAYERS, QUALIFIERS, UNIT_IDS } from "../dataset/constants.js";
import { z } from "../dataset/zod.js";

/** A text in both languages: every label, explanation and note carries both. */
export const LText = z.object({ zh: z.string(), en: z.string() }).describe("text in Chinese (zh) and English (en)");
export type LText = z.infer<typeof LText>;

export const Unit = z
  .enum(UNIT_IDS)
  .describe("the unit the source states the figure in (`jjj schema dataset` lists them)");
export const BaseUnit = z
  .enum(["percent", "ug-per-m3", "km", "years", "hours", "yuan", "yuan-per-person", "person", "count"])
  .describe("the base unit that value × unitFactor is in (yuan for yuan-100m, person for person-10k)");
export const UnitFactor = z
  .number()
  .positive()
  .describe("what one unit is in baseUnit: value × unitFactor is in baseUnit (83.1 yuan-100m × 1e8 = 8.31e9 yuan)");

export const Qualifier = z
  .enum(QUALIFIERS)
  .describe("the source's hedge: 以上 atLeast, 超过/余/多 moreThan, 不到 lessThan, 约 about");
export const Layer = z
  .enum(LAYERS)
  .describe("the article's own figure, an official supplementary series, or your own data (from --data)");

export const Better = z.enum(["higher", "lower"]).describe("which direction is an improvement");

export const PlaceRef = z
  .object({ id: z.string(), zh: z.string(), en: z.string() })
  .describe("a place: its id and its name in both languages");
export type PlaceRef = z.infer<typeof PlaceRef>;

/** Where a figure comes from: the article's section and paragraph, or an official publisher's release. */
export const SourceRef = z
  .object({
    ref: z.string().describe("id of the source (`jjj sources`)"),
    publisher: LText.nullable().describe("official figures: who published them"),
    section: z.string().nullable().describe("article only: the section's id (`lead` or a theme id)"),
    sectionHeading: z.string().nullable().describe("article only: the section's heading"),
    paragraph: z.number().int().nullable().describe("article only: 1-based paragraph within the section"),
    confidence: z
      .enum(["A", "B", "D"])
      .nullable()
      .describe("official figures: A two independent reports or one plus a check, B one report, D derived"),
    note: z.string().nullable().describe("official figures: how the figure is known"),
  })
  .describe("where a figure comes from");
export type SourceRef = z.infer<typeof SourceRef>;

/** A source in full: the locator with the source's title and publisher, and the same in words. */
export const SourceDetail = SourceRef.extend({
  kind: z.enum(["article", "official"]),
  title: LText,
  text: LText.describe("the source in words, as `jjj show <id> --source` prints it"),
});
export type SourceDetail = z.infer<typeof SourceDetail>;

export const Interval = z
  .object({ low: z.number(), high: z.number() })
  .describe("the range a derived value lies in, given that its inputs are rounded");

export const Period = z.object({ from: z.number().int(), to: z.number().int() });
