import { describe, expect, it } from "vitest";
import { bundledDataset } from "../../src/dataset/bundled.js";
import { loadDataset } from "../../src/dataset/load.js";
import { DatasetFile, ID_PATTERN } from "../../src/dataset/schema.js";
import { dataFiles, datasetFromFiles, readDataFile } from "../helpers/paths.js";

describe("the bundled data", () => {
  it("includes data/article.json", () => {
    expect(dataFiles()).toContain("data/article.json");
  });

  it.each(dataFiles())("%s validates against the DatasetFile schema", (file) => {
    const result = DatasetFile.safeParse(JSON.parse(readDataFile(file)));
    const issues = result.success ? [] : result.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
    expect(issues).toEqual([]);
  });

  it("loads with loadDataset: nine themes and every reference resolved", () => {
    const dataset = datasetFromFiles();
    expect(dataset.themes).toHaveLength(9);
    expect(dataset.sources.map((s) => s.id)).toContain("article");
    expect(dataset.facts.length).toBeGreaterThanOrEqual(39);
  });

  it("is what the CLI runs on: the bundled dataset equals the validated files", () => {
    const validated = datasetFromFiles();
    const bundled = bundledDataset();
    expect(bundled.themes).toEqual(validated.themes);
    expect(bundled.facts).toEqual(validated.facts);
    expect(bundled.places).toEqual(validated.places);
    expect(bundled.sources).toEqual(validated.sources);
  });

  it("has unique, kebab-case fact ids", () => {
    const ids = datasetFromFiles().facts.map((f) => f.id);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
    expect(ids.filter((id) => !ID_PATTERN.test(id))).toEqual([]);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it("has unique ids for themes, places and sources", () => {
    const dataset = datasetFromFiles();
    for (const list of [dataset.themes, dataset.places, dataset.sources]) {
      const ids = list.map((x) => x.id);
      expect(new Set(ids).size).toBe(ids.length);
    }
  });

  it("keeps the article's figures as stated: PM2.5 44 in 2020, −51% since 2014", () => {
    const pm25 = datasetFromFiles().facts.find((f) => f.id === "pm25");
    expect(pm25?.kind).toBe("quantity");
    if (pm25?.kind !== "quantity") return;
    expect(pm25.unit).toBe("ug-per-m3");
    expect(pm25.values).toEqual([expect.objectContaining({ value: 44, year: 2020, stated: "44微克/立方米" })]);
    expect(pm25.changes).toEqual([expect.objectContaining({ from: 2014, to: 2020, percent: -51 })]);
  });
});

describe("loadDataset on one file", () => {
  it("accepts a file that only adds facts to the bundled themes", () => {
    const article = { file: "data/article.json", text: readDataFile("data/article.json") };
    expect(() => loadDataset([article])).not.toThrow();
  });
});
