import { describe, expect, it } from "vitest";
import type { QuizRecord } from "../../src/contract/quiz.js";
import { bundledDataset, bundledFiles } from "../../src/dataset/bundled.js";
import { loadDataset } from "../../src/dataset/load.js";
import type { QuantityFact } from "../../src/dataset/schema.js";
import { compare } from "../../src/query/compare.js";
import { points } from "../../src/query/points.js";
import { candidates, distractors, isFixedMultiple, makeQuiz } from "../../src/quiz/questions.js";
import { seeded } from "../../src/quiz/random.js";
import { formatPercent, formatPoints, formatValue } from "../../src/render/format.js";
import { userFact, userFile } from "../helpers/files.js";

const dataset = bundledDataset();
const quantity = (id: string) => dataset.facts.find((f) => f.id === id) as QuantityFact;

/** Many sets, to check properties every question must have. */
const SETS: QuizRecord[][] = Array.from({ length: 60 }, (_, seed) => makeQuiz(dataset, { seed, count: 50 }));
const ALL = SETS.flat();

describe("a question set", () => {
  it("is the same for the same seed: --seed 7", () => {
    const a = makeQuiz(dataset, { seed: 7, count: 5 });
    expect(makeQuiz(dataset, { seed: 7, count: 5 })).toEqual(a);
    expect(a.map((q) => q.id)).toEqual([
      "change:pm25-beijing:2014-2020",
      "year:city-hall-plaque-removed",
      "larger:pm25-13-cities:pm25-13-cities:2013:2016",
      "true-false:high-tech-share:2013",
      "value:pm25-hebei:2021",
    ]);
    expect(a.map((q) => q.number)).toEqual([1, 2, 3, 4, 5]);
    expect(a.every((q) => q.seed === 7)).toBe(true);
  });

  it("differs for another seed", () => {
    expect(makeQuiz(dataset, { seed: 8, count: 5 }).map((q) => q.id)).not.toEqual(
      makeQuiz(dataset, { seed: 7, count: 5 }).map((q) => q.id),
    );
  });

  it("mixes the kinds: five questions are five kinds", () => {
    for (const set of SETS.slice(0, 20)) {
      const five = set.slice(0, 5).map((q) => q.kind);
      expect(new Set(five).size).toBe(5);
    }
  });

  it("never asks the same question twice in a set", () => {
    for (const set of SETS) expect(new Set(set.map((q) => q.id)).size).toBe(set.length);
  });

  it("keeps to one theme with a theme, and makes fewer when the theme has fewer", () => {
    const ecology = new Set(dataset.facts.filter((f) => f.theme === "ecology").map((f) => f.id));
    const set = makeQuiz(dataset, { seed: 3, count: 20, theme: "ecology" });
    expect(set).toHaveLength(20);
    for (const q of set) for (const f of q.facts) expect(ecology.has(f)).toBe(true);
    const all = candidates(dataset, "mechanisms");
    expect(makeQuiz(dataset, { seed: 3, count: 50, theme: "mechanisms" }).length).toBeLessThanOrEqual(all.length);
    expect(makeQuiz(dataset, { seed: 3, count: 50, theme: "mechanisms" }).length).toBeLessThan(50);
  });
});

