/**
 * The environment and the output at their edges: COLUMNS takes exactly the spellings --width takes
 * (anything else is ignored, as other programs ignore a COLUMNS they cannot read), FORCE_COLOR
 * turns colour on only with a value it names, a full disk ends with an error and a hint, and a
 * timeline at 40 columns stays within 40 columns whatever its labels.
 */
import { existsSync } from "node:fs";
import { join } from "node:path";
import stringWidth from "string-width";
import { describe, expect, it } from "vitest";
import { colorLevel } from "../../src/cli/color.js";
import { hasAnsi, run } from "../helpers/cli.js";
import { tempDir } from "../helpers/files.js";
import { writeHostileFiles } from "../helpers/hostile.js";
import { sh } from "../helpers.js";

const files = writeHostileFiles(join(tempDir(), "env-and-output"));

describe("COLUMNS and --width take the same spellings", () => {
  it.each(["1e3", "0x3e8", "+100", "100.0", "-80", "39", "1001", "80px", "Infinity"])(
    "--width %s is a usage error, and the same in COLUMNS is ignored (the width stays 80)",
    async (spelling) => {
      const flag = await run(["themes", "--width", spelling]);
      expect(flag.code).toBe(2);
      expect(flag.stderr).toContain("--width must be a whole number from 40 to 1000");
      const plain = await run(["themes"]);
      const env = await run(["themes"], { env: { COLUMNS: spelling } });
      expect(env.stderr).toBe("");
      expect(env.code).toBe(0);
      expect(env.stdout).toBe(plain.stdout);
    },
  );

  it.each(["120", " 120 ", "0120"])(
    "--width %j and the same in COLUMNS give the same 120-column table",
    async (spelling) => {
      const flag = await run(["themes", "--width", spelling]);
      const env = await run(["themes"], { env: { COLUMNS: spelling } });
      expect(flag.code).toBe(0);
      expect(env.stdout).toBe(flag.stdout);
      expect(env.stdout).not.toBe((await run(["themes"])).stdout);
    },
  );
});

describe("FORCE_COLOR", () => {
  it("turns colour on only with a value it names: banana is ignored", async () => {
    expect(colorLevel("auto", { FORCE_COLOR: "banana" }, false)).toBe(0);
    expect(colorLevel("auto", { FORCE_COLOR: "banana" }, true)).toBe(1);
    expect(colorLevel("auto", { FORCE_COLOR: "yes" }, false)).toBe(0);
    expect(colorLevel("auto", { FORCE_COLOR: "true" }, false)).toBe(1);
    expect(colorLevel("auto", { FORCE_COLOR: "" }, false)).toBe(1);
    expect(colorLevel("auto", { FORCE_COLOR: "2" }, false)).toBe(2);
    expect(colorLevel("auto", { FORCE_COLOR: "false" }, true)).toBe(0);
    expect(hasAnsi((await run(["themes"], { env: { FORCE_COLOR: "banana" } })).stdout)).toBe(false);
    expect(hasAnsi((await run(["themes"], { env: { FORCE_COLOR: "1" } })).stdout)).toBe(true);
  });
});

describe("an output that cannot be written", () => {
  it.skipIf(!existsSync("/dev/full"))("jjj compare >/dev/full ends with one error line, a hint and exit 1", () => {
    for (const [env, error] of [
      [{}, "jjj: cannot write to standard output (ENOSPC)"],
      [{ LANG: "zh_CN.UTF-8" }, "jjj: 无法写入标准输出（ENOSPC）"],
    ] as const) {
      const r = sh("node bin/jjj.js compare --color never >/dev/full", env);
      expect(r.code).toBe(1);
      const lines = r.stderr.trimEnd().split("\n");
      expect(lines).toHaveLength(2);
      expect(lines[0]).toBe(error);
      expect(lines[1]).toMatch(/^hint: /);
    }
  });
});

describe("a timeline at --width 40", () => {
  it.each([
    ["label-long.json", "LLLL", "长长长长"],
    ["label-long-words.json", "word word", "一二三"],
  ])("stays within 40 columns with the labels of %s, in both languages", async (name, en, zh) => {
    const path = files.find((f) => f.name === name)?.path ?? name;
    for (const lang of ["en", "zh"]) {
      const r = await run(["timeline", "--width", "40", "--lang", lang, "--data", path, "--color", "never"]);
      expect(r.code).toBe(0);
      const wide = r.stdout.split("\n").filter((l) => stringWidth(l) > 40);
      expect(wide).toEqual([]);
      // The long label is there, cut to fit.
      expect(r.stdout).toContain(lang === "en" ? en : zh);
    }
  });
});
