import { z } from "../dataset/zod.js";

/** One entry of `jjj schema`: a published contract. */
export const SchemaRecord = z.object({
  name: z.string().describe("give it to `jjj schema <name>`"),
  output: z.enum(["array", "object"]).describe("an array of records, or one object"),
  command: z.string().describe("the command that prints it"),
  description: z.string(),
});
export type SchemaRecord = z.infer<typeof SchemaRecord>;