describe("every question (60 seeds × 50 questions)", () => {
  it("has distinct choices, in both languages, and an answer among them", () => {
    for (const q of ALL) {
      expect(q.answer).toBeGreaterThanOrEqual(0);
      expect(q.answer).toBeLessThan(q.choices.length);
      expect(new Set(q.choices.map((c) => c.en)).size, q.id).toBe(q.choices.length);
      expect(new Set(q.choices.map((c) => c.zh)).size, q.id).toBe(q.choices.length);
      expect(q.choices).toHaveLength(q.kind === "true-false" || q.kind === "larger" ? 2 : 4);
      expect(q.sources.length).toBeGreaterThan(0);
    }
  });

  it("value: the right choice is the figure as the source states it; the others share its unit", () => {
    for (const q of ALL.filter((x) => x.kind === "value")) {
      const [, id, key] = q.id.split(":");
      const fact = quantity(id as string);
      const p = points(fact).find((pt) => !pt.derived && (key?.startsWith(String(pt.year ?? "pub")) || pt.period));
      expect(p, q.id).toBeDefined();
      const right = q.choices[q.answer]?.en ?? "";
      expect(q.explanation.en).toContain(right);
      // One unit for all: "1 year" and ">7 years" are the same unit.
      const unit = (s: string) => s.replace(/^[≥>≤<≈]?[\d,.]+\s*/, "").replace(/s$/, "");
      for (const c of q.choices) expect(unit(c.en), q.id).toBe(unit(right));
    }
  });

  it("year: the right year is the event's (never an inferred one), or the series' year of that figure", () => {
    for (const q of ALL.filter((x) => x.kind === "year")) {
      const fact = dataset.facts.find((f) => f.id === q.facts[0]);
      const right = Number(q.choices[q.answer]?.en);
      if (fact?.kind === "event") {
        expect(fact.yearInferred, q.id).toBeUndefined();
        expect(right).toBe(Number(fact.date.slice(0, 4)));
      } else {
        expect(q.id).toBe(`year:${fact?.id}:${right}`);
      }
    }
    expect(ALL.some((q) => q.id === "year:government-moves-to-sub-centre")).toBe(false);
  });

  it("larger: two figures of one unit, of one fact or a series it extends, and the right one is larger", () => {
    for (const q of ALL.filter((x) => x.kind === "larger")) {
      const facts = q.facts.map(quantity);
      expect(new Set(facts.map((f) => f.unit)).size, q.id).toBe(1);
      expect(new Set(facts.map((f) => f.counter?.en)).size, q.id).toBe(1);
      // The explanation gives the larger first: "A: 60%, more than B: 15.9%".
      expect(q.explanation.en.startsWith(`${q.choices[q.answer]?.en}: `), q.id).toBe(true);
    }
  });

  it("change: only from a comparison with both ends, unhedged; derived ends say so", () => {
    const rows = compare(dataset, { from: 2014, to: 2020 });
    for (const q of ALL.filter((x) => x.kind === "change")) {
      const row = rows.find((r) => r.fact.id === q.facts[0]);
      expect(row?.from && row.to, q.id).toBeTruthy();
      expect(row?.change.bound, q.id).toBeNull();
      const right = q.choices[q.answer]?.en;
      const share = row?.change.percentagePoints ?? null;
      expect(right).toBe(share !== null ? formatPoints(share, "en") : formatPercent(row?.change.relative as number));
      const derived = Boolean(row?.from?.point.derived || row?.to?.point.derived);
      expect(q.derived).toBe(derived);
      if (derived) expect(q.explanation.en).toContain("is derived");
    }
    expect(ALL.some((q) => q.id.startsWith("change:labour-productivity"))).toBe(false);
    expect(ALL.some((q) => q.id.startsWith("change:expressway-length:"))).toBe(false);
  });

  it("true-false: True exactly when the figure shown is the source's", () => {
    for (const q of ALL.filter((x) => x.kind === "true-false")) {
      const statement = q.question.en;
      const real = /the source gives (.+?)(, not|\.(?:\s|$))/.exec(q.explanation.en)?.[1] ?? "";
      expect(real, q.id).not.toBe("");
      expect(q.answer === 0, q.id).toBe(statement.endsWith(`: ${real}.`));
    }
  });

  it("never asks about a breakdown by category, whose name gives the number away", () => {
    for (const q of ALL) {
      if (q.kind === "value" || q.kind === "true-false")
        expect(
          q.facts.some((f) => f === "commuting-circles" || f === "backbone-road-network"),
          q.id,
        ).toBe(false);
    }
  });
});

describe("questions about real figures", () => {
  const byId = new Map(ALL.map((q) => [q.id, q]));

  it("asks for PM2.5 in 2020: 44 µg/m³", () => {
    const q = byId.get("value:pm25:2020") as QuizRecord;
    expect(q.question.en).toBe("PM2.5 annual mean, 2020: which figure does the source give?");
    expect(q.choices[q.answer]).toEqual({ zh: "44微克/立方米", en: "44 µg/m³" });
    expect(q.explanation.en).toBe(
      "The source gives 44 µg/m³ for PM2.5 annual mean, 2020 (as stated: “44微克/立方米”).",
    );
    expect(q.sources[0]).toMatchObject({ ref: "article", section: "ecology", paragraph: 2 });
  });

  it("asks how PM2.5 changed: −51%, as stated, from a derived 2014 value of 89.8", () => {
    const q = byId.get("change:pm25:2014-2020") as QuizRecord;
    expect(q.choices[q.answer]?.en).toBe("−51%");
    expect(q.derived).toBe(true);
    expect(q.explanation.en).toBe(
      "2014: 89.8 µg/m³* → 2020: 44 µg/m³: −51% (as stated: “下降51%”). *The 2014 value is derived: 44 µg/m³ / (1 − 0.51) ≈ 89.8 µg/m³.",
    );
  });

  it("asks the change of a share in percentage points, never as a relative change", () => {
    const q = byId.get("change:high-tech-share:2013-2020") as QuizRecord;
    expect(q.choices[q.answer]).toEqual({ zh: "+19.3个百分点", en: "+19.3 pp" });
    for (const c of q.choices) expect(c.en).toMatch(/ pp$/);
  });
});

