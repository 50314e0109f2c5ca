import { describe, expect, it } from "vitest";
import { colorLevel } from "../../src/cli/color.js";
import { hasAnsi, type RunOptions, run } from "../helpers/cli.js";

const TTY: RunOptions = { isTTY: true, columns: 100 };

describe("no colour", () => {
  it.each([["compare"], ["themes"], ["facts"], ["show", "pm25"], []])("when not a TTY: %j", async (...argv) => {
    const { code, stdout } = await run(argv.flat());
    expect(code).toBe(0);
    expect(hasAnsi(stdout)).toBe(false);
  });

  it("with NO_COLOR=1 on a TTY", async () => {
    expect(hasAnsi((await run(["compare"], { ...TTY, env: { NO_COLOR: "1" } })).stdout)).toBe(false);
    expect(hasAnsi((await run(["show", "pm25"], { ...TTY, env: { NO_COLOR: "1" } })).stdout)).toBe(false);
  });

  it("with --no-color on a TTY", async () => {
    expect(hasAnsi((await run(["compare", "--no-color"], TTY)).stdout)).toBe(false);
    expect(hasAnsi((await run(["--no-color"], TTY)).stdout)).toBe(false);
  });

  it("with --color never on a TTY, even with FORCE_COLOR=1", async () => {
    expect(hasAnsi((await run(["compare", "--color", "never"], TTY)).stdout)).toBe(false);
    const forced = await run(["themes", "--color", "never"], { ...TTY, env: { FORCE_COLOR: "1" } });
    expect(hasAnsi(forced.stdout)).toBe(false);
  });

  it("with --json, even with --color always or FORCE_COLOR=1", async () => {
    for (const argv of [["compare", "--json"], ["themes", "--json"], ["show", "pm25", "--json"], ["--json"]]) {
      expect(hasAnsi((await run([...argv, "--color", "always"], TTY)).stdout), argv.join(" ")).toBe(false);
      expect(hasAnsi((await run(argv, { ...TTY, env: { FORCE_COLOR: "1" } })).stdout), argv.join(" ")).toBe(false);
    }
  });

  it("with TERM=dumb or FORCE_COLOR=0 on a TTY", async () => {
    expect(hasAnsi((await run(["themes"], { ...TTY, env: { TERM: "dumb" } })).stdout)).toBe(false);
    expect(hasAnsi((await run(["themes"], { ...TTY, env: { FORCE_COLOR: "0" } })).stdout)).toBe(false);
  });

  it("in error messages", async () => {
    const { stderr } = await run(["show", "pm2.5"], { ...TTY, env: { FORCE_COLOR: "1" } });
    expect(hasAnsi(stderr)).toBe(false);
  });
});

describe("colour", () => {
  it("on a TTY by default", async () => {
    expect(hasAnsi((await run(["compare"], TTY)).stdout)).toBe(true);
  });

  it("with --color always on a table, even in a pipe or with NO_COLOR=1", async () => {
    expect(hasAnsi((await run(["compare", "--color", "always"])).stdout)).toBe(true);
    expect(hasAnsi((await run(["themes", "--color", "always"], { env: { NO_COLOR: "1" } })).stdout)).toBe(true);
  });

  it("with FORCE_COLOR=1 on a table in a pipe", async () => {
    expect(hasAnsi((await run(["compare"], { env: { FORCE_COLOR: "1" } })).stdout)).toBe(true);
    expect(hasAnsi((await run(["facts", "--theme", "ecology"], { env: { FORCE_COLOR: "1" } })).stdout)).toBe(true);
  });

  it("keeps the same text with colour as without", async () => {
    const plain = (await run(["compare", "--width", "100"])).stdout;
    const coloured = (await run(["compare", "--width", "100", "--color", "always"])).stdout;
    // biome-ignore lint/suspicious/noControlCharactersInRegex: stripping ANSI escapes is the point
    expect(coloured.replace(/\u001b\[[0-9;]*m/g, "")).toBe(plain);
  });
});

describe("colorLevel", () => {
  it("orders the decision: flag > NO_COLOR > FORCE_COLOR > TERM=dumb > TTY", () => {
    expect(colorLevel("never", { FORCE_COLOR: "3" }, true)).toBe(0);
    expect(colorLevel("always", { NO_COLOR: "1" }, false)).toBeGreaterThan(0);
    expect(colorLevel("auto", { NO_COLOR: "1", FORCE_COLOR: "1" }, true)).toBe(0);
    expect(colorLevel("auto", { FORCE_COLOR: "1", TERM: "dumb" }, false)).toBe(1);
    expect(colorLevel("auto", { TERM: "dumb" }, true)).toBe(0);
    expect(colorLevel("auto", {}, true)).toBeGreaterThan(0);
    expect(colorLevel("auto", {}, false)).toBe(0);
  });

  it("ignores an empty NO_COLOR, as no-color.org says", () => {
    expect(colorLevel("auto", { NO_COLOR: "" }, true)).toBeGreaterThan(0);
  });

  it("reads the colour depth from FORCE_COLOR, COLORTERM and TERM", () => {
    expect(colorLevel("auto", { FORCE_COLOR: "2" }, false)).toBe(2);
    expect(colorLevel("auto", { FORCE_COLOR: "3" }, false)).toBe(3);
    expect(colorLevel("auto", { COLORTERM: "truecolor" }, true)).toBe(3);
    expect(colorLevel("auto", { TERM: "xterm-256color" }, true)).toBe(2);
  });
});
