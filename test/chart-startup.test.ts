/**
 * Start-up stays light: the main pack, and the packs of commands other than chart, must not
 * hold asciichart or the chart renderers. Reads the built bundle (`npm test` builds first).
 */
import { describe, expect, it } from "vitest";
import { lazyPacks, manifest, packText, runPack, staticPacks } from "./helpers/packs.js";

// asciichart exports its colours by name; no other code of ours spells this.
const ASCIICHART = "lightmagenta";

describe("start-up", () => {
  it("does not load asciichart for any command but chart", () => {
    const loaded = (pack: string) => [...staticPacks(pack)].some((p) => packText(p).includes(ASCIICHART));
    expect(loaded("main")).toBe(false);
    for (const name of ["overview", "themes", "facts", "show", "compare", "sources", "chart"]) {
      expect(loaded(runPack(name)), name).toBe(false);
    }
  });

  it("finds asciichart behind the chart command's lazy load", () => {
    const chart = runPack("chart");
    const lazy = [...lazyPacks(chart)].filter((name) => !staticPacks(chart).has(name));
    expect(lazy.some((name) => packText(name).includes(ASCIICHART))).toBe(true);
    expect(Object.keys(manifest().packs)).toContain(chart);
  });
});
