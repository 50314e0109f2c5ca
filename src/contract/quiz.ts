import { z } from "zod";
import { LText, SourceRef } from "./common.js";

export const QUIZ_KINDS = ["value", "year", "larger", "change", "true-false"] as const;

/** One question of `jjj quiz --json`: what to ask, the choices, which one is right, and why. */
export const QuizRecord = z.object({
  number: z.number().int().min(1).describe("the question's place in the set, from 1"),
  id: z.string().describe("what the question asks, stable across seeds: kind:fact ids:year, e.g. value:pm25:2020"),
  kind: z
    .enum(QUIZ_KINDS)
    .describe(
      "value: which figure; year: which year; larger: which of two figures of one unit and year is larger; change: by how much a quantity changed; true-false: a real or a perturbed figure",
    ),
  theme: z.string().describe("the theme id of the (first) fact asked about"),
  facts: z.array(z.string()).describe("the ids of the facts the question is built from"),
  question: LText,
  choices: z.array(LText).min(2).describe("the choices, in the order shown (a, b, c, d)"),
  answer: z.number().int().min(0).describe("the index of the right choice in `choices`, from 0"),
  explanation: LText.describe("why the answer is right: the figures as the source gives them"),
  derived: z.boolean().describe("the answer rests on a value derived from a stated change (the explanation says how)"),
  sources: z.array(SourceRef).min(1).describe("where the figures of the answer come from"),
  seed: z.number().int().min(0).describe("the seed of the set: `jjj quiz --seed <seed>` gives the same questions"),
});
export type QuizRecord = z.infer<typeof QuizRecord>;