describe("distractors", () => {
  const show = (v: number) => formatValue(v, "ug-per-m3", "en");

  it("are three figures near the answer with its decimals, distinct as shown, none a fixed multiple of it", () => {
    for (let seed = 0; seed < 50; seed++) {
      const d = distractors(44, seeded(seed), show);
      expect(d).toHaveLength(3);
      for (const v of d) {
        expect(Number.isInteger(v)).toBe(true);
        expect(v).not.toBe(44);
        expect(isFixedMultiple(v, 44), String(v)).toBe(false);
      }
      expect(new Set(d.map(show)).size).toBe(3);
      for (const v of distractors(89.8, seeded(seed), show)) expect(String(v)).toMatch(/^\d+(\.\d)?$/);
    }
  });

  it("offer real figures of the same kind first, and never the answer with its sign flipped", () => {
    const d = distractors(-51, seeded(3), String, { pool: [-45, 51, -60.6, -12, 30] });
    expect(d).toHaveLength(3);
    expect(d).not.toContain(51);
    expect(d).not.toContain(30);
    expect(d.filter((v) => [-45, -60.6].includes(v)).length).toBeGreaterThanOrEqual(1);
    for (const v of d) expect(v).toBeLessThan(0);
  });

  it("stay within bounds: a share is at most 100%, a count at least 1", () => {
    for (let seed = 0; seed < 50; seed++) {
      for (const v of distractors(64.5, seeded(seed), String, { max: 100 })) expect(v).toBeLessThanOrEqual(100);
      const small = distractors(1, seeded(seed), String, { min: 0 });
      expect(small.length).toBe(3);
      for (const v of small) expect(v).toBeGreaterThan(0);
    }
  });
});

describe("which is larger, with data files of your own", () => {
  // Figures of one unit and one year, all different, so that every pair is ordered.
  const withShares = (n: number) =>
    loadDataset(
      [
        {
          file: "shares.json",
          text: JSON.stringify(
            userFile(
              Array.from({ length: n }, (_, i) =>
                userFact(`share-${i}`, {
                  unit: "percent",
                  // One series and those that extend it: like with like.
                  ...(i > 0 ? { extends: "share-0" } : {}),
                  values: [{ value: 1 + i / 4, stated: `${1 + i / 4}%`, year: 2020, source: { ref: "my-bulletin" } }],
                }),
              ),
            ),
          ),
        },
      ],
      bundledFiles(),
    );
  const ownPairs = (dataset: ReturnType<typeof withShares>) =>
    candidates(dataset).filter((c) => c.kind === "larger" && c.facts.every((f) => f.startsWith("share-")));

  it("pairs every two figures of the bundled data", () => {
    // Like with like: one fact in two places or years, or a series and the one it extends (PM2.5
    // of Beijing in 2014 and 2020; the 13 cities against the region); 68 pairs differ beyond their hedges.
    const larger = candidates(bundledDataset()).filter((c) => c.kind === "larger");
    expect(larger).toHaveLength(68);
    expect(larger.map((c) => c.id)).not.toContain("larger:high-tech-share:hebei-high-tech-contribution:2020");
  });

  it("pairs every two figures of a small file, as before", () => {
    const pairs = ownPairs(withShares(100));
    expect(pairs).toHaveLength((100 * 99) / 2);
    expect(pairs.at(-1)?.id).toBe("larger:share-98:share-99:2020");
  });

  it("pairs each figure with the next eight of its key once there would be over 20,000 pairs", () => {
    // 300 figures (and the bundled ones of the same key) would make over 45,000 pairs.
    const pairs = ownPairs(withShares(300));
    // 292 figures have eight after them, the last eight have 7, 6, … 0.
    expect(pairs).toHaveLength(292 * 8 + 28);
    expect(pairs[0]?.id).toBe("larger:share-0:share-1:2020");
    expect(pairs[1]?.id).toBe("larger:share-0:share-2:2020");
    expect(pairs.at(-1)?.id).toBe("larger:share-298:share-299:2020");
  });

  it("still makes a full set of questions from a large file", () => {
    const quiz = makeQuiz(withShares(300), { seed: 7, count: 10 });
    expect(quiz).toHaveLength(10);
    expect(new Set(quiz.map((q) => q.kind))).toEqual(new Set(["value", "year", "larger", "change", "true-false"]));
  });
});
