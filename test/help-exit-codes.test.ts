import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { colorLevel } from "../src/cli/color.js";
import { memoryIo } from "../src/cli/io.js";
import { main } from "../src/main.js";
import { needProgram } from "./helpers/outside.js";
import { jjj, visibleCommands } from "./helpers.js";

describe("help", () => {
  it("lists every command in `jjj --help`", async () => {
    const r = await jjj(["--help"]);
    expect(r.code).toBe(0);
    for (const name of visibleCommands()) expect(r.stdout).toMatch(new RegExp(`^  ${name}\\b`, "m"));
  });

  for (const name of visibleCommands()) {
    it(`\`jjj ${name} --help\` has a summary, usage, options, two examples and the environment`, async () => {
      const r = await jjj([name, "--help"]);
      expect(r.code).toBe(0);
      const text = r.stdout;
      expect(text).toMatch(new RegExp(`^jjj ${name} — \\S.+\\n\\nUsage: jjj ${name} `));
      expect(text).toContain("\nOptions:\n");
      expect(text.match(/^ {2}\$ jjj /gm)?.length ?? 0).toBeGreaterThanOrEqual(2);
      for (const variable of ["NO_COLOR", "FORCE_COLOR", "COLUMNS", "LANG", "LC_ALL", "JJJ_DEBUG"]) {
        expect(text).toContain(variable);
      }
      expect(text).toContain("Environment:");
      // `jjj help <command>` says the same.
      expect((await jjj(["help", name])).stdout).toBe(text);
    });
  }

  it("`jjj help exit-codes` lists 0, 1 and 2", async () => {
    const r = await jjj(["help", "exit-codes"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^ {2}0 {2}success, also when nothing matches/m);
    expect(r.stdout).toMatch(/^ {2}1 {2}a data or runtime error/m);
    expect(r.stdout).toMatch(/^ {2}2 {2}a usage error/m);
  });

  it("`jjj help environment` gives the colour precedence", async () => {
    const r = await jjj(["help", "environment"]);
    expect(r.stdout).toContain(
      "--color always|never (and --no-color) first; then NO_COLOR; then\nFORCE_COLOR; then TERM=dumb",
    );
  });

  it("`jjj help formatting` lists every format", async () => {
    const r = await jjj(["help", "formatting"]);
    for (const f of ["table", "json", "ndjson", "csv", "tsv", "md"])
      expect(r.stdout).toMatch(new RegExp(`^ {2}${f} `, "m"));
  });

  it("an unknown help topic is a usage error with a did-you-mean", async () => {
    const r = await jjj(["help", "exit-code"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      'jjj: unknown help topic "exit-code"\nhint: did you mean "exit-codes"? (`jjj help` lists them all)\n',
    );
  });
});

describe("exit codes", () => {
  it("0 for success, also for an empty result", async () => {
    expect((await jjj(["themes"])).code).toBe(0);
    expect((await jjj(["search", "nothing-like-this", "--json"])).code).toBe(0);
  });

  it("2 for usage errors, each with a message and a hint", async () => {
    for (const argv of [
      ["nosuchcommand"],
      ["themes", "--nosuchoption"],
      ["show", "pm2"],
      ["facts", "--theme", "ecolgy"],
      ["compare", "--from", "2020", "--to", "2014"],
      ["compare", "--fields", "nope"],
      ["timeline", "--kind", "both"],
      ["completion", "powershell"],
    ]) {
      const r = await jjj(argv);
      expect(r.code, argv.join(" ")).toBe(2);
      expect(r.stdout, argv.join(" ")).toBe("");
      expect(r.stderr, argv.join(" ")).toMatch(/^jjj: .+\n(hint: .+\n)?/);
    }
  });

  it("did you mean … for unknown theme and fact ids", async () => {
    expect((await jjj(["show", "tech-contract-annual"])).stderr).toContain('did you mean "tech-contracts-annual"');
    expect((await jjj(["compare", "--theme", "inovation"])).stderr).toContain('did you mean "innovation"');
    expect((await jjj(["timeline", "--theme", "ecolgy"])).stderr).toContain('did you mean "ecology"');
  });

  it("1 for a runtime error, without a stack trace unless JJJ_DEBUG=1", async () => {
    const failing = (env: Record<string, string>) => {
      const io = memoryIo({ env });
      return {
        ...io,
        out: () => {
          throw new Error("disk full");
        },
      };
    };
    const quiet = failing({});
    expect(await main(["themes"], quiet)).toBe(1);
    expect(quiet.stderr()).toBe("jjj: internal error: disk full\nhint: set JJJ_DEBUG=1 to see the stack trace\n");
    const debug = failing({ JJJ_DEBUG: "1" });
    expect(await main(["themes"], debug)).toBe(1);
    expect(debug.stderr()).toContain("Error: disk full\n    at ");
  });
});

describe("colour", () => {
  it("follows --color > NO_COLOR > FORCE_COLOR > TERM=dumb > terminal", () => {
    expect(colorLevel("auto", {}, true)).toBe(1);
    expect(colorLevel("auto", {}, false)).toBe(0);
    expect(colorLevel("auto", { TERM: "dumb" }, true)).toBe(0);
    expect(colorLevel("auto", { FORCE_COLOR: "1" }, false)).toBe(1);
    expect(colorLevel("auto", { FORCE_COLOR: "1", TERM: "dumb" }, false)).toBe(1);
    expect(colorLevel("auto", { NO_COLOR: "1", FORCE_COLOR: "1" }, true)).toBe(0);
    expect(colorLevel("auto", { NO_COLOR: "" }, true)).toBe(1);
    expect(colorLevel("always", { NO_COLOR: "1" }, false)).toBe(1);
    expect(colorLevel("never", { FORCE_COLOR: "3" }, true)).toBe(0);
  });

  it("colours a table on a terminal, and not with NO_COLOR, --no-color or in a pipe", async () => {
    const esc = "\u001b[";
    expect((await jjj(["themes"], { isTTY: true, columns: 100 })).stdout).toContain(esc);
    expect((await jjj(["themes"], { isTTY: true, columns: 100, env: { NO_COLOR: "1" } })).stdout).not.toContain(esc);
    expect((await jjj(["themes", "--no-color"], { isTTY: true, columns: 100 })).stdout).not.toContain(esc);
    expect((await jjj(["themes"])).stdout).not.toContain(esc);
    expect((await jjj(["themes"], { env: { FORCE_COLOR: "1" } })).stdout).toContain(esc);
    expect((await jjj(["themes", "--color", "always"], { env: { NO_COLOR: "1" } })).stdout).toContain(esc);
  });
});

describe("a stable table", () => {
  it("pins width and colour", async () => {
    const r = await jjj(["timeline", "--width", "80", "--color", "never"]);
    expect(r.stdout.split("\n").slice(0, 4)).toEqual([
      "Timeline",
      "When          Event or figure                            Value  Unit",
      `${"─".repeat(12)}  ${"─".repeat(38)}  ${"─".repeat(8)}  ${"─".repeat(16)}`,
      "2013          High-end sectors' share of new market…      40.7  %",
    ]);
  });
});

describe("real clients", () => {
  /** jjj's output (in-process) read by a real jq: `jjj argv | jq args`. */
  async function jq(argv: string[], ...args: string[]): Promise<{ code: number; stdout: string }> {
    const r = await jjj(argv);
    expect(r.code).toBe(0);
    const q = spawnSync("jq", args, { input: r.stdout, encoding: "utf8" });
    if (q.error) throw q.error;
    return { code: q.status ?? -1, stdout: q.stdout };
  }

  it("jq reads the JSON of every listing", async (ctx) => {
    needProgram(ctx, "jq");
    expect(await jq(["compare", "--json"], "-e", '.[] | select(.id == "pm25") | .to.value == 44')).toEqual({
      code: 0,
      stdout: "true\n",
    });
    expect(
      (await jq(["compare", "--json"], "-c", '.[] | select(.id == "tech-contracts-annual") | [.from.value, .to.value]'))
        .stdout,
    ).toBe("[83.1,347]\n");
    expect((await jq(["search", "医保", "--json"], "-r", ".[].id")).stdout).toBe(
      "medical-pilot-institutions\nhebei-medical-pilot-institutions\nlivelihood\n",
    );
    expect(
      (await jq(["facts", "--format", "ndjson"], "-c", 'select(.kind == "event") | .date')).stdout
        .split("\n")
        .slice(0, 2),
    ).toEqual(['"2014-02-26"', '"2014"']);
    expect((await jq(["export", "--json"], "-e", ".facts | length == 46")).code).toBe(0);
    expect((await jq(["timeline", "--json"], "-e", 'map(.date) | .[0] == "2013"')).code).toBe(0);
    expect((await jq(["search", "zzzz", "--json"], "-e", "length == 0")).code).toBe(0);
  });
});
