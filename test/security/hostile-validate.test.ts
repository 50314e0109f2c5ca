import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { run } from "../helpers/cli.js";
import { tempDir } from "../helpers/files.js";
import { writeHostileFiles } from "../helpers/hostile.js";

const files = writeHostileFiles(join(tempDir(), "hostile"));
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point.
const CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u200b-\u200f\u2028-\u202e\u2060-\u206f\ufeff]/;

describe("jjj validate over hostile data files", () => {
  it.each(files.filter((f) => f.bad.length))("names every bad field of $name, with exit 1", async (f) => {
    const r = await run(["validate", "--json", f.path]);
    expect(r.code).toBe(1);
    const records = JSON.parse(r.stdout) as { path: string | null; line: number | null; message: string }[];
    for (const path of f.bad) {
      expect(
        records.some((rec) => rec.path === path || rec.path?.startsWith(`${path}.`)),
        `${path} in ${JSON.stringify(records.map((rec) => rec.path))}`,
      ).toBe(true);
    }
  });

  it.each(files.filter((f) => f.bad.length))("prints no control character for $name", async (f) => {
    const r = await run(["validate", f.path, "--color", "never"]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe("");
    expect(CONTROL.test(r.stderr), r.stderr).toBe(false);
  });

  it.each(files.filter((f) => !f.bad.length))("takes $name, valid though hostile", async (f) => {
    const r = await run(["validate", f.path]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
  });

  it("names the path and the character, counted from 1", async () => {
    const f = files.find((x) => x.name === "text-osc52.json");
    const r = await run(["validate", f?.path ?? ""]);
    expect(r.stderr).toContain("facts[0].label.en: control character U+001B at 1");
    const zh = await run(["validate", f?.path ?? "", "--lang", "zh"]);
    expect(zh.stderr).toContain("facts[0].label.en: 第 1 个字符是控制字符 U+001B");
  });

  it("names Innocent\\rEVIL's carriage return at 9", async () => {
    const f = files.find((x) => x.name === "text-cr.json");
    const r = await run(["validate", f?.path ?? ""]);
    expect(r.stderr).toContain("facts[0].label.en: control character U+000D at 9");
  });

  it("names the range a value of 1e308 is beyond", async () => {
    const f = files.find((x) => x.name === "value-1e308.json");
    const r = await run(["validate", f?.path ?? ""]);
    expect(r.stderr).toContain(
      "facts[0].values[0].value: 1e+308 is beyond the plausible range of a value: |value| ≤ 1e15",
    );
  });

  it("refuses a change of −100%", async () => {
    const f = files.find((x) => x.name === "change-minus-100.json");
    const r = await run(["validate", f?.path ?? ""]);
    expect(r.stderr).toContain("facts[0].changes[0].percent: a change of -100% would leave nothing");
  });

  it("names a key given twice with its line", async () => {
    const f = files.find((x) => x.name === "duplicate-key.json");
    const r = await run(["validate", f?.path ?? ""]);
    expect(r.stderr).toMatch(/duplicate-key\.json:\d+:\d+: the key "id" is given twice in one object/);
  });

  it("shows an unknown key that is an escape sequence as escapes", async () => {
    const f = files.find((x) => x.name === "unknown-key-escape.json");
    const r = await run(["validate", f?.path ?? ""]);
    expect(r.stderr).toContain('unknown field "\\x1b]0;PWNED\\x07"');
  });
});
