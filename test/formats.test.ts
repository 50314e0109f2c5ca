import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { makeContext } from "../src/cli/context.js";
import { emitListing, lazyRecords } from "../src/cli/emit.js";
import { memoryIo } from "../src/cli/io.js";
import { csvLines, tsvLines } from "../src/render/delimited.js";
import { cellValue, getPath, leafPaths, pickFields, recordPaths } from "../src/render/fields.js";
import { mdCell, renderMarkdown } from "../src/render/markdown.js";
import { displayWidth } from "../src/render/width.js";
import { jjj, jjjJson, LISTINGS } from "./helpers.js";

type Row = Record<string, string>;

function csvRows(text: string): Row[] {
  return parse(text, { columns: true, bom: true }) as Row[];
}

describe("every listing speaks every format", () => {
  for (const argv of LISTINGS) {
    const name = argv.join(" ");
    it(`${name}: json, ndjson, csv, tsv and md hold the same records`, async () => {
      const json = await jjjJson<unknown[]>([...argv, "--format", "json"]);
      const records = Array.isArray(json) ? json : null;
      // export's JSON is the whole dataset; its rows are what the flat formats print.
      const rows = records ?? (await jjjJson<unknown[]>([...argv, "--json", "--fields", "id,entry"]));
      expect(rows.length).toBeGreaterThan(0);

      const ndjson = await jjj([...argv, "--format", "ndjson"]);
      expect(ndjson.code).toBe(0);
      const lines = ndjson.stdout.trimEnd().split("\n");
      expect(lines).toHaveLength(rows.length);
      if (records) expect(lines.map((l) => JSON.parse(l))).toEqual(records);

      const csv = await jjj([...argv, "--format", "csv"]);
      expect(csv.code).toBe(0);
      expect(csvRows(csv.stdout)).toHaveLength(rows.length);

      const tsv = await jjj([...argv, "--format", "tsv"]);
      expect(tsv.code).toBe(0);
      expect(tsv.stdout.trimEnd().split("\n")).toHaveLength(rows.length + 1);

      const md = await jjj([...argv, "--format", "md"]);
      expect(md.code).toBe(0);
      // export's Markdown is a handout (headings per theme); the others are one table.
      if (argv[0] === "export") expect(md.stdout).toMatch(/^# .+\n[\s\S]*\n## 1\. /);
      else expect(md.stdout).toMatch(/^(\*\*.+\*\*\n\n)?\| .+ \|\n\| (---:?)( \| ---:?)* \|\n/);

      const table = await jjj([...argv, "--format", "table", "--width", "80"]);
      expect(table.code).toBe(0);
      expect(table.stdout).toContain("─");
    });
  }
});

describe("csv", () => {
  it("round-trips Chinese labels through a real CSV parser", async () => {
    const r = await jjj(["themes", "--format", "csv"]);
    const rows = csvRows(r.stdout);
    const json = await jjjJson<{ id: string; name: { zh: string; en: string }; summary: { en: string } }[]>([
      "themes",
      "--json",
    ]);
    expect(rows.map((row) => row["name.zh"])).toEqual(json.map((t) => t.name.zh));
    expect(rows[0]?.["name.zh"]).toBe("功能疏解");
    // Commas inside a field are quoted, and come back whole.
    const transport = rows.find((row) => row.id === "transport");
    expect(transport?.["summary.en"]).toBe(
      "Daxing airport, intercity rail and expressways knit the three places together.",
    );
    expect(r.stdout).toContain('"Daxing airport, intercity rail and expressways knit the three places together."');
  });

  it("quotes line breaks, quotes and commas, and a real parser reads them back", async () => {
    const cells = ["a\nb", "c\rd", 'say "44"', "1,600", "北京"];
    const text = csvLines([["a", "b", "c", "d", "e"], cells]);
    expect(text).toBe('a,b,c,d,e\r\n"a\nb","c\rd","say ""44""","1,600",北京\r\n');
    expect(parse(text)).toEqual([["a", "b", "c", "d", "e"], cells]);
  });

  it("is RFC 4180: CRLF between records, a header row, no byte-order mark", async () => {
    const r = await jjj(["themes", "--format", "csv", "--fields", "id,order"]);
    expect(r.stdout.startsWith("id,order\r\nfunction-relief,1\r\n")).toBe(true);
  });

  it("selects and orders fields, with real values: PM2.5 2020 is 44, tech contracts 83.1 → 347", async () => {
    const r = await jjj(["compare", "--format", "csv", "--fields", "id,label.en,from.value,to.value"]);
    expect(r.code).toBe(0);
    const rows = csvRows(r.stdout);
    expect(Object.keys(rows[0] ?? {})).toEqual(["id", "label.en", "from.value", "to.value"]);
    expect(rows.find((row) => row.id === "pm25")).toMatchObject({ "label.en": "PM2.5 annual mean", "to.value": "44" });
    expect(rows.find((row) => row.id === "tech-contracts-annual")).toMatchObject({
      "from.value": "83.1",
      "to.value": "347",
    });
  });

  it("makes one column per leaf field, nulls empty and arrays JSON", async () => {
    const r = await jjj(["facts", "--format", "csv"]);
    const rows = csvRows(r.stdout);
    const header = Object.keys(rows[0] ?? {});
    expect(header).toContain("label.zh");
    expect(header).toContain("place.en");
    expect(header).not.toContain("label");
    const launch = rows.find((row) => row.id === "strategy-launch");
    expect(launch?.date).toBe("2014-02-26");
    expect(launch?.unit).toBe("");
    const pm25 = rows.find((row) => row.id === "pm25");
    const values = JSON.parse(pm25?.values ?? "[]") as { year: number; value: number }[];
    expect(values.find((v) => v.year === 2020)?.value).toBe(44);
  });
});

describe("--fields", () => {
  it("a table of chosen fields keeps ids whole and breaks Chinese text between characters", async () => {
    const r = await jjj(["facts", "--fields", "id,label.zh", "--width", "40", "--lang", "zh", "--color", "never"]);
    expect(r.code).toBe(0);
    const lines = r.stdout.split("\n");
    for (const id of ["years-since-launch", "zoo-market-relocation", "high-tech-share"]) {
      expect(
        lines.some((l) => l.split(/\s+/).includes(id)),
        id,
      ).toBe(true);
    }
    // The label column wraps the Chinese label of the first fact over several lines.
    expect(lines.some((l) => l.includes("协同"))).toBe(true);
    for (const l of lines) expect(displayWidth(l)).toBeLessThanOrEqual(40);
  });

  it("keeps the nesting in JSON, in the order given", async () => {
    const rows = await jjjJson<Record<string, unknown>[]>(["compare", "--json", "--fields", "to.value,id"]);
    expect(rows.find((r) => r.id === "pm25")).toEqual({ to: { value: 44 }, id: "pm25" });
    expect(Object.keys(rows[0] ?? {})).toEqual(["to", "id"]);
  });

  it("gives one compact object per line in NDJSON", async () => {
    const r = await jjj(["themes", "--format", "ndjson", "--fields", "id,facts"]);
    expect(r.stdout.split("\n")[0]).toBe('{"id":"function-relief","facts":5}');
  });

  it("makes a table of the chosen fields", async () => {
    const r = await jjj(["themes", "--fields", "id,name.zh", "--width", "80"]);
    expect(r.stdout).toContain("name.zh");
    expect(r.stdout).toContain("功能疏解");
  });

  it("rejects an unknown field with exit 2, a did-you-mean and the valid fields", async () => {
    const r = await jjj(["themes", "--format", "csv", "--fields", "id,nme"]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toContain('unknown field "nme" for `jjj themes`');
    expect(r.stderr).toContain('did you mean "name"?');
    expect(r.stderr).toContain("valid fields: id, order, name, name.zh, name.en");
  });

  it("knows the valid fields even when nothing matches", async () => {
    const ok = await jjj(["search", "zzzz", "--format", "csv", "--fields", "id,score"]);
    expect(ok).toEqual({ code: 0, stdout: "id,score\r\n", stderr: "" });
    const bad = await jjj(["search", "zzzz", "--json", "--fields", "scor"]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('did you mean "score"?');
  });

  it("rejects an empty list", async () => {
    const r = await jjj(["themes", "--fields", " , "]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("--fields needs at least one field name");
  });
});

describe("--format and --json", () => {
  it("--json is --format json", async () => {
    const a = await jjj(["facts", "--json"]);
    const b = await jjj(["facts", "--format", "json"]);
    expect(a.stdout).toBe(b.stdout);
    expect(a.stdout.endsWith("]\n")).toBe(true);
  });

  it("--json with another format is a usage error", async () => {
    const r = await jjj(["compare", "--json", "--format", "csv"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("--json and --format csv contradict each other");
  });

  it("an unknown format is a usage error listing the formats", async () => {
    const r = await jjj(["compare", "--format", "xml"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("table, json, ndjson, csv, tsv, md");
  });

  it("the overview is one document: json and ndjson, but not csv", async () => {
    const json = await jjjJson<{ themes: unknown[] }>(["--json"]);
    expect(json.themes).toHaveLength(9);
    const nd = await jjj(["--format", "ndjson"]);
    expect(nd.stdout.trimEnd().split("\n")).toHaveLength(1);
    const csv = await jjj(["--format", "csv"]);
    expect(csv.code).toBe(2);
    expect(csv.stderr).toContain("prints one document, not a list");
  });

  it("show prints one object in JSON, and one row in CSV", async () => {
    const fact = await jjjJson<{ id: string; values: { year: number; value: number }[] }>(["show", "pm25", "--json"]);
    expect(fact.id).toBe("pm25");
    expect(fact.values.find((v) => v.year === 2020)?.value).toBe(44);
    const csv = csvRows((await jjj(["show", "pm25", "--format", "csv", "--fields", "id,unit"])).stdout);
    expect(csv).toEqual([{ id: "pm25", unit: "ug-per-m3" }]);
  });

  it("never colours data formats, even when colour is forced", async () => {
    for (const format of ["json", "ndjson", "csv", "tsv", "md"]) {
      const r = await jjj(["compare", "--format", format, "--color", "always"], { isTTY: true });
      expect(r.stdout).not.toContain("\u001b[");
    }
    const table = await jjj(["compare", "--color", "always"]);
    expect(table.stdout).toContain("\u001b[");
  });
});

describe("empty results are success", () => {
  it("[] in JSON, nothing in NDJSON, a note on stderr for tables and Markdown", async () => {
    expect(await jjj(["search", "zzzz", "--json"])).toEqual({ code: 0, stdout: "[]\n", stderr: "" });
    expect(await jjj(["search", "zzzz", "--format", "ndjson"])).toEqual({ code: 0, stdout: "", stderr: "" });
    const table = await jjj(["search", "zzzz"]);
    expect(table).toEqual({ code: 0, stdout: "", stderr: "Nothing matches “zzzz”.\n" });
    const md = await jjj(["search", "zzzz", "--format", "md", "--lang", "zh"]);
    expect(md).toEqual({ code: 0, stdout: "", stderr: "没有与“zzzz”匹配的结果。\n" });
  });

  it("a header row in CSV, from the published contract", async () => {
    const r = await jjj(["search", "zzzz", "--format", "csv"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe("id,kind,theme,label.zh,label.en,matched,score,excerpt\r\n");
  });
});

describe("markdown", () => {
  it("escapes | and turns line breaks into <br>", () => {
    expect(mdCell("a|b\nc")).toBe("a\\|b<br>c");
  });

  it("renders a TableView with alignment, title and notes", () => {
    const md = renderMarkdown({
      title: "T",
      columns: [{ header: "Name" }, { header: "Value", align: "right" }],
      rows: [[{ text: "PM2.5", sub: "pm25" }, { text: "44 µg/m³" }]],
      notes: ["* derived"],
      source: "Source: the article",
    });
    expect(md).toBe(
      "**T**\n\n| Name | Value |\n| --- | ---: |\n| PM2.5<br>pm25 | 44 µg/m³ |\n\n\\* derived\n\nSource: the article\n",
    );
  });

  it("themes in Markdown: a header, nine rows, Chinese intact", async () => {
    const r = await jjj(["themes", "--format", "md", "--lang", "zh"]);
    const rows = r.stdout.split("\n").filter((l) => l.startsWith("| "));
    expect(rows).toHaveLength(2 + 9);
    expect(r.stdout).toContain("功能疏解");
  });
});

describe("field paths", () => {
  const record = { id: "pm25", label: { zh: "PM2.5年均浓度", en: "PM2.5 annual mean" }, from: null, values: [1, 2] };

  it("lists top-level keys and dotted paths, not into arrays", () => {
    const paths = recordPaths([record]);
    expect(paths).toEqual(["id", "label", "label.zh", "label.en", "from", "values"]);
    expect(leafPaths(paths)).toEqual(["id", "label.zh", "label.en", "from", "values"]);
  });

  it("reads a path, null through a null parent", () => {
    expect(getPath(record, "label.en")).toBe("PM2.5 annual mean");
    expect(getPath(record, "from.value")).toBeNull();
    expect(getPath(record, "nope")).toBeUndefined();
  });

  it("picks nested fields without touching the record", () => {
    const picked = pickFields(record, ["label.en", "id", "from.value"]);
    expect(picked).toEqual({ label: { en: "PM2.5 annual mean" }, id: "pm25", from: null });
    const whole = pickFields(record, ["label", "label.en"]);
    expect(whole).toEqual({ label: { zh: "PM2.5年均浓度", en: "PM2.5 annual mean" } });
    expect(record.label).toEqual({ zh: "PM2.5年均浓度", en: "PM2.5 annual mean" });
  });

  it("flattens cells: null empty, objects and arrays as JSON", () => {
    expect([null, undefined, 44, false, "x", [1, 2], { a: 1 }].map(cellValue)).toEqual([
      "",
      "",
      "44",
      "false",
      "x",
      "[1,2]",
      '{"a":1}',
    ]);
  });

  it("escapes tabs, newlines and backslashes in TSV", () => {
    expect(
      tsvLines([
        ["a", "b"],
        ["x\ty", "1\\2\n3"],
      ]),
    ).toBe("a\tb\nx\\ty\t1\\\\2\\n3\n");
  });
});

describe("a command without a published contract plugs in", () => {
  it("takes its CSV columns and valid --fields from its records", async () => {
    const records = [{ id: "pm25", series: { from: 2014, to: 2020 }, points: [1, 2] }];
    const view = () => ({ columns: [{ header: "id" }], rows: [[{ text: "pm25" }]], notes: [] });
    const io = memoryIo();
    const ctx = await makeContext({ format: "csv" }, io, { command: "example" });
    await emitListing(ctx, records, view);
    expect(io.stdout()).toBe('id,series.from,series.to,points\r\npm25,2014,2020,"[1,2]"\r\n');

    const bad = await makeContext({ format: "json", fields: "id,serie" }, memoryIo(), { command: "example" });
    await expect(emitListing(bad, records, view)).rejects.toThrow('unknown field "serie" for `jjj example`');
  });
});

describe("records made as they are written", () => {
  // More rows than one batch of records (512), so that the joins between batches are checked.
  const rows = Array.from({ length: 1300 }, (_, i) => i);
  const record = (i: number) => ({ id: `fact-${i}`, label: { zh: `指标 ${i}`, en: `Quantity ${i}` }, value: i / 10 });
  const view = () => ({ columns: [{ header: "id" }], rows: [[{ text: "x" }]], notes: [] });

  async function emitted(options: { format?: "json" | "ndjson" | "csv" | "tsv"; fields?: string; isTTY?: boolean }) {
    let made = 0;
    const io = memoryIo({ isTTY: options.isTTY ?? false });
    const ctx = await makeContext({ format: options.format, fields: options.fields }, io, { command: "example" });
    const counted = (i: number) => {
      made++;
      return record(i);
    };
    await emitListing(ctx, lazyRecords(rows, counted), view);
    return { text: io.stdout(), made };
  }

  it("writes the same JSON as one JSON.stringify of the whole list, compact in a pipe", async () => {
    const { text, made } = await emitted({ format: "json" });
    expect(text).toBe(`${JSON.stringify(rows.map(record))}\n`);
    expect(JSON.parse(text)[1299]).toEqual({
      id: "fact-1299",
      label: { zh: "指标 1299", en: "Quantity 1299" },
      value: 129.9,
    });
    expect(made).toBe(1300);
  });

  it("indents it on a terminal exactly as JSON.stringify does", async () => {
    const { text } = await emitted({ format: "json", isTTY: true });
    expect(text).toBe(`${JSON.stringify(rows.map(record), null, 2)}\n`);
  });

  it("writes NDJSON a line per record", async () => {
    const { text } = await emitted({ format: "ndjson" });
    const lines = text.split("\n");
    expect(lines).toHaveLength(1301);
    expect(lines[512]).toBe('{"id":"fact-512","label":{"zh":"指标 512","en":"Quantity 512"},"value":51.2}');
    expect(lines[1300]).toBe("");
  });

  it("picks --fields from each record, making each once, in every format", async () => {
    // A command without a published contract reads its valid fields off all its records first.
    const json = await emitted({ format: "json", fields: "id,value" });
    expect(JSON.parse(json.text)[700]).toEqual({ id: "fact-700", value: 70 });
    expect(json.made).toBe(1300);
    const ndjson = await emitted({ format: "ndjson", fields: "value,id" });
    expect(ndjson.text.split("\n")[700]).toBe('{"value":70,"id":"fact-700"}');
    expect(ndjson.made).toBe(1300);
    const csv = await emitted({ format: "csv", fields: "id,label.en" });
    expect(parse(csv.text)[701]).toEqual(["fact-700", "Quantity 700"]);
    expect(csv.made).toBe(1300);
  });

  it("writes CSV and TSV with one header, whatever the batches", async () => {
    const cells = rows.map((i) => {
      const r = record(i);
      return [r.id, r.label.zh, r.label.en, String(r.value)];
    });
    const header = ["id", "label.zh", "label.en", "value"];
    expect((await emitted({ format: "csv" })).text).toBe(csvLines([header, ...cells]));
    expect((await emitted({ format: "tsv" })).text).toBe(tsvLines([header, ...cells]));
    expect(parse((await emitted({ format: "csv" })).text)).toHaveLength(1301);
  });

  it("works out rows given as a function only for a format that lists them, and once", async () => {
    let worked = 0;
    const rowsOnce = () => {
      worked++;
      return rows;
    };
    const document = { facts: 1300 };
    const json = await makeContext({ format: "json" }, memoryIo(), { command: "example" });
    await emitListing(json, lazyRecords(rowsOnce, record), view, { document: () => document });
    expect(worked).toBe(0);
    const io = memoryIo();
    const csv = await makeContext({ format: "csv" }, io, { command: "example" });
    await emitListing(csv, lazyRecords(rowsOnce, record), view, { document: () => document });
    expect(worked).toBe(1);
    expect(parse(io.stdout())).toHaveLength(1301);
  });

  it("makes no record for a table", async () => {
    const { text, made } = await emitted({});
    expect(text).toContain("x");
    expect(made).toBe(0);
  });

  it("writes a large listing in pieces of about a mebibyte, never as one string", async () => {
    const big = Array.from({ length: 6000 }, (_, i) => i);
    const pieces: string[] = [];
    const io = memoryIo();
    io.out = (text) => {
      pieces.push(text);
    };
    const ctx = await makeContext({ format: "json" }, io, { command: "example" });
    await emitListing(
      ctx,
      lazyRecords(big, (i) => ({ id: `fact-${i}`, text: "x".repeat(400) })),
      view,
    );
    expect(pieces.length).toBeGreaterThan(1);
    expect(Math.max(...pieces.map((p) => p.length))).toBeLessThan(2 ** 21);
    expect(JSON.parse(pieces.join(""))).toHaveLength(6000);
  });
});
