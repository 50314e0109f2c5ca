import { describe, expect, it } from "vitest";
import { UNIT_IDS } from "../../src/dataset/constants.js";
import { unitScale } from "../../src/dataset/units.js";

describe("unitScale", () => {
  it("turns 83.1 hundred-million yuan into 8.31e9 yuan", () => {
    const { unitFactor, baseUnit } = unitScale("yuan-100m");
    expect(unitFactor).toBe(1e8);
    expect(baseUnit).toBe("yuan");
    expect(83.1 * unitFactor).toBeCloseTo(8.31e9, 0);
  });

  it("keeps a share a share: percent is factor 1, base percent", () => {
    expect(unitScale("percent")).toEqual({ unitFactor: 1, baseUnit: "percent" });
  });

  it("scales the 10,000 units by 1e4 to their base", () => {
    expect(unitScale("km-10k")).toEqual({ unitFactor: 1e4, baseUnit: "km" });
    expect(unitScale("person-10k")).toEqual({ unitFactor: 1e4, baseUnit: "person" });
    expect(unitScale("count-10k")).toEqual({ unitFactor: 1e4, baseUnit: "count" });
    expect(unitScale("yuan-10k-per-person")).toEqual({ unitFactor: 1e4, baseUnit: "yuan-per-person" });
  });

  it("gives every unit a positive power-of-ten factor", () => {
    for (const unit of UNIT_IDS) {
      const { unitFactor, baseUnit } = unitScale(unit);
      expect(Math.log10(unitFactor) % 1).toBe(0);
      expect(baseUnit.length).toBeGreaterThan(0);
    }
  });
});
