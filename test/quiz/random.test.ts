import { describe, expect, it } from "vitest";
import { mulberry32, seeded } from "../../src/quiz/random.js";

describe("the seeded generator (mulberry32)", () => {
  it("gives the reference sequence for seed 7, on any machine", () => {
    // The values of the published mulberry32 for seed 7.
    const next = mulberry32(7);
    expect([next(), next(), next()]).toEqual([0.011704753153026104, 0.06195825757458806, 0.97690763277933]);
  });

  it("gives the same numbers for the same seed and different ones for another", () => {
    const a = seeded(42);
    const b = seeded(42);
    const c = seeded(43);
    const xs = Array.from({ length: 5 }, () => a.next());
    expect(Array.from({ length: 5 }, () => b.next())).toEqual(xs);
    expect(Array.from({ length: 5 }, () => c.next())).not.toEqual(xs);
  });

  it("stays in [0, 1) and int(n) in [0, n)", () => {
    const r = seeded(1);
    for (let i = 0; i < 2000; i++) {
      const x = r.next();
      expect(x >= 0 && x < 1).toBe(true);
      const k = r.int(4);
      expect(Number.isInteger(k) && k >= 0 && k < 4).toBe(true);
    }
  });

  it("shuffles a copy, keeping every item, the same way for the same seed", () => {
    const items = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
    const once = seeded(7).shuffle(items);
    expect(once).toEqual([7, 6, 9, 2, 3, 4, 5, 8, 10, 1]);
    expect([...once].sort((a, b) => a - b)).toEqual(items);
    expect(items).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
  });
});
