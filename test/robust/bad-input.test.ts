/**
 * Every kind of bad input the issue lists gets a clear message naming the bad value, the
 * documented exit code (1 for data, 2 for usage) and nothing at all on standard output.
 */
import { closeSync, ftruncateSync, mkdirSync, openSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { MAX_DATA_BYTES } from "../../src/dataset/files.js";
import { type RunResult, run } from "../helpers/cli.js";
import { tempDir, userFact, userFile, writeTemp } from "../helpers/files.js";

/** A failed run: its exit code, an empty stdout, and stderr lines starting with `jjj:` or `hint:`. */
function expectFailure(r: RunResult, code: 1 | 2): string {
  expect(r.stdout).toBe("");
  expect(r.code).toBe(code);
  const lines = r.stderr.trimEnd().split("\n");
  expect(lines.length).toBeGreaterThan(0);
  for (const line of lines) expect(line).toMatch(/^(jjj|hint): /);
  expect(r.stderr).not.toMatch(/internal error|\n\s+at /);
  return r.stderr;
}

/** `jjj facts --data <file>` on a file with this content. */
async function withData(
  name: string,
  content: unknown,
  argv: string[] = ["facts"],
): Promise<{ file: string; stderr: string }> {
  const file = writeTemp(`bad/${name}`, content);
  return { file, stderr: expectFailure(await run([...argv, "--data", file]), 1) };
}

describe("a bad data file: exit 1, every problem on stderr, nothing on stdout", () => {
  it("malformed JSON: file:line:column and what is expected there", async () => {
    const { file, stderr } = await withData("malformed.json", '{\n  "facts": [1,]\n}\n');
    expect(stderr).toBe(
      `jjj: ${file}:2:15: not valid JSON: a value is expected here (a trailing comma before ] is not allowed)\n` +
        "hint: remove the comma before ], or give the missing value\n",
    );
  });

  it("NaN and Infinity, which JSON does not have", async () => {
    const nan = await withData("nan.json", '{"facts": [{"value": NaN}]}');
    expect(nan.stderr).toContain(`jjj: ${nan.file}:1:22: not valid JSON: NaN is not a number in JSON`);
    const inf = await withData("infinity.json", '{"facts": [{"value": -Infinity}]}');
    expect(inf.stderr).toContain(`jjj: ${inf.file}:1:22: not valid JSON: -Infinity is not a number in JSON`);
  });

  it("a number too large to be finite (1e400)", async () => {
    const fact = JSON.stringify(userFact("my-big")).replace('"value":36', '"value":1e400');
    const { file, stderr } = await withData(
      "huge.json",
      `{"sources": ${JSON.stringify(userFile().sources)}, "facts": [${fact}]}`,
    );
    expect(stderr).toContain(`jjj: ${file}: facts[0].values[0].value: value is not a finite number: Infinity`);
    expect(stderr).toContain("hint: give an ordinary number: JSON has no NaN or Infinity");
  });

  it("an empty file", async () => {
    const { file, stderr } = await withData("empty.json", "");
    expect(stderr).toBe(
      `jjj: ${file}: is empty\nhint: a data file is one JSON object; the smallest is {} and a useful one {"facts": [ … ]}\n`,
    );
  });

  it("a UTF-8 byte-order mark", async () => {
    const { file, stderr } = await withData("bom.json", new Uint8Array([0xef, 0xbb, 0xbf, 0x7b, 0x7d]));
    expect(stderr).toContain(`jjj: ${file}: starts with a UTF-8 byte-order mark (BOM)`);
    expect(stderr).toContain("hint: save it as UTF-8 without BOM");
  });

  it("invalid UTF-8: the line and column of the first bad byte", async () => {
    const bytes = new Uint8Array([...Buffer.from('{\n  "facts": "ab'), 0xc3, 0x28, ...Buffer.from('"}')]);
    const { file, stderr } = await withData("latin1.json", bytes);
    expect(stderr).toContain(`jjj: ${file}:2:15: not valid UTF-8 text: the byte 0xC3`);
    expect(stderr).toContain("such as GBK");
  });

  it("UTF-16 text", async () => {
    const { file, stderr } = await withData("utf16.json", new Uint8Array([0xff, 0xfe, 0x7b, 0x00, 0x7d, 0x00]));
    expect(stderr).toContain(`jjj: ${file}: is UTF-16 text, not UTF-8`);
  });

  it("a directory in place of a file", async () => {
    const dir = join(tempDir(), "bad", "a-directory.json");
    mkdirSync(dir, { recursive: true });
    const stderr = expectFailure(await run(["facts", "--data", dir]), 1);
    expect(stderr).toBe(`jjj: ${dir}: is a directory, not a data file\nhint: give the path of a .json file\n`);
  });

  it("a missing file, from --data and from JJJ_DATA", async () => {
    const missing = join(tempDir(), "bad", "no-such-file.json");
    expect(expectFailure(await run(["facts", "--data", missing]), 1)).toBe(
      `jjj: ${missing}: no such file\nhint: check the path: a relative path starts from the current directory\n`,
    );
    expect(expectFailure(await run(["facts"], { env: { JJJ_DATA: missing } }), 1)).toContain(
      `jjj: ${missing}: no such file`,
    );
  });

  it(`a file over the size limit (${MAX_DATA_BYTES / 1024 / 1024} MiB), refused before it is read`, async () => {
    const file = join(tempDir(), "bad", "too-big.json");
    mkdirSync(join(file, ".."), { recursive: true });
    // A sparse file: its size says 64 MiB + 1 without writing the bytes.
    const fd = openSync(file, "w");
    ftruncateSync(fd, MAX_DATA_BYTES + 1);
    closeSync(fd);
    const stderr = expectFailure(await run(["facts", "--data", file]), 1);
    expect(stderr).toContain(`jjj: ${file}: is 64.0 MiB (${MAX_DATA_BYTES + 1} bytes), over the limit of 64 MiB`);
    expect(stderr).toContain("hint: split it into smaller files and give each with --data");
  });

  it("not an object at the top level", async () => {
    const { file, stderr } = await withData("list.json", "[]");
    expect(stderr).toContain(`jjj: ${file}: (top level): a data file is one JSON object, not a list [ … ]`);
  });

  it("places within each other in a loop: one problem naming the loop, not a crash", async () => {
    const place = (id: string, within: string) => ({
      id,
      kind: "city",
      name: { zh: id, en: id },
      within,
    });
    const loop = userFile([userFact("my-looped", { place: "town-a" })], {
      places: [place("town-a", "town-b"), place("town-b", "town-a"), place("town-c", "town-c")],
    });
    const { file, stderr } = await withData("within-loop.json", loop, ["search", "pm"]);
    expect(stderr).toBe(
      `jjj: ${file}: places[0].within: place "town-a" is within itself: "town-a" → "town-b" → "town-a"\n` +
        `hint: remove one of these "within" links\n` +
        `jjj: ${file}: places[2].within: place "town-c" is within itself: "town-c" → "town-c"\n` +
        `hint: remove one of these "within" links\n`,
    );
  });

  it("a wrong type: a year in quotes", async () => {
    const fact = userFact("my-typed", {
      values: [{ value: 1, stated: "1", year: "2021", source: { ref: "my-bulletin" } }],
    });
    const { file, stderr } = await withData("wrong-type.json", userFile([fact]));
    expect(stderr).toBe(
      `jjj: ${file}: facts[0].values[0].year: year must be a number, not the text "2021"\nhint: write it without quotes: 2021\n`,
    );
  });

  it("a missing field", async () => {
    const fact = userFact("my-unlabelled");
    delete fact.label;
    const { file, stderr } = await withData("missing-field.json", userFile([fact]));
    expect(stderr).toBe(
      `jjj: ${file}: facts[0].label: the field "label" is missing\nhint: add "label": {"zh": "…", "en": "…"}\n`,
    );
  });

  it("an unknown unit, with the valid ones and a did-you-mean", async () => {
    const { file, stderr } = await withData("unit.json", userFile([userFact("my-pm25", { unit: "µg/m³" })]));
    expect(stderr).toBe(
      `jjj: ${file}: facts[0].unit: unknown unit "µg/m³"\n` +
        'hint: did you mean "ug-per-m3"? the units are percent, ug-per-m3, km, km-10k, years, hours, yuan-100m, yuan-10k-per-person, person, person-10k, count, count-10k (data/README.md, Units)\n',
    );
  });

  it("years out of range, before 2000 and after 2035", async () => {
    const values = [
      { value: 1, stated: "1", year: 1999, source: { ref: "my-bulletin" } },
      { value: 2, stated: "2", date: "2036-01", source: { ref: "my-bulletin" } },
    ];
    const { file, stderr } = await withData("years.json", userFile([userFact("my-old", { values })]));
    expect(stderr).toBe(
      `jjj: ${file}: facts[0].values[0].year: the year 1999 is out of range\nhint: a year must be from 2000 to 2035\n` +
        `jjj: ${file}: facts[0].values[1].date: the year must be from 2000 to 2035\nhint: give a date from 2000 to 2035\n`,
    );
  });

  it("a negative count", async () => {
    const fact = userFact("my-schools", {
      unit: "count",
      values: [{ value: -3, stated: "-3所", year: 2022, source: { ref: "my-bulletin" } }],
    });
    const { file, stderr } = await withData("negative.json", userFile([fact]));
    expect(stderr).toContain(`jjj: ${file}: facts[0].values[0].value: a count value cannot be negative: -3`);
    expect(stderr).toContain("hint: check the sign");
  });

  it("a share over 100 percent", async () => {
    const fact = userFact("my-share", {
      unit: "percent",
      values: [{ value: 120, stated: "120%", year: 2022, source: { ref: "my-bulletin" } }],
    });
    const { file, stderr } = await withData("share.json", userFile([fact]));
    expect(stderr).toContain(`jjj: ${file}: facts[0].values[0].value: a share must be from 0 to 100 percent: 120`);
  });

  it("an id defined twice in one file, naming both places", async () => {
    const { file, stderr } = await withData("duplicate.json", userFile([userFact("my-pm25"), userFact("my-pm25")]));
    expect(stderr).toBe(
      `jjj: ${file}: facts[1].id: duplicate fact id "my-pm25": already defined in ${file} at facts[0].id\n` +
        "hint: rename one of them: ids must be unique across all files\n",
    );
  });

  it("an id that the bundled data already has, naming the bundled file", async () => {
    const { file, stderr } = await withData("bundled-id.json", userFile([userFact("pm25")]));
    expect(stderr).toContain(
      `jjj: ${file}: facts[0].id: duplicate fact id "pm25": already defined in data/article.json at facts[15].id`,
    );
  });

  it("an id defined in two files, naming both files", async () => {
    const a = writeTemp("bad/two-a.json", userFile([userFact("my-pm25")]));
    const b = writeTemp("bad/two-b.json", { facts: [userFact("my-pm25", { values: [] })] });
    const stderr = expectFailure(await run(["facts", "--data", a, "--data", b]), 1);
    expect(stderr).toContain(
      `jjj: ${b}: facts[0].id: duplicate fact id "my-pm25": already defined in ${a} at facts[0].id`,
    );
  });

  it("a value given twice for the same year with different numbers", async () => {
    const values = [
      { value: 36, stated: "36", year: 2021, source: { ref: "my-bulletin" } },
      { value: 38, stated: "38", year: 2021, source: { ref: "my-bulletin" } },
    ];
    const { file, stderr } = await withData("conflict.json", userFile([userFact("my-pm25", { values })]));
    expect(stderr).toContain(
      `jjj: ${file}: facts[0].values[1].value: 38 conflicts with 36, given for the same time at facts[0].values[0]`,
    );
  });

  it("a reference to a theme that does not exist, with a did-you-mean over the theme ids", async () => {
    const { file, stderr } = await withData("theme.json", userFile([userFact("my-pm25", { theme: "ecolgy" })]));
    expect(stderr).toBe(
      `jjj: ${file}: facts[0].theme: unknown theme "ecolgy"\n` +
        'hint: did you mean "ecology"? the themes are function-relief, one-core-two-wings, transport, government-relocation, ecology, innovation, paired-assistance, livelihood, mechanisms; or define it in "themes"\n',
    );
  });

  it("a reference to a fact that does not exist", async () => {
    const { file, stderr } = await withData("related.json", userFile([userFact("my-pm25", { related: ["pm-25"] })]));
    expect(stderr).toContain(`jjj: ${file}: facts[0].related[0]: unknown fact "pm-25"`);
    expect(stderr).toContain('hint: did you mean "pm25"?');
  });

  it("a fact in the article layer, from a file merged onto the article", async () => {
    const { file, stderr } = await withData("layer.json", userFile([userFact("my-pm25", { layer: "article" })]));
    expect(stderr).toContain(`jjj: ${file}: facts[0].layer: layer "article" is for jjj's bundled data`);
    expect(stderr).toContain('hint: leave "layer" out: your own facts are "user" by default');
  });

  it("an unknown field, with the fields of its object", async () => {
    const { file, stderr } = await withData("field.json", userFile([userFact("my-pm25", { colour: "red" })]));
    expect(stderr).toContain(`jjj: ${file}: facts[0].colour: unknown field "colour"`);
    expect(stderr).toContain("hint: the fields here are id, theme, layer, label");
  });

  it("reports every problem of a file at once, schema and cross-checks together", async () => {
    const broken = userFact("my-other", {
      theme: "ecolgy",
      values: [{ value: 1, stated: "1", year: 1999, source: { ref: "my-bulletin" } }],
    });
    const { file, stderr } = await withData(
      "several.json",
      userFile([userFact("my-pm25", { unit: "furlongs" }), broken]),
    );
    const problems = stderr.split("\n").filter((l) => l.startsWith("jjj: "));
    expect(problems).toEqual([
      `jjj: ${file}: facts[0].unit: unknown unit "furlongs"`,
      `jjj: ${file}: facts[1].values[0].year: the year 1999 is out of range`,
      `jjj: ${file}: facts[1].theme: unknown theme "ecolgy"`,
    ]);
  });
});

describe("keys that could reach a prototype", () => {
  for (const key of ["__proto__", "constructor", "prototype"]) {
    it(`"${key}" is rejected wherever it is, and no object's prototype changes`, async () => {
      const fact = `{"${key}": {"polluted": "yes"}, ${JSON.stringify(userFact("my-pm25")).slice(1)}`;
      const text = `{"constructor": {"prototype": {"polluted": "yes"}}, "sources": ${JSON.stringify(userFile().sources)}, "facts": [${fact}]}`;
      const { file, stderr } = await withData(`${key}.json`, text);
      expect(stderr).toContain(`jjj: ${file}: constructor: the key "constructor" is not allowed`);
      expect(stderr).toContain(`jjj: ${file}: facts[0].${key}: the key "${key}" is not allowed`);
      expect(stderr).toContain(
        "hint: remove it: a data file never needs keys such as __proto__, constructor or prototype",
      );
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      expect((Object.prototype as Record<string, unknown>).polluted).toBeUndefined();
    });
  }

  it("a key spelt with \\u escapes is found too", async () => {
    const { file, stderr } = await withData("escaped.json", '{"\\u005f_proto__": {"polluted": "yes"}}');
    expect(stderr).toContain(`jjj: ${file}: __proto__: the key "__proto__" is not allowed`);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('a fact id such as "constructor" is only an id: it finds no inherited property', async () => {
    const r = await run(["show", "constructor"]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toContain('jjj: unknown fact id "constructor"');
    const file = writeTemp("bad/constructor-id.json", userFile([userFact("constructor")]));
    const shown = await run(["show", "constructor", "--json", "--data", file]);
    expect(shown.code).toBe(0);
    expect(JSON.parse(shown.stdout)).toMatchObject({ id: "constructor", layer: "user" });
  });
});

describe("bad commands, options and arguments: exit 2, one message and a hint, nothing on stdout", () => {
  const usage = async (argv: string[], message: string) => {
    const stderr = expectFailure(await run(argv), 2);
    expect(stderr.split("\n")[0]).toBe(`jjj: ${message}`);
    expect(stderr).toMatch(/\nhint: .+\n$/);
  };

  it("an unknown command", () => usage(["frobnicate"], 'unknown command "frobnicate"'));
  it("an unknown option", () => usage(["compare", "--frobnicate"], 'unknown option "--frobnicate"'));
  it("a missing argument", () => usage(["show"], "missing the required argument <id>"));
  it("an extra argument", () => usage(["themes", "extra"], "too many arguments for themes: expected 0, got 1"));
  it("--from abc", () => usage(["compare", "--from", "abc"], '--from must be a year from 2000 to 2035, not "abc"'));
  it("--from 1800", () => usage(["compare", "--from", "1800"], '--from must be a year from 2000 to 2035, not "1800"'));
  it("--width 0", () => usage(["themes", "--width", "0"], '--width must be a whole number from 40 to 1000, not "0"'));
  it("--from after --to", () =>
    usage(["compare", "--from", "2020", "--to", "2014"], "--from 2020 is not before --to 2014"));
  it("--height 0 (a custom parser's refusal)", () =>
    usage(["chart", "pm25", "--height", "0"], '--height must be a whole number of rows from 5 to 100, not "0"'));
  it("a format the command does not speak", () =>
    usage(
      ["schema", "compare", "--format", "csv"],
      "`jjj schema` prints one document, not a list: --format csv does not apply",
    ));
  it("an unknown format", () =>
    usage(
      ["themes", "--format", "xml"],
      'option --format <format> does not take "xml"; choose one of table, json, ndjson, csv, tsv, md',
    ));
  it("--json with another format", () =>
    usage(["themes", "--json", "--format", "csv"], "--json and --format csv contradict each other"));
  it("an unknown language", () =>
    usage(["themes", "--lang", "fr"], 'option --lang <lang> does not take "fr"; choose one of zh, en'));
  it("--data-only without a data file", () =>
    usage(["themes", "--data-only"], "--data-only needs at least one --data file (or JJJ_DATA)"));
  it("an unknown field", () => usage(["themes", "--fields", "nme"], 'unknown field "nme" for `jjj themes`'));
  it("a shell completion does not know", () =>
    usage(["completion", "nosh"], '<shell> cannot be "nosh"; choose one of bash, zsh, fish'));

  it("says each of them in Chinese with --lang zh", async () => {
    const zh = async (argv: string[]) => {
      const r = await run([...argv, "--lang", "zh"]);
      expect([r.code, r.stdout]).toEqual([2, ""]);
      expect(r.stderr.split("\n")[1]).toMatch(/^提示：/);
      return r.stderr.split("\n")[0];
    };
    expect(await zh(["completion", "nosh"])).toBe('jjj: 参数 <shell> 的值 "nosh" 无效；可选：bash, zsh, fish');
    expect(await zh(["completion", "bash", "--json"])).toBe(
      "jjj: `jjj completion` 输出的是 bash 脚本：--format、--json 和 --fields 不适用",
    );
    expect(await zh(["schema", "nope"])).toBe('jjj: 未知的结构名 "nope"');
    expect(await zh(["help", "nope"])).toBe('jjj: 未知的帮助主题 "nope"');
  });
});
