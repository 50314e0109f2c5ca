/**
 * `npm run test:scale`. A data file can hold lists longer than a function call takes arguments
 * (about 120,000 in V8): 70,000 values of one fact, a text of 200,000 lines. Every command still works, or reports a
 * data problem; none stops with "Maximum call stack size exceeded".
 */
import { describe, expect, it } from "vitest";
import { PLAIN } from "../../src/cli/color.js";
import { bundledFiles } from "../../src/dataset/bundled.js";
import { loadDataset } from "../../src/dataset/load.js";
import { DataError } from "../../src/dataset/problems.js";
import { candidates } from "../../src/quiz/questions.js";
import { showText } from "../../src/view/show.js";
import { userFact, userFile, writeTemp } from "../helpers/files.js";
import { sh } from "../helpers.js";

/** 200,000 short lines. */
const TALL = "x\n".repeat(200_000);

const load = (file: unknown) => loadDataset([{ file: "long.json", text: JSON.stringify(file) }], bundledFiles());

describe("lists longer than a call takes arguments", () => {
  it("quiz: a fact with 70,000 values, each of its own place", { timeout: 60_000 }, () => {
    const n = 70_000;
    const places = Array.from({ length: n }, (_, i) => ({
      id: `spot-${i}`,
      name: { zh: `地点 ${i}`, en: `Spot ${i}` },
      kind: "site",
      within: "beijing",
    }));
    const values = Array.from({ length: n }, (_, i) => ({
      value: 1 + i,
      stated: String(1 + i),
      year: 2020,
      place: `spot-${i}`,
      source: { ref: "my-bulletin" },
    }));
    const dataset = load(userFile([userFact("many-spots", { values })], { places }));
    const asked = candidates(dataset).filter((c) => c.facts.includes("many-spots"));
    expect(asked.length).toBeGreaterThan(n);
  });

  it("show: an event whose explanation has 200,000 lines", () => {
    const event = {
      id: "tall-source",
      kind: "event",
      theme: "ecology",
      label: { zh: "事件", en: "An event" },
      explanation: { zh: "说明。", en: TALL },
      place: "beijing",
      date: "2020-05",
      source: { ref: "tall" },
    };
    const dataset = load({
      sources: [{ id: "tall", kind: "official", title: { zh: "来源", en: "A source" } }],
      facts: [event],
    });
    const fact = dataset.facts.find((f) => f.id === "tall-source");
    if (!fact) throw new Error("the fact is loaded");
    const lines = showText({ dataset, lang: "en" }, fact, PLAIN, 80).split("\n");
    expect(lines.length).toBeGreaterThan(200_000);
  });

  it("validation: a theme whose name has 200,000 lines is refused at its first line break", () => {
    const theme = { id: "tall", order: 99, name: { zh: "高", en: TALL }, summary: { zh: "高。", en: "Tall." } };
    expect(() => load(userFile([userFact("in-tall", { theme: "tall" })], { themes: [theme] }))).toThrow(
      "themes[0].name.en: line break U+000A at 2",
    );
  });

  it("a table of 150 rows whose last label has 200,000 lines is refused, naming the line break", () => {
    const facts = Array.from({ length: 150 }, (_, i) =>
      userFact(`row-${i}`, { label: { zh: `行 ${i}`, en: i === 149 ? `${TALL}end` : `Row ${i}` } }),
    );
    const file = writeTemp("long/tall-label.json", userFile(facts));
    const r = sh(`node bin/jjj.js facts --width 80 --data '${file}'`);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe("");
    expect(r.stderr).toContain("facts[149].label.en: line break U+000A at 2");
  });

  it("validation: a fact with 150,000 values, one of them broken, is a data problem", { timeout: 60_000 }, () => {
    const values = Array.from({ length: 150_000 }, (_, i) => ({
      value: 1,
      stated: "1",
      year: 2000 + (i % 20),
      source: { ref: "my-bulletin" },
    })) as Record<string, unknown>[];
    delete values[7]?.stated;
    let thrown: unknown;
    try {
      load(userFile([userFact("many-values", { values })]));
    } catch (err) {
      thrown = err;
    }
    expect(thrown).toBeInstanceOf(DataError);
    expect((thrown as DataError).message).toContain("values[7].stated");
  });
});
