import { readFileSync } from "node:fs";
import { CommanderError } from "commander";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { grammar } from "../../src/cli/grammar.js";
import { memoryIo } from "../../src/cli/io.js";
import { buildProgram } from "../../src/cli/program.js";
import { type QuickParse, quickParse } from "../../src/cli/quick.js";
import { ACTIONS, type Action } from "../../src/commands/actions.js";
import { jjj } from "../helpers.js";

/** What commander makes of a command line: the action it calls and with what, or "error". */
function viaCommander(argv: readonly string[]): QuickParse | "error" | "no action" {
  let got: QuickParse | undefined;
  const capture: Record<string, Action> = Object.fromEntries(
    Object.keys(ACTIONS).map((command) => [
      command,
      (opts, args) => {
        got = { command, opts: { ...opts }, args: [...args] };
      },
    ]),
  );
  const { command } = buildProgram(memoryIo({}), argv, capture);
  try {
    command.parse([...argv], { from: "user" });
  } catch (err) {
    if (err instanceof CommanderError) return "error";
    throw err;
  }
  return got ?? "no action";
}

describe("the quick parser", () => {
  it("reads `compare --json` with compare's defaults", () => {
    expect(quickParse(["compare", "--json"])).toEqual({
      command: "compare",
      opts: { from: "2014", to: "2020", json: true },
      args: [],
    });
  });

  it("reads values, `--option=value`, short flags, negations and arguments", () => {
    expect(quickParse(["chart", "pm25", "--width=60", "gdp", "--no-color", "--lang", "zh"])).toEqual({
      command: "chart",
      opts: { width: "60", color: false, lang: "zh" },
      args: [["pm25", "gdp"]],
    });
    expect(quickParse(["facts", "-t", "ecology"])?.opts).toEqual({ theme: "ecology" });
    expect(quickParse(["show", "pm25", "--source"])).toEqual({
      command: "show",
      opts: { source: true },
      args: ["pm25"],
    });
    expect(quickParse([])).toEqual({ command: "overview", opts: {}, args: [[]] });
  });

  it.each([
    [["--help"]],
    [["-V"]],
    [["compare", "--help"]],
    [["compare", "-h"]],
    [["compare", "--from"]],
    [["compare", "--from", "--json"]],
    [["compare", "--color", "pink"]],
    [["compare", "--format=xml"]],
    [["compare", "--data", "mine.json"]],
    [["compare", "--json=yes"]],
    [["compare", "--", "x"]],
    [["compare", "-tecology"]],
    [["compare", "--jsn"]],
    [["themes", "extra"]],
    [["show"]],
    [["search"]],
    [["help"]],
    [["help", "compare"]],
    [["completion", "bash"]],
    [["overview"]],
    [["compar"]],
    [["--json", "compare"]],
    [["constructor"]],
    [["compare", "--constructor", "x"]],
  ])("leaves %j to commander", (argv) => {
    expect(quickParse(argv)).toBeUndefined();
  });

  it("reads every command line it accepts as commander does (2,000 generated ones)", () => {
    const g = grammar();
    const flags = [
      ...new Set([...Object.keys(g.shared), ...Object.values(g.commands).flatMap((c) => Object.keys(c.options))]),
    ];
    const token = fc.oneof(
      { weight: 4, arbitrary: fc.constantFrom(...flags) },
      {
        weight: 4,
        arbitrary: fc.constantFrom(
          "2014",
          "2016",
          "2020",
          "1999",
          "zh",
          "en",
          "never",
          "always",
          "csv",
          "json",
          "md",
          "event",
          "value",
          "pm25",
          "gdp",
          "ecology",
          "雄安",
          "18",
          "60",
          "",
          "-1",
          "x",
        ),
      },
      {
        weight: 1,
        arbitrary: fc.constantFrom(
          "-",
          "--",
          "-h",
          "--help",
          "-V",
          "--version",
          "--data",
          "--nope",
          "-x",
          "-ts",
          "--json=1",
          "--from=2016",
          "--to=",
          "--lang=zh",
          "--color=always",
          "--width=100",
        ),
      },
    );
    const command = fc.constantFrom(...g.names, "overview", "compar", "constructor");
    const argv = fc
      .tuple(fc.option(command, { nil: undefined }), fc.array(token, { maxLength: 6 }))
      .map(([c, rest]) => (c === undefined ? rest : [c, ...rest]));
    let read = 0;
    fc.assert(
      fc.property(argv, (line) => {
        const quick = quickParse(line);
        if (quick === undefined) return;
        read++;
        expect(viaCommander(line)).toStrictEqual(quick);
      }),
      { numRuns: 2000, seed: 20141226 },
    );
    // The property holds of real reads, not only of command lines left to commander.
    expect(read).toBeGreaterThan(200);
  });

  it("reads well-formed command lines of every command as commander does (3,000 generated ones)", () => {
    const g = grammar();
    // Values that could be mistaken for something else: options, command names, keys, CJK, astral.
    const value = fc.constantFrom(
      "2014",
      "2020",
      "",
      "=",
      "x=y",
      "--help",
      "-V",
      "compare",
      "__proto__",
      "京津冀",
      "𝐀",
      "0",
      " 2014 ",
      "a b",
    );
    const line = fc
      .constantFrom(...Object.keys(g.commands).filter((c) => c !== "overview"))
      .chain((command): fc.Arbitrary<string[]> => {
        const spec = g.commands[command] as (typeof g.commands)[string];
        const flags = Object.entries({ ...g.shared, ...spec.options });
        const option = fc.constantFrom(...flags).chain(([flag, o]): fc.Arbitrary<string[]> => {
          if (!o.value) return fc.constant<string[]>([flag]);
          const v = o.choices ? fc.oneof(fc.constantFrom(...o.choices), value) : value;
          return fc
            .tuple(v, fc.boolean())
            .map(([x, joined]) => (joined && flag.startsWith("--") ? [`${flag}=${x}`] : [flag, x]));
        });
        const operand = fc.constantFrom("pm25", "gdp", "雄安", "compare", "𠀀", "1");
        return fc
          .array(
            fc.oneof(
              option,
              operand.map((o) => [o]),
            ),
            { maxLength: 6 },
          )
          .map((parts) => [command, ...parts.flat()]);
      });
    let read = 0;
    fc.assert(
      fc.property(line, (argv) => {
        const quick = quickParse(argv);
        if (quick === undefined) return;
        read++;
        expect(viaCommander(argv)).toStrictEqual(quick);
      }),
      { numRuns: 3000, seed: 20201231 },
    );
    expect(read).toBeGreaterThan(1000);
  });

  it("reads from the grammar of the current commander program", () => {
    expect(JSON.parse(readFileSync("src/cli/grammar.generated.json", "utf8"))).toEqual(grammar());
  });

  it("gives the same output and exit code as commander for what it reads", async () => {
    for (const argv of [
      ["compare", "--json"],
      ["compare", "--from", "2020", "--to", "2014"],
      ["chart", "pm25", "--width", "60", "--color", "never"],
      ["quiz", "--seed", "7", "--count", "0"],
    ]) {
      const quick = await jjj(argv);
      // `--` after the command word makes commander read the line (and no argument follows it).
      const slow = await jjj([...argv, "--"]);
      expect(quickParse([...argv, "--"])).toBeUndefined();
      expect(quick).toEqual(slow);
    }
  });
});
