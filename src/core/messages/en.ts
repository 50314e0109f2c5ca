/**
 * Every user-facing text that is not data, in English. This file defines the keys: zh.ts must give
 * every one of them (a missing or extra key does not compile). A text with parameters is a function
 * of one object; its Chinese twin takes the same object.
 *
 * Keys are `area.name`; each area is one object below, so that the areas are edited apart.
 */

/** Words shared by many screens: table headings, directions, layers. */
const common = {
  "app.title": "Beijing–Tianjin–Hebei coordinated development · facts and figures",
  "app.subtitle": "2014–2020: the figures of one article, each traceable to its paragraph",
  "word.themes": "Themes",
  "word.headline": "Headline figures",
  "word.tryNext": "Try next",
  "word.id": "ID",
  "word.theme": "Theme",
  "word.name": "Name",
  "word.facts": "Facts",
  "word.summary": "Summary",
  "word.quantity": "Quantity",
  "word.fact": "Fact",
  "word.value": "Value",
  "word.when": "When",
  "word.place": "Place",
  "word.change": "Change",
  "word.relative": "Relative",
  "word.perYear": "Per year",
  "word.trend": "Trend",
  "word.source": "Source",
  "word.unit": "Unit",
  "word.kindEvent": "event",
  "direction.improved": "better",
  "direction.worsened": "worse",
  "direction.unchanged": "unchanged",
  "direction.up": "up",
  "direction.down": "down",
  "mark.derived": "* derived",
  "note.statedOnly": "only the change is stated",
  "note.sourceLine":
    "Source: the article “京津冀协同发展——创造新时代高质量发展的标杆（辉煌历程）”. § = article section (0 = the lead, then the themes in order), ¶ = paragraph; rows marked “official” are official yearly figures beyond the article. `jjj show <id>` for details and publisher.",
  "note.noRows": "Nothing matches.",
  "layer.supplement": "official",
  "layer.user": "your data",
  "hint.prefix": "hint: ",
  /** A text that reads the same in both languages: a file path, a JSON path, a command line. */
  "text.same": (p: { text: string }) => p.text,
} as const;

/** Errors that any layer may raise, and the words of main(). */
const errors = {
  "error.internal": (p: { message: string }) => `internal error: ${p.message}`,
  "hint.debug": "set JJJ_DEBUG=1 to see the stack trace",
  "error.unknownName": (p: { what: string; input: string }) => `unknown ${p.what} "${p.input}"`,
  "hint.didYouMean": (p: { list: string; command: string }) =>
    `did you mean ${p.list}? (\`${p.command}\` lists them all)`,
  "hint.listAll": (p: { command: string }) => `\`${p.command}\` lists them all`,
  "hint.seeHelp": (p: { help: string }) => `see \`${p.help}\``,
  "what.theme": "theme",
  "what.factId": "fact id",
  "what.command": "command",
  "number.whole": "a whole number",
  "number.year": "a year",
  "number.rows": "a whole number of rows",
  "number.seconds": "a number of seconds",
  "error.numberOption": (p: { option: string; what: string; min: number; max: number; value: string }) =>
    `${p.option} must be ${p.what} from ${p.min} to ${p.max}, not "${p.value}"`,
  "hint.forExample": (p: { example: string }) => `for example ${p.example}`,
} as const;

// Areas below are filled as each part of jjj moves its words here.
const cli = {} as const;

const commands = {} as const;

const dataset = {} as const;

const query = {} as const;

const view = {} as const;

const render = {} as const;

