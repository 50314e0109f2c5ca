import { z } from "../dataset/zod.js";
import { LText } from "./common.js";

/** The fields `jjj search` looks in; `matched` names those that matched. */
export const SEARCH_FIELDS = [
  "id",
  "label.zh",
  "label.en",
  "explanation.zh",
  "explanation.en",
  "place.zh",
  "place.en",
  "unit.zh",
  "unit.en",
  "keywords.zh",
  "keywords.en",
] as const;

/** One hit of `jjj search`: a fact or a theme, ranked. */
export const SearchRecord = z.object({
  id: z.string(),
  kind: z.enum(["quantity", "event", "theme"]),
  theme: z.string().describe("the theme the hit belongs to (a theme's own id for a theme)"),
  label: LText,
  matched: z.array(z.enum(SEARCH_FIELDS)).describe("the fields the search text was found in, best first"),
  score: z.number().int().describe("higher is better: id > id prefix > label > explanation, place and unit"),
  excerpt: z.string().describe("the text that matched best, shortened around the match"),
});
export type SearchRecord = z.infer<typeof SearchRecord>;
