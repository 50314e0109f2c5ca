import { describe, expect, it } from "vitest";
import { CliError, EXIT } from "../../src/core/errors.js";
import { same, sayMessage } from "../../src/core/messages/index.js";
import { bundledDataset } from "../../src/dataset/bundled.js";
import { factsOfTheme, findFact, findTheme, suggest } from "../../src/query/lookup.js";

const dataset = bundledDataset();
const factIds = dataset.facts.map((f) => f.id);
const themeIds = dataset.themes.map((t) => t.id);

describe("suggest", () => {
  it('finds "pm25" for "pm2.5" and for "pm"', () => {
    expect(suggest("pm2.5", factIds)[0]).toBe("pm25");
    expect(suggest("pm", factIds)).toContain("pm25");
  });

  it('finds "ecology" for "ecolgy"', () => {
    expect(suggest("ecolgy", themeIds)).toEqual(["ecology"]);
  });

  it('finds "compare" for "comapre" and is case-insensitive', () => {
    expect(suggest("comapre", ["themes", "facts", "show", "compare", "help"])).toEqual(["compare"]);
    expect(suggest("ECOLOGY", themeIds)).toEqual(["ecology"]);
  });

  it("suggests nothing for a word close to no candidate", () => {
    expect(suggest("zzzzzzzzz", factIds)).toEqual([]);
  });

  it("gives at most `max` suggestions, closest first", () => {
    const tech = suggest("tech", factIds);
    expect(tech.length).toBeLessThanOrEqual(3);
    expect(tech).toContain("tech-contracts-annual");
    expect(suggest("tech", factIds, 1)).toHaveLength(1);
  });
});

describe("findFact and findTheme", () => {
  it("return what exists", () => {
    expect(findFact(dataset, "pm25").theme).toBe("ecology");
    expect(findTheme(dataset, "ecology").order).toBe(5);
  });

  it("throw a usage error that names the id and suggests the closest", () => {
    let error: unknown;
    try {
      findFact(dataset, "pm2.5");
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(CliError);
    const cli = error as CliError;
    expect(cli.exitCode).toBe(EXIT.usage);
    expect(cli.message).toContain('"pm2.5"');
    expect(sayMessage("en", cli.hint ?? same(""))).toContain('did you mean "pm25"');
    expect(sayMessage("zh", cli.hint ?? same(""))).toContain('是否想找 "pm25"');
  });

  it("throw for an unknown theme with a suggestion", () => {
    expect(() => findTheme(dataset, "ecolgy")).toThrow(/unknown theme "ecolgy"/);
    try {
      findTheme(dataset, "ecolgy");
    } catch (e) {
      expect(sayMessage("en", (e as CliError).hint ?? same(""))).toContain('"ecology"');
    }
  });
});

describe("factsOfTheme", () => {
  it("lists the ecology facts, PM2.5 first", () => {
    const ids = factsOfTheme(dataset, "ecology").map((f) => f.id);
    expect(ids[0]).toBe("pm25");
    expect(ids).toEqual(expect.arrayContaining(["pm25", "monitoring-sections", "water-quality-share"]));
    expect(factsOfTheme(dataset, "ecology").every((f) => f.theme === "ecology")).toBe(true);
  });

  it("lists every fact, grouped by theme in article order", () => {
    const all = factsOfTheme(dataset);
    expect(all).toHaveLength(dataset.facts.length);
    const order = new Map(dataset.themes.map((t) => [t.id, t.order]));
    const orders = all.map((f) => order.get(f.theme) ?? 0);
    expect(orders).toEqual([...orders].sort((a, b) => a - b));
    expect(all[0]?.id).toBe("strategy-launch");
  });
});
