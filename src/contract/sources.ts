import { z } from "../dataset/zod.js";
import { LText } from "./common.js";

/** `jjj sources`: one source with what it contributes. */
export const SourceRecord = z.object({
  id: z.string(),
  kind: z.enum(["article", "official"]).describe("the article, or an official publisher's release"),
  title: LText,
  publisher: LText.nullable(),
  note: LText.nullable(),
  facts: z.number().int().describe("how many facts cite it"),
  values: z.number().int(),
  changes: z.number().int().describe("stated relative changes"),
  events: z.number().int(),
  factIds: z.array(z.string()),
});
export type SourceRecord = z.infer<typeof SourceRecord>;