const chart = {
  "chart.layer.article": "the article",
  "chart.layer.user": "your data",
  "chart.layer.official": "official",
  "chart.articleAt": (p: { at: string }) => `article ${p.at}`,
  "chart.sep.list": "; ",
  "chart.sep.items": ", ",
  "chart.sep.clauses": ", ",
  "chart.indexUnit": "index: first year = 100",
  "chart.titleYears": (p: { title: string; from: number; to: number }) => `${p.title}, ${p.from}–${p.to}`,
  "chart.leftOut": (p: { names: string; cmd: string }) =>
    `Also official, left out to keep the chart readable: ${p.names}. \`${p.cmd}\` draws them too.`,
  "chart.noYearly": "no yearly figures",
  "chart.key.observed": "published figure",
  "chart.key.derived": "derived from a stated change",
  "chart.key.gap": "no figures for the years between (dots only guide the eye)",
  "chart.keyShort.observed": "published",
  "chart.keyShort.derived": "derived",
  "chart.keyShort.gap": "no figures between",
  "chart.derived": (p: { year: number; name: string; formula: string; low: string; high: string }) =>
    `Derived ${p.year} (${p.name}): ${p.formula}; the inputs are rounded, so the true value is ${p.low}–${p.high}`,
  "chart.officialApartOne": (p: { name: string }) =>
    `The official series (${p.name}) has a basis of its own: it is drawn on its own and never joined to the article's figures. \`jjj sources\` lists every source.`,
  "chart.officialApartMany": (p: { names: string }) =>
    `The official series (${p.names}) each have a basis of their own: each is drawn on its own and never joined to another or to the article's figures. \`jjj sources\` lists every source.`,
  "chart.hidden": (p: { marks: string }) => `Hidden under another mark: ${p.marks}`,
  "chart.notes.summary": (p: { parts: string; cmd: string }) => `Notes: ${p.parts}. \`${p.cmd}\` prints them.`,
  "chart.notes.derived": (p: { n: number }) => (p.n === 1 ? "1 derived value" : `${p.n} derived values`),
  "chart.notes.hidden": (p: { n: number }) => (p.n === 1 ? "1 hidden mark" : `${p.n} hidden marks`),
  "chart.notes.left": (p: { n: number }) =>
    p.n === 1 ? "1 official series left out" : `${p.n} official series left out`,
  "chart.notes.apart": "how the official series differ",
  "chart.notes.more": (p: { n: number }) => (p.n === 1 ? "1 more note" : `${p.n} more notes`),
  "chart.bar.derived": (p: { label: string; name: string; formula: string; low: string; high: string }) =>
    `* ${p.label}, ${p.name}: derived, ${p.formula} (the true value lies between ${p.low} and ${p.high})`,
  "chart.bar.none": "no figures",
  "chart.bar.negative": "Negative values are drawn by their size.",
  "chart.bar.officialApart":
    "The official series have their own bases and are listed apart from the article's figures.",
  "chart.list.title": "What can be charted",
  "chart.list.fact": "Fact",
  "chart.list.years": "Years",
  "chart.list.chart": "Chart",
  "chart.list.values": (p: { n: number }) => `${p.n} values`,
  "chart.list.line": "line",
  "chart.list.bars": "bars",
  "chart.list.note":
    "`jjj chart <id>` draws a line chart (an article fact together with the official series that extend it); `--bars` draws bars; `--index` rescales each series to its first year = 100.",
  "chart.list.empty": "Nothing can be charted.",
  "chart.compare.change": (p: { points: string; relative: string }) => `${p.points} (${p.relative})`,
  "chart.compare.onlyChange": "only the change is stated, not the values at either end",
  "chart.compare.scales": "Each quantity is drawn to its own scale, every bar from zero; green = better, red = worse.",
  "chart.compare.summary": (p: { n: number }) =>
    `Each pair of bars to its own scale, from zero; green = better, red = worse. ${p.n === 1 ? "1 more note" : `${p.n} more notes`}: \`jjj compare\` lists them.`,
  "chart.cmd.summary": "draw a fact's trend as a line chart, or its values as bars",
  "chart.cmd.description":
    "Draw one or more facts on a real time axis: years in proportion to time, published figures and derived ones marked apart, gaps left as gaps. An article fact comes with the longest three official series that extend it, each labelled with its publisher; name others to add them, or leave them all out with --article-only. A fact with no yearly figures is drawn as bars. On a terminal the chart fits the window. With no id, list what can be charted.",
  "chart.cmd.ids": "fact ids (see `jjj chart`); case and punctuation do not matter: pm2.5, PM2.5 and pm all mean pm25",
  "chart.cmd.bars": "draw horizontal bars: one per year, place or category",
  "chart.cmd.index": "rescale each series to its first year = 100, so that series in different units can share a chart",
  "chart.cmd.height": (p: { min: number; max: number; rows: number }) =>
    `rows of the line chart's plot (${p.min}–${p.max}); by default the chart fits the terminal, or ${p.rows} rows in a pipe`,
  "chart.cmd.notes": "print every note under the chart in full (by default they are summed up in at most two lines)",
  "chart.error.event": (p: { id: string }) => `"${p.id}" is a dated event, not a quantity: there is nothing to chart`,
  "chart.hint.event": (p: { id: string }) => `\`jjj show ${p.id}\` shows it; \`jjj chart\` lists what can be charted`,
  "chart.error.unknown": (p: { id: string }) => `unknown fact id "${p.id}"`,
  "chart.hint.didYouMean": (p: { list: string }) => `did you mean ${p.list}? (\`jjj chart\` lists what can be charted)`,
  "chart.hint.list": "`jjj chart` lists what can be charted",
  "chart.error.format": (p: { format: string }) =>
    `\`jjj chart <id>\` draws a chart, or prints its plotted data with --json: --format ${p.format} does not apply`,
  "chart.hint.format": "use --json; for one row per value, use jjj export --format csv",
  "chart.error.fields": "--fields does not apply to a chart",
  "chart.hint.fields": "leave it out; `jjj chart` without an id lists what can be charted, and takes --fields",
  "chart.error.tooMany": (p: { max: number; n: number }) =>
    `one chart can show at most ${p.max} series; these ids make ${p.n}`,
  "chart.hint.tooMany": "give fewer ids, or add --article-only to leave out the official series",
  "chart.error.units": (p: { a: string; unitA: string; b: string; unitB: string }) =>
    `different units cannot share one axis: ${p.a} (${p.unitA}) and ${p.b} (${p.unitB})`,
  "chart.hint.units": "add --index to rescale each series to its first year = 100, or chart them one at a time",
  "chart.error.noYearly": (p: { ids: string }) => `"${p.ids}" has no yearly figures to draw as a line`,
  "chart.error.index": (p: { id: string; value: string }) => `cannot index ${p.id}: its first value is ${p.value}`,
  "chart.hint.index": "chart it without --index",
  "chart.error.noFigures": "these facts have no figures to draw",
} as const;

const present = {} as const;

const quiz = {} as const;

export const en = {
  ...common,
  ...errors,
  ...cli,
  ...commands,
  ...dataset,
  ...query,
  ...view,
  ...render,
  ...chart,
  ...present,
  ...quiz,
};

/** The catalog's shape: the same keys, each a text or a function of the same parameters. */
export type Catalog = {
  readonly [K in keyof typeof en]: (typeof en)[K] extends (p: infer P) => string ? (p: P) => string : string;
};
