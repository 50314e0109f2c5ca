/**
 * The quiz cannot be beaten without knowing anything: over seeds 1–300 of
 * `quiz --seed N --count 10 --json` (made in-process, as the command makes them), a solver that
 * picks the choice the others are fixed multiples of, or the one whose negation is offered, is
 * right in at most 35% of the numeric questions (guessing the first choice where neither applies).
 */
import { describe, expect, it } from "vitest";
import type { QuizRecord } from "../../src/contract/quiz.js";
import { bundledDataset } from "../../src/dataset/bundled.js";
import type { QuantityFact } from "../../src/dataset/schema.js";
import { makeQuiz } from "../../src/quiz/questions.js";

const dataset = bundledDataset();
const SETS: QuizRecord[] = Array.from({ length: 300 }, (_, i) => makeQuiz(dataset, { seed: i + 1, count: 10 })).flat();

/** The number a choice shows: "−51%" → −51, "1,293 km" → 1293, "+19.3 pp" → 19.3. */
function numberOf(text: string): number | undefined {
  const m = /([−+-]?)(\d[\d,]*(?:\.\d+)?)/.exec(text);
  if (!m) return undefined;
  const n = Number((m[2] as string).replace(/,/g, ""));
  return m[1] === "−" || m[1] === "-" ? -n : n;
}

const MULTIPLES = [0.5, 0.6, 0.75, 0.8, 1.25, 1.4, 1.5, 2];
const isMultiple = (v: number, of: number) => of !== 0 && MULTIPLES.some((f) => Math.abs(v / of - f) <= f * 0.02);

/** What the solver picks, and whether it is right (a negation pair counts as right if the answer is in it). */
function solve(q: QuizRecord, values: number[]): boolean {
  const base = values.findIndex((v, i) => values.every((w, j) => j === i || isMultiple(w, v)));
  if (base >= 0) return base === q.answer;
  const negated = values.flatMap((v, i) => (v !== 0 && values.some((w, j) => j !== i && w === -v) ? [i] : []));
  if (negated.length) return negated.includes(q.answer);
  return q.answer === 0;
}

describe("a quiz that cannot be beaten without knowing anything", () => {
  const numeric = SETS.flatMap((q) => {
    if (q.kind !== "value" && q.kind !== "change") return [];
    const values = q.choices.map((c) => numberOf(c.en));
    return values.every((v) => v !== undefined) && values.length >= 3 ? [{ q, values: values as number[] }] : [];
  });

  it("asks many numeric questions over 300 seeds", () => {
    expect(numeric.length).toBeGreaterThan(500);
  });

  it("lets a solver of multiples and negations be right in at most 35% of them", () => {
    const right = numeric.filter(({ q, values }) => solve(q, values)).length;
    expect(right / numeric.length).toBeLessThanOrEqual(0.35);
  });

  it("never offers a wrong choice that is a fixed multiple of the answer, nor the answer with its sign flipped", () => {
    for (const { q, values } of numeric) {
      const answer = values[q.answer] as number;
      values.forEach((v, i) => {
        if (i === q.answer) return;
        expect(isMultiple(v, answer), `${q.id}: ${q.choices[i]?.en} against ${q.choices[q.answer]?.en}`).toBe(false);
        if (answer !== 0) expect(v, q.id).not.toBe(-answer);
      });
    }
  });

  it("compares like with like: one fact in two places or years, or a series and the one it extends", () => {
    const facts = new Map(dataset.facts.map((f) => [f.id, f]));
    const larger = SETS.filter((q) => q.kind === "larger");
    expect(larger.length).toBeGreaterThan(100);
    for (const q of larger) {
      if (q.facts.length === 1) continue;
      const [a, b] = q.facts.map((id) => facts.get(id) as QuantityFact) as [QuantityFact, QuantityFact];
      expect(
        a.extends === b.id || b.extends === a.id || (a.extends !== undefined && a.extends === b.extends),
        q.id,
      ).toBe(true);
    }
  });

  it("speaks a student's words: no question, choice or explanation says 'confidence'", () => {
    for (const q of SETS) {
      for (const text of [q.question, q.explanation, ...q.choices]) {
        expect(text.en.toLowerCase()).not.toContain("confidence");
        expect(text.zh).not.toContain("可信度");
      }
    }
  });
});
