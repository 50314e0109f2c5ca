import { describe, expect, it } from "vitest";
import { errorLines, examples, run } from "../helpers/cli.js";
import { packageVersion } from "../helpers/paths.js";

const COMMANDS = ["themes", "facts", "show", "compare"];

describe("language", () => {
  const chinese = (out: string) => out.includes("概要") && out.includes("条数");
  const english = (out: string) => out.includes("Summary") && out.includes("Facts");

  it("is English with no locale", async () => {
    expect(english((await run(["themes"])).stdout)).toBe(true);
  });

  it("is Chinese with LANG=zh_CN.UTF-8", async () => {
    expect(chinese((await run(["themes"], { env: { LANG: "zh_CN.UTF-8" } })).stdout)).toBe(true);
  });

  it("follows LC_ALL over LANG", async () => {
    const out = (await run(["themes"], { env: { LANG: "zh_CN.UTF-8", LC_ALL: "en_US.UTF-8" } })).stdout;
    expect(english(out)).toBe(true);
    const zh = (await run(["themes"], { env: { LANG: "en_US.UTF-8", LC_ALL: "zh_CN.UTF-8" } })).stdout;
    expect(chinese(zh)).toBe(true);
  });

  it("follows LC_MESSAGES over LANG", async () => {
    const out = (await run(["themes"], { env: { LANG: "en_US.UTF-8", LC_MESSAGES: "zh_TW.UTF-8" } })).stdout;
    expect(chinese(out)).toBe(true);
  });

  it("follows --lang over every locale variable", async () => {
    const env = { LANG: "zh_CN.UTF-8", LC_ALL: "zh_CN.UTF-8" };
    expect(english((await run(["themes", "--lang", "en"], { env })).stdout)).toBe(true);
    expect(chinese((await run(["themes", "--lang", "zh"], { env: { LC_ALL: "C" } })).stdout)).toBe(true);
  });

  it("rejects an unsupported --lang with exit 2", async () => {
    const { code, stdout, stderr } = await run(["themes", "--lang", "fr"]);
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr.startsWith("jjj: ")).toBe(true);
    expect(stderr).toContain("fr");
  });
});

describe("usage errors", () => {
  it("exits 2 for an unknown command and suggests the closest", async () => {
    const { code, stdout, stderr } = await run(["comapre"]);
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(errorLines(stderr).errors).toEqual(['jjj: unknown command "comapre"']);
    expect(stderr).toContain('did you mean "compare"');
  });

  it("exits 2 for a command close to none", async () => {
    const { code, stdout, stderr } = await run(["bogus"]);
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toContain('jjj: unknown command "bogus"');
    expect(stderr).toContain("jjj --help");
  });

  it.each([[["--bogus"]], [["compare", "--bogus"]], [["themes", "-x"]]])(
    "exits 2 for an unknown option: %j",
    async (argv) => {
      const { code, stdout, stderr } = await run(argv);
      expect(code).toBe(2);
      expect(stdout).toBe("");
      const { errors, other } = errorLines(stderr);
      expect(errors).toHaveLength(1);
      expect(errors[0]).toContain("unknown option");
      expect(other).toEqual([]);
    },
  );

  it("exits 2 for an extra argument", async () => {
    const { code, stdout, stderr } = await run(["themes", "extra"]);
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr.startsWith("jjj: ")).toBe(true);
  });

  it.each([["10"], ["abc"], ["40.5"], ["1001"]])("exits 2 for --width %s", async (width) => {
    const { code, stdout, stderr } = await run(["compare", "--width", width]);
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(errorLines(stderr).errors[0]).toContain(width);
  });

  // BUG: main() treats commander's "commander.help" code as success, but `help <unknown>`
  // prints the root help to stderr with commander's error exit code, and jjj exits 0.
  it("exits 2 for help on an unknown command", async () => {
    const { code, stderr } = await run(["help", "bogus"]);
    expect(code).toBe(2);
    expect(stderr).toContain("bogus");
  });
});

describe("help and version", () => {
  it("prints the version of package.json with --version and -V", async () => {
    for (const flag of ["--version", "-V"]) {
      const { code, stdout, stderr } = await run([flag]);
      expect(code).toBe(0);
      expect(stdout).toBe(`${packageVersion()}\n`);
      expect(stderr).toBe("");
    }
  });

  it("prints help with --help, -h and `help`, exit 0, listing every command", async () => {
    for (const argv of [["--help"], ["-h"], ["help"]]) {
      const { code, stdout, stderr } = await run(argv);
      expect(code).toBe(0);
      expect(stderr).toBe("");
      expect(stdout).toContain("Usage: jjj");
      for (const c of COMMANDS) expect(stdout).toContain(c);
      expect(examples(stdout).length).toBeGreaterThanOrEqual(2);
      expect(stdout).toContain("Environment");
      expect(stdout).toContain("NO_COLOR");
    }
  });

  it.each(COMMANDS)("gives `%s` help with at least two $ jjj examples", async (command) => {
    for (const argv of [
      [command, "--help"],
      ["help", command],
    ]) {
      const { code, stdout } = await run(argv);
      expect(code).toBe(0);
      expect(stdout).toContain(`Usage: jjj ${command}`);
      const ex = examples(stdout);
      expect(ex.length).toBeGreaterThanOrEqual(2);
      expect(ex.every((e) => e.startsWith(`$ jjj ${command}`))).toBe(true);
      expect(stdout).toContain("Environment");
    }
  });
});
