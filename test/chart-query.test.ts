import { describe, expect, it } from "vitest";
import { articleOnly } from "../src/cli/context.js";
import { bundledDataset } from "../src/dataset/bundled.js";
import type { QuantityFact } from "../src/dataset/schema.js";
import {
  barGroups,
  chartability,
  chartFacts,
  commonUnit,
  convert,
  indexSeries,
  lineSeries,
  matchFact,
  normalizeId,
} from "../src/query/chart.js";

const dataset = bundledDataset();
const fact = (id: string) => dataset.facts.find((f) => f.id === id) as QuantityFact;
const idOf = (input: string) => {
  const m = matchFact(dataset, input);
  return "fact" in m ? m.fact.id : m.candidates;
};

describe("matchFact", () => {
  it.each([
    ["pm25", "pm25"],
    ["PM2.5", "pm25"],
    ["pm2.5", "pm25"],
    ["pm", "pm25"],
    ["PM2.5年均浓度", "pm25"],
    ["pm25-beijing", "pm25-beijing"],
    ["PM25 Beijing", "pm25-beijing"],
    ["expressway", "expressway-length"],
  ])("%s → %s", (input, id) => {
    expect(idOf(input)).toBe(id);
  });

  it("lists the ids an ambiguous prefix could mean", () => {
    expect(idOf("tech")).toEqual(["tech-contracts-cumulative", "tech-contracts-annual", "tech-contracts-official"]);
  });

  it("normalises case and punctuation away", () => {
    expect(normalizeId("PM2.5 (Beijing)")).toBe("pm25beijing");
  });
});

describe("chartFacts", () => {
  it("adds to pm25 the three longest official series that extend it and names the others", () => {
    const { facts, left } = chartFacts(dataset, [fact("pm25")]);
    expect(facts.map((f) => [f.fact.id, f.role])).toEqual([
      ["pm25", "requested"],
      ["pm25-13-cities", "extension"],
      ["pm25-2-26-cities", "extension"],
      ["pm25-beijing", "extension"],
    ]);
    expect(left.map((f) => f.id)).toEqual(["pm25-tianjin", "pm25-hebei"]);
  });

  it("draws every series named on the command line", () => {
    const { facts, left } = chartFacts(dataset, [fact("pm25"), fact("pm25-hebei"), fact("pm25-tianjin")]);
    expect(facts.map((f) => f.fact.id)).toEqual([
      "pm25",
      "pm25-13-cities",
      "pm25-2-26-cities",
      "pm25-beijing",
      "pm25-hebei",
      "pm25-tianjin",
    ]);
    expect(left).toEqual([]);
  });

  it("adds nothing with --article-only", () => {
    const { facts, left } = chartFacts(articleOnly(dataset), [fact("pm25")]);
    expect(facts.map((f) => f.fact.id)).toEqual(["pm25"]);
    expect(left).toEqual([]);
  });
});

describe("lineSeries", () => {
  it("gives the article's PM2.5 a derived 2014 of 89.8 and a stated 2020 of 44", () => {
    const [s] = lineSeries([{ fact: fact("pm25"), role: "requested" }], "ug-per-m3");
    expect(s?.points.map((p) => [p.year, p.value, p.status])).toEqual([
      [2014, 89.8, "derived"],
      [2020, 44, "observed"],
    ]);
    expect(s?.points[0]?.derived?.formula).toBe("44 / (1 − 0.51)");
  });

  it("keeps the 13-city series with its derived 2014 and 2015", () => {
    const [s] = lineSeries([{ fact: fact("pm25-13-cities"), role: "extension" }], "ug-per-m3");
    expect(s?.points.map((p) => [p.year, p.value, p.status])).toEqual([
      [2013, 106, "observed"],
      [2014, 93, "derived"],
      [2015, 77, "derived"],
      [2016, 71, "observed"],
      [2017, 64, "observed"],
    ]);
    expect(s?.points[0]?.source.ref).toBe("mee");
  });

  it("indexes each series to its first year = 100", () => {
    const series = indexSeries(lineSeries([{ fact: fact("pm25"), role: "requested" }], "ug-per-m3"));
    expect(series[0]?.points.map((p) => p.plotted)).toEqual([100, 49]);
    expect(series[0]?.points.map((p) => p.value)).toEqual([89.8, 44]);
  });
});

describe("units", () => {
  it("refuses to put µg/m³ and 100 million yuan on one axis", () => {
    expect(
      commonUnit([
        { fact: fact("pm25"), role: "requested" },
        { fact: fact("tech-contracts-annual"), role: "requested" },
      ]),
    ).toEqual({ conflict: ["ug-per-m3", "yuan-100m"] });
  });

  it("converts units of one base exactly", () => {
    expect(convert(1.03, "km-10k", "km")).toBe(10300);
    expect(convert(10300, "km", "km-10k")).toBe(1.03);
    // At any magnitude: no NaN from an exponent form.
    expect(convert(1e21, "km-10k", "km")).toBe(1e25);
    expect(convert(1.5e300, "km", "km-10k")).toBe(1.5e296);
    expect(convert(62.85, "km", "km-10k")).toBe(0.006285);
  });
});

describe("barGroups", () => {
  it("gives the medical pilot institutions one bar per place: Beijing 23, Tianjin 62, Hebei 101", () => {
    const groups = barGroups(
      [
        { fact: fact("medical-pilot-institutions"), role: "requested" },
        { fact: fact("hebei-medical-pilot-institutions"), role: "requested" },
      ],
      "count",
    );
    const bars = groups.flatMap((g) => g.bars.map((b) => [b.key.kind === "place" ? b.key.place : "", b.point.value]));
    expect(bars).toEqual([
      ["beijing", 23],
      ["tianjin", 62],
      ["hebei", 101],
    ]);
  });
});

describe("chartability", () => {
  it("knows line facts from bar facts and events", () => {
    expect(chartability(fact("pm25"))).toMatchObject({ line: true, years: [2014, 2020] });
    expect(chartability(fact("medical-pilot-institutions"))).toMatchObject({ line: false, bars: true });
    const event = dataset.facts.find((f) => f.id === "strategy-launch");
    expect(event?.kind).toBe("event");
    expect(chartability(event as QuantityFact)).toMatchObject({
      line: false,
      bars: false,
    });
  });
});
