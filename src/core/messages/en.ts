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

const view = {
  "view.compareTitle": (p: { from: number; to: number }) => `${p.from} → ${p.to}: what changed`,
  "view.hiddenColumns": (p: { columns: string }) =>
    `Columns left out at this width (--width or --json shows them): ${p.columns}`,
  "view.labelled": (p: { label: string; text: string }) => `${p.label}: ${p.text}`,
  "view.noteNearest": "(year) the nearest year, where the year asked for has no figure",
  "view.noteDerived": (p: { ids: string }) => `* derived from a stated change; formula: jjj show ${p.ids}`,
  "view.noteInferred": (p: { ids: string }) => `‡ year not stated in the article, inferred; why: jjj show ${p.ids}`,
  "view.noteStatedOnly": "— no figure at that end: only the change is stated",
  "view.noteLeftOut": (p: { count: number; from: number; to: number }) =>
    `${p.count} more ${p.count === 1 ? "quantity has" : "quantities have"} no figure within a year of ${p.from} or ${p.to}: left out`,
  "view.noteMore": "Formulas, every substitution and the publishers: --notes",
  "view.noteDerivedLong": (p: { label: string; year: number; formula: string; low: string; high: string }) =>
    `* ${p.label}, ${p.year}: derived, ${p.formula} (the inputs are rounded: the true value lies between ${p.low} and ${p.high})`,
  "view.noteNearestLong": (p: { label: string; year: number; requested: number }) =>
    `(${p.year}) ${p.label}: no figure for ${p.requested}; the nearest year, ${p.year}, is used`,
  "view.statedOnlyLong": (p: { stated: string; change: string }) => `only the change is stated (${p.change})`,
  "view.searchTitle": (p: { query: string; count: number }) => `Search “${p.query}”: ${p.count} found, best first`,
  "view.result": "Result",
  "view.searchNote": "`jjj show <id>` for the details; --json adds the fields matched and the scores.",
  "view.searchNothing": (p: { query: string }) => `Nothing matches “${p.query}”.`,
  "view.otherLanguage": "中文",
  "view.themesNote": "`jjj facts --theme <id>` lists the facts of a theme.",
  "view.valuesSpan": (p: { count: number; from: number; to: number }) => `${p.count} values, ${p.from}–${p.to}`,
  "view.valuesCount": (p: { count: number }) => `${p.count} values`,
  "view.allValues": "All values",
  "view.noteDerivedShort": "* derived from a stated change; the formula: `jjj show <id>`",
  "view.noteInferredShort": "‡ year not stated in the article, inferred from context: `jjj show <id>`",
  "view.factsNote": "The latest figure of each fact; every value: `jjj show <id>`.",
  "view.timelineTitle": "Timeline",
  "view.eventOrFigure": "Event or figure",
  "view.sourcesTitle": "Sources and what they contribute",
  "view.publisher": "Publisher",
  "view.kind": "Kind",
  "view.values": "Values",
  "view.changes": "Changes",
  "view.events": "Events",
  "view.title": "Title",
  "view.kindArticle": "article",
  "view.sourcesNote":
    "Values = stated figures citing the source; changes = stated relative changes (“down 51%”), from which derived values come. Which facts: --json (factIds).",
  "view.noSources": "No sources.",
  "view.heading": (p: { name: string }) => `${p.name}:`,
  "view.better": "Better",
  "view.higher": "higher",
  "view.lower": "lower",
  "view.statedChanges": "Stated changes",
  "view.date": "Date",
  "view.related": "Related",
  "view.derived": "derived",
  "view.asStated": "as stated",
  "view.layer": "Layer",
  "view.states": "States",
  "view.approximateSuffix": ", approximate",
  "view.derivedDetail": (p: { formula: string; low: string; high: string }) =>
    `derived: ${p.formula}; the inputs are rounded, so the true value lies between ${p.low} and ${p.high}`,
  "view.derivedSeePm25": "* derived: see jjj show pm25",
  "view.tryCompare": "2014 side by side with 2020",
  "view.tryThemes": "the nine themes",
  "view.tryFacts": "every fact of one theme",
  "view.tryShow": "one fact in full, with its source",
  "view.tryChart": "the PM2.5 decline as a chart",
  "view.tryJson": "JSON for scripts",
  "view.articleParagraph": (p: { heading: string; paragraph: number }) =>
    `article, section “${p.heading}”, paragraph ${p.paragraph}`,
  "view.articleSection": (p: { heading: string }) => `article, section “${p.heading}”`,
  "view.confidence": (p: { grade: string }) => `confidence ${p.grade}`,
  "view.colon": ": ",
  "view.comma": ", ",
  "view.sourcesHeading": "Sources",
  "view.listSeparator": ", ",
  "view.changeDown": (p: { from: number; to: number; qualifier: string; percent: string }) =>
    `down ${p.qualifier}${p.percent}, ${p.from}–${p.to}`,
  "view.changeUp": (p: { from: number; to: number; qualifier: string; percent: string }) =>
    `up ${p.qualifier}${p.percent}, ${p.from}–${p.to}`,
  "view.schemaNote": "`jjj schema <name>` prints its JSON Schema.",
  "view.schemaNoFields": "--fields does not apply to a JSON Schema",
  "view.schemaNoFieldsHint": "leave it out: a schema prints whole",
  "view.validateOk": (p: { file: string; themes: number; facts: number; values: number }) =>
    `${p.file}: ok — ${p.themes} ${p.themes === 1 ? "theme" : "themes"}, ${p.facts} ${p.facts === 1 ? "fact" : "facts"}, ${p.values} ${p.values === 1 ? "value" : "values"}`,
  "view.unknownCommand": (p: { word: string }) => `unknown command "${p.word}"`,
  "view.unknownCommandHint": (p: { list: string }) => `did you mean ${p.list}? (see \`jjj --help\`)`,
  "view.seeHelp": "see `jjj --help` for the commands",
  "view.asDataFormat": (p: { format: string }) =>
    `--as-data prints a data file (JSON): --format ${p.format} does not apply`,
  "view.leaveFormatOut": "leave --format out",
  "view.searchEmpty": (p: { query: string }) => `nothing to search for in "${p.query}": it has no letters or digits`,
  "view.searchEmptyHint": "give a word, e.g. `jjj search 医保` or `jjj search poverty`",
  "view.sourceShort":
    "Source: the article (§ section ¶ paragraph) and, where marked “official”, official yearly figures; `jjj show <id>` for details.",
} as const;

const render = {
  "render.points": (p: { n: string }) => `${p.n} pp`,
  "render.atLeast": "at least",
  "render.moreThan": "more than",
  "render.lessThan": "less than",
  "render.atMost": "at most",
  "render.about": "about",
  "render.asPublished": "as published",
} as const;

const chart = {} as const;

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
