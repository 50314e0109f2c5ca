/**
 * Hostile data files: valid-looking JSON that tries to make jjj print control sequences, hang on
 * numbers at the edges, reach Object.prototype or hide a key. Each file says which JSON paths
 * `jjj validate` must name (none for a file that is valid but hostile: its text must be shown
 * inert by every command). Used by the validate tests here and by the tests that run every command.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";

export interface HostileFile {
  /** A file name, also a short description: `control-osc52.json`. */
  name: string;
  /** The file's text, as written. */
  text: string;
  /** JSON paths (`facts[0].label.en`) that `validate` must name; empty for a valid hostile file. */
  bad: string[];
}

/** Characters that could act on a terminal or hide text, with a name for the file. */
export const HOSTILE_CHARS: readonly [name: string, text: string][] = [
  ["esc", "\u001b[2J"],
  ["osc-title", "\u001b]0;PWNED\u0007"],
  ["osc52", "\u001b]52;c;aGVsbG8=\u0007X"],
  ["cr", "Innocent\rEVIL"],
  ["backspace", "abc\b\b\bxyz"],
  ["nul", "a\u0000b"],
  ["del", "a\u007fb"],
  ["c1-csi", "a\u009b2Jb"],
  ["c1-osc", "a\u009d0;PWNED\u009cb"],
  ["c1-nel", "a\u0085b"],
  ["backspace-overwrite", "safe\b\b\b\bEVIL"],
  ["lri-isolate", "\u2066abc"],
  ["fsi-pdi", "a\u2068b\u2069c"],
  ["zero-width-only", "\u200b"],
  ["rlo", "abc\u202edcba"],
  ["isolate", "a\u2066b\u2069"],
  ["zero-width-space", "pm\u200b25"],
  ["zero-width-joiner", "a\u200db"],
  ["bom", "\ufeffabc"],
  ["line-separator", "a\u2028b"],
  ["tab", "a\tb"],
];

const text = (zh: string, en: string) => ({ zh, en });

/**
 * A complete user file with its own theme, place and source, and one quantity and one event fact:
 * it needs nothing of the bundled data, so it can be used alone (`--data-only`).
 */
function base(): Record<string, unknown> & { facts: Record<string, unknown>[] } {
  return {
    sources: [
      {
        id: "h-source",
        kind: "official",
        title: text("来源", "A source"),
        publisher: text("发布者", "A publisher"),
        note: text("说明", "A note"),
      },
    ],
    themes: [{ id: "h-theme", order: 10, name: text("主题", "A theme"), summary: text("概要。", "A summary.") }],
    places: [{ id: "h-place", name: text("地点", "A place"), kind: "district" }],
    facts: [
      {
        id: "h-quantity",
        kind: "quantity",
        theme: "h-theme",
        label: text("数量", "A quantity"),
        explanation: text("说明。", "An explanation."),
        keywords: { zh: ["词"], en: ["word"] },
        place: "h-place",
        unit: "ug-per-m3",
        counter: undefined,
        basis: text("口径", "A basis"),
        values: [
          { value: 44, stated: "44", year: 2020, source: { ref: "h-source", note: "a note" } },
          {
            value: 40,
            stated: "40",
            year: 2021,
            yearInferred: true,
            yearNote: text("推定。", "Inferred."),
            category: text("类别", "A category"),
            source: { ref: "h-source" },
          },
        ],
      },
      {
        id: "h-event",
        kind: "event",
        theme: "h-theme",
        label: text("事件", "An event"),
        explanation: text("说明。", "An explanation."),
        place: "h-place",
        date: "2020-12",
        source: { ref: "h-source" },
      },
    ],
  };
}

/** Every text field of base(), as a JSON path. */
const TEXT_FIELDS: readonly string[] = [
  "facts[0].label.en",
  "facts[0].label.zh",
  "facts[0].explanation.en",
  "facts[0].keywords.en[0]",
  "facts[0].basis.en",
  "facts[0].values[0].stated",
  "facts[0].values[0].source.note",
  "facts[0].values[1].category.en",
  "facts[0].values[1].yearNote.zh",
  "facts[1].label.en",
  "themes[0].name.en",
  "themes[0].summary.zh",
  "places[0].name.en",
  "sources[0].title.en",
  "sources[0].publisher.zh",
];

/** Set the value at a JSON path (`facts[0].label.en`) of an object. */
export function setAt(root: unknown, path: string, value: unknown): void {
  const keys = path.split(/\.|\[|\]/).filter((k) => k !== "");
  let at = root as Record<string, unknown>;
  for (const key of keys.slice(0, -1)) at = at[key] as Record<string, unknown>;
  at[keys[keys.length - 1] as string] = value;
}

// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point.
const REFUSED = /[\u0000-\u001f\u007f-\u009f\u00ad\u061c\u200c-\u200f\u2028-\u202e\u2060-\u206f\ufeff]/;

/** Whether validate refuses `chars` in a field at `path` (a line break is text in prose). */
function refused(chars: string, path: string): boolean {
  const prose = /explanation|summary|yearNote|note|description/.test(path);
  const rest = prose ? chars.replaceAll("\n", "") : chars;
  // A zero-width space is allowed inside Chinese text only.
  const inChinese = path.endsWith(".zh");
  return REFUSED.test(rest) || (!inChinese && rest.includes("\u200b"));
}

const json = (data: unknown) => `${JSON.stringify(data, null, 2)}\n`;

/** Every hostile file: one per hostile character (in every text field at once), and the other kinds. */
export function hostileFiles(): HostileFile[] {
  const files: HostileFile[] = [];
  for (const [name, chars] of HOSTILE_CHARS) {
    const f = base();
    for (const path of TEXT_FIELDS) setAt(f, path, chars);
    files.push({ name: `text-${name}.json`, text: json(f), bad: TEXT_FIELDS.filter((p) => refused(chars, p)) });
  }
  const withValue = (value: number) => {
    const f = base();
    setAt(f, "facts[0].values[0].value", value);
    return f;
  };
  for (const [name, value] of [
    ["1e308", 1e308],
    ["1e21", 1e21],
    ["2e307", 2e307],
    ["minus-1e308", -1e308],
    ["minus-1e16", -1e16],
  ] as const) {
    files.push({ name: `value-${name}.json`, text: json(withValue(value)), bad: ["facts[0].values[0].value"] });
  }
  // The smallest number above zero: in range, and must print as a number.
  files.push({ name: "value-5e-324.json", text: json(withValue(5e-324)), bad: [] });
  const withChange = (percent: number) => {
    const f = base();
    (f.facts[0] as Record<string, unknown>).changes = [
      { from: 2014, to: 2020, percent, stated: `${percent}%`, source: { ref: "h-source" } },
    ];
    return f;
  };
  for (const [name, percent] of [
    ["minus-100", -100],
    ["minus-99999", -99999],
    ["1e308", 1e308],
    ["minus-101", -101],
    ["1e21", 1e21],
  ] as const) {
    files.push({ name: `change-${name}.json`, text: json(withChange(percent)), bad: ["facts[0].changes[0].percent"] });
  }
  // A fall of 99.99999999% from a stated 2020 value: the derived 2014 value, 4.4e11, is in range; a
  // fall of that size from 1e15 is not.
  const huge = withChange(-99.9999999999);
  setAt(huge, "facts[0].values[0].value", 1e15);
  files.push({ name: "change-derived-overflow.json", text: json(huge), bad: ["facts[0].changes[0].percent"] });

  // Ids that are names of Object.prototype: valid, and must never reach it.
  const proto = base();
  (proto.themes as { id: string }[])[0] = { ...(proto.themes as { id: string }[])[0], id: "constructor" } as {
    id: string;
  };
  for (const fact of proto.facts) fact.theme = "constructor";
  (proto.facts[0] as Record<string, unknown>).id = "constructor";
  (proto.places as { id: string }[])[0] = { ...(proto.places as { id: string }[])[0], id: "to-string" } as {
    id: string;
  };
  for (const fact of proto.facts) fact.place = "to-string";
  (proto.facts[1] as Record<string, unknown>).id = "value-of";
  files.push({ name: "ids-prototype.json", text: json(proto), bad: [] });

  // Ids that are names of Object.prototype but not jjj ids: named by validate, never reached.
  for (const id of ["__proto__", "toString", "hasOwnProperty"]) {
    for (const where of ["facts", "themes", "places"] as const) {
      const f = base();
      setAt(f, `${where}[0].id`, id);
      if (where === "themes") for (const fact of f.facts) fact.theme = id;
      if (where === "places") for (const fact of f.facts) fact.place = id;
      files.push({ name: `id-${id}-${where}.json`, text: json(f), bad: [`${where}[0].id`] });
    }
  }
  // Valid ids that are names of Object.prototype, each on its own: a fact, a theme, a place.
  for (const id of ["constructor", "prototype", "valueof"]) {
    const f = base();
    setAt(f, "facts[0].id", id);
    setAt(f, "themes[0].id", id);
    setAt(f, "places[0].id", id);
    for (const fact of f.facts) {
      fact.theme = id;
      fact.place = id;
    }
    files.push({ name: `ids-${id}.json`, text: json(f), bad: [] });
  }

  // Labels that would be syntax in a Markdown export or a formula in a spreadsheet: valid text.
  for (const [name, en, zh] of [
    ["html", "<img src=x onerror=alert(1)>", "<b>粗体</b>"],
    ["pipes", "| pipes | in | cells |", "表|格"],
    ["heading", "# A heading", "## 标题"],
    ["formula-equals", '=HYPERLINK("http://x","y")', "=1+1"],
    ["formula-plus", "+1+1", "+cmd"],
    ["formula-minus", "-2+3", "-1"],
    ["formula-at", "@SUM(A1:A2)", "@x"],
    ["markdown-mix", "*em* _u_ [a](b) `c` \\ ~~s~~ ![i](j) > q", "**粗** <!-- c -->"],
    ["long", "L".repeat(5000), "长".repeat(3000)],
    ["long-words", "word ".repeat(800).trim(), "一二三 ".repeat(500).trim()],
  ] as const) {
    const f = base();
    for (const path of ["facts[0].label.en", "facts[1].label.en", "themes[0].name.en", "places[0].name.en"]) {
      setAt(f, path, en);
    }
    for (const path of ["facts[0].label.zh", "facts[1].label.zh", "themes[0].name.zh"]) setAt(f, path, zh);
    setAt(f, "facts[0].values[1].category.en", en);
    setAt(f, "sources[0].title.en", en);
    files.push({ name: `label-${name}.json`, text: json(f), bad: [] });
  }
  // The same file with nothing hostile in it: what the others are compared with.
  files.push({ name: "plain.json", text: json(base()), bad: [] });

  // Prose may hold line breaks: none of its lines may become a heading, a rule, a slide break or a list.
  const prose = base();
  setAt(
    prose,
    "facts[0].explanation.en",
    "Line one.\n# Heading\n---\n- item\n1. item\n> quote\n    code\n<img src=x onerror=alert(1)>",
  );
  setAt(prose, "themes[0].summary.en", "Summary.\n## Heading\n===");
  files.push({ name: "prose-markdown.json", text: json(prose), bad: [] });

  // A line break and a heading in every one-line text: refused by validate.
  const heading = base();
  for (const path of ["facts[0].label.en", "themes[0].name.en", "places[0].name.en", "sources[0].title.en"]) {
    setAt(heading, path, "Label\n# heading");
  }
  files.push({
    name: "newline-heading.json",
    text: json(heading),
    bad: ["facts[0].label.en", "themes[0].name.en", "places[0].name.en", "sources[0].title.en"],
  });

  // Markup in labels: valid text, which exports must keep inert (one line, one cell, one heading).
  const markup = base();
  (markup.facts[0] as Record<string, unknown>).label = text(
    "<img src=x onerror=alert(1)>",
    "# Heading | cell | `code` *em*",
  );
  (markup.facts[1] as Record<string, unknown>).label = text("[链接](javascript:alert(1))", "<script>alert(1)</script>");
  files.push({ name: "markup-labels.json", text: json(markup), bad: [] });

  // A line break in a label: refused (labels are one line); in an explanation: prose, allowed.
  const newline = base();
  (newline.facts[0] as Record<string, unknown>).label = text("标签", "Label\n# New slide");
  (newline.facts[0] as Record<string, unknown>).explanation = text("第一行。\n第二行。", "Line one.\nLine two.");
  files.push({ name: "newline-label.json", text: json(newline), bad: ["facts[0].label.en"] });

  // A key given twice: JSON.parse would keep the last silently.
  const dup = json(base()).replace('"id": "h-quantity",', '"id": "pm25",\n      "id": "h-quantity",');
  files.push({ name: "duplicate-key.json", text: dup, bad: ["facts[0].id"] });

  // An unknown key that is itself an escape sequence: named, never echoed raw.
  const key = base();
  (key.facts[0] as Record<string, unknown>)["\u001b]0;PWNED\u0007"] = 1;
  files.push({ name: "unknown-key-escape.json", text: json(key), bad: ["facts[0]"] });
  return files;
}

/** Write every hostile file into `dir`; their paths, with what validate must name. */
export function writeHostileFiles(dir: string): (HostileFile & { path: string })[] {
  mkdirSync(dir, { recursive: true });
  return hostileFiles().map((f) => {
    const path = join(dir, f.name);
    writeFileSync(path, f.text);
    return { ...f, path };
  });
}
