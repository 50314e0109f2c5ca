import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { en } from "../../src/core/messages/en.js";
import { zh } from "../../src/core/messages/zh.js";

describe("the message catalog", () => {
  it("has the same keys in both languages", () => {
    expect(Object.keys(zh).sort()).toEqual(Object.keys(en).sort());
  });

  it("defines each English key in one area only (a spread would hide the second silently)", () => {
    const file = readFileSync(new URL("../../src/core/messages/en.ts", import.meta.url), "utf8");
    const source = file.slice(file.indexOf("const common = {"));
    const keys = [...source.matchAll(/^ {2}"([a-z][\w.-]*)":/gm)].map((m) => m[1]);
    const twice = keys.filter((k, i) => keys.indexOf(k) !== i);
    expect(twice).toEqual([]);
    expect(keys.length).toBe(Object.keys(en).length);
  });
});
