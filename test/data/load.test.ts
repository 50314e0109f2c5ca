import { describe, expect, it } from "vitest";
import { msg } from "../../src/core/messages/index.js";
import { DataError, formatProblem, loadDataset, type Problem } from "../../src/dataset/load.js";

const src = { ref: "article", section: "ecology", paragraph: 2 };

function validFile() {
  return {
    sources: [{ id: "article", kind: "article", title: { zh: "文章", en: "The article" } }],
    themes: [
      {
        id: "ecology",
        order: 5,
        name: { zh: "生态治理", en: "Environmental clean-up" },
        summary: { zh: "空气", en: "Air" },
        heading: "生态治理：天蓝水绿已可期",
      },
    ],
    places: [{ id: "region", name: { zh: "京津冀", en: "Beijing–Tianjin–Hebei" }, kind: "region" }],
    facts: [
      {
        id: "pm25",
        kind: "quantity",
        layer: "article",
        theme: "ecology",
        label: { zh: "PM2.5年均浓度", en: "PM2.5 annual mean" },
        explanation: { zh: "细颗粒物", en: "Fine particles" },
        place: "region",
        unit: "ug-per-m3",
        better: "lower",
        values: [{ value: 44, stated: "44微克/立方米", year: 2020, source: src }],
        changes: [{ from: 2014, to: 2020, percent: -51, stated: "下降51%", source: src }],
      },
    ],
  };
}

type Fixture = ReturnType<typeof validFile>;
type FactFixture = Fixture["facts"][number];

/** The fixture's one fact, to break. */
function fact0(d: Fixture): FactFixture {
  const fact = d.facts[0];
  if (!fact) throw new Error("the fixture has no fact");
  return fact;
}

function problemsOf(files: { file: string; text: string }[]): Problem[] {
  try {
    loadDataset(files);
  } catch (err) {
    expect(err).toBeInstanceOf(DataError);
    return (err as DataError).problems;
  }
  throw new Error("loadDataset accepted broken data");
}

function broken(edit: (data: Fixture) => unknown): { file: string; text: string } {
  const data = validFile();
  const result = edit(data) ?? data;
  return { file: "broken.json", text: JSON.stringify(result, null, 2) };
}

describe("loadDataset", () => {
  it("loads a valid file", () => {
    const dataset = loadDataset([{ file: "ok.json", text: JSON.stringify(validFile()) }]);
    expect(dataset.facts.map((f) => f.id)).toEqual(["pm25"]);
    expect(dataset.themes.map((t) => t.id)).toEqual(["ecology"]);
  });

  it("reports invalid JSON with the file's name", () => {
    const problems = problemsOf([{ file: "broken.json", text: '{ "facts": [ }' }]);
    expect(problems).toHaveLength(1);
    expect(problems[0]?.file).toBe("broken.json");
    expect(formatProblem(problems[0] as Problem)).toMatch(/not valid JSON/);
  });

  it("locates a JSON syntax error by line and column", () => {
    const problems = problemsOf([{ file: "broken.json", text: '{\n  "facts": [\n    }\n' }]);
    expect(problems[0]).toMatchObject({ line: 3, column: 5 });
    expect(formatProblem(problems[0] as Problem)).toMatch(/^broken\.json:3:5: not valid JSON: /);
  });

  it("reports a wrong type at its JSON path: facts[0].values[0].year", () => {
    const problems = problemsOf([
      broken((d) => {
        (fact0(d).values[0] as { year: unknown }).year = "2020";
      }),
    ]);
    expect(problems).toEqual([expect.objectContaining({ file: "broken.json", path: "facts[0].values[0].year" })]);
    expect(formatProblem(problems[0] as Problem)).toMatch(/^broken\.json: facts\[0\]\.values\[0\]\.year: /);
  });

  it("reports an unknown unit at its path", () => {
    const problems = problemsOf([
      broken((d) => {
        (fact0(d) as { unit: string }).unit = "furlongs";
      }),
    ]);
    expect(problems.map((p) => p.path)).toEqual(["facts[0].unit"]);
    expect(formatProblem(problems[0] as Problem)).toBe('broken.json: facts[0].unit: unknown unit "furlongs"');
  });

  it("carries a schema check's problem as a catalog message, said in the reader's language", () => {
    const problems = problemsOf([
      broken((d) => {
        const value = fact0(d).values[0] as { year?: number; period?: unknown };
        delete value.year;
        value.period = { from: 2020, to: 2014 };
      }),
    ]);
    expect(problems[0]).toMatchObject({ message: msg("dataset.periodOrder"), fix: msg("dataset.periodOrderFix") });
    expect(formatProblem(problems[0] as Problem, "en")).toBe(
      "broken.json: facts[0].values[0].period.to: period.from is after period.to",
    );
    expect(formatProblem(problems[0] as Problem, "zh")).toBe(
      "broken.json: facts[0].values[0].period.to: period.from 晚于 period.to",
    );
  });

  it("says a trailing comma in either language, at its line and column", () => {
    const [problem] = problemsOf([{ file: "broken.json", text: '{\n  "facts": [],\n}' }]);
    expect(problem?.message).toEqual(msg("dataset.jsonPropertyName"));
    expect(formatProblem(problem as Problem, "zh")).toBe(
      'broken.json:3:1: 不是有效的 JSON：这里应是带双引号的 "属性名"（} 前不能有多余的逗号）',
    );
  });

  it("reports a value with no year, date, period or publication time", () => {
    const problems = problemsOf([
      broken((d) => {
        delete (fact0(d).values[0] as { year?: number }).year;
      }),
    ]);
    expect(problems.map((p) => p.path)).toEqual(["facts[0].values[0].year"]);
  });

  it("reports a duplicate fact id, naming where it was first defined", () => {
    const problems = problemsOf([
      broken((d) => {
        d.facts.push({ ...fact0(d) });
      }),
    ]);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: "broken.json", path: "facts[1].id" });
    expect(formatProblem(problems[0] as Problem)).toContain('"pm25"');
    expect(formatProblem(problems[0] as Problem)).toContain("facts[0].id");
  });

  it("reports a duplicate id across two files with both file names", () => {
    const ok = { file: "a.json", text: JSON.stringify(validFile()) };
    const again = { file: "b.json", text: JSON.stringify({ facts: validFile().facts }) };
    const problems = problemsOf([ok, again]);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: "b.json", path: "facts[0].id" });
    expect(formatProblem(problems[0] as Problem)).toContain("a.json");
  });

  it("reports an unknown theme reference at facts[0].theme", () => {
    const problems = problemsOf([
      broken((d) => {
        fact0(d).theme = "ecolgy";
      }),
    ]);
    expect(problems).toEqual([
      expect.objectContaining({
        file: "broken.json",
        path: "facts[0].theme",
        message: msg("dataset.unknownRef", { kind: "themes", id: "ecolgy" }),
      }),
    ]);
  });

  it("reports an unknown place, source and article section at their paths", () => {
    const problems = problemsOf([
      broken((d) => {
        const fact = fact0(d);
        fact.place = "atlantis";
        fact.values[0] = { ...(fact.values[0] as (typeof fact.values)[0]), source: { ...src, ref: "nowhere" } };
        (fact.changes[0] as { source: typeof src }).source = { ...src, section: "epilogue" };
      }),
    ]);
    expect(problems.map((p) => p.path).sort()).toEqual([
      "facts[0].changes[0].source.section",
      "facts[0].place",
      "facts[0].values[0].source.ref",
    ]);
  });

  it("lists every problem, not just the first, in the error message", () => {
    let message = "";
    try {
      loadDataset([
        broken((d) => {
          fact0(d).theme = "nope";
          fact0(d).place = "nowhere";
        }),
      ]);
    } catch (err) {
      message = (err as Error).message;
    }
    expect(message).toContain("broken.json: facts[0].theme: unknown theme");
    expect(message).toContain("broken.json: facts[0].place: unknown place");
  });
});
