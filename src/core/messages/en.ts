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

/** Each command's summary, description, arguments and options, as help, completion and the docs show them. */
const commands = {
  "overview.summary": "one screen: the themes, headline figures and what to try next",
  "themes.summary": "list the nine themes in article order",
  "themes.description":
    "List the nine themes of the article in order: id, Chinese and English name, number of facts, summary.",
  "facts.summary": "list every fact, figures and dated events alike",
  "facts.description":
    "List every fact of the article — figures and dated events — with its values, unit, years and source.",
  "facts.option.theme": "only the facts of this theme (see `jjj themes`)",
  "show.summary": "show one fact in full, with its source",
  "show.description":
    "Show one fact in full: its values with their hedges, derived values with formula and interval, place, source section and paragraph, and related facts. With --source, only where each figure comes from: the article's section and paragraph, or the official publisher with confidence and note.",
  "show.argument.id": "the fact's id (see `jjj facts` or `jjj search`)",
  "show.option.source": "only the sources of the fact: section heading and paragraph, or publisher",
  "compare.summary": "compare 2014 with 2020 (or any two years)",
  "compare.description":
    "Compare every quantity between two years: the value at each end, the change (in percentage points for shares), the relative change and the compound yearly growth rate. Where the source's baseline is another year it is used and flagged.",
  "compare.option.from": "the earlier year",
  "compare.option.to": "the later year",
  "compare.option.theme": "only the quantities of this theme (see `jjj themes`)",
  "compare.option.chart": "draw each quantity's two years as a pair of bars instead of a table",
  "chart.summary": "draw a fact's trend as a line chart, or its values as bars",
  "chart.description":
    "Draw one or more facts on a real time axis: years in proportion to time, published figures and derived ones marked apart, gaps left as gaps. An article fact comes with the longest three official series that extend it, each labelled with its publisher; name others to add them, or leave them all out with --article-only. With no id, list what can be charted.",
  "chart.argument.ids":
    "fact ids (see `jjj chart`); case and punctuation do not matter: pm2.5, PM2.5 and pm all mean pm25",
  "chart.option.bars": "draw horizontal bars: one per year, place or category",
  "chart.option.index":
    "rescale each series to its first year = 100, so that series in different units can share a chart",
  "chart.option.height": (p: { min: number; max: number }) => `rows of the line chart (${p.min}–${p.max})`,
  "sources.summary": "list every source, article and official publishers, with what each contributes",
  "sources.description":
    "List every source of jjj's figures: the article, and the official publishers of the supplementary series, each with the number of facts and values it contributes and which facts.",
  "search.summary": "find facts and themes by a word, in Chinese or English",
  "search.description":
    "Search ids, labels, explanations, places and units, in Chinese and English at once, whatever --lang says. Case, spaces and punctuation are ignored (PM2.5 = pm25). Several words must all match. Hits are ranked: exact id, then id prefix, then label, then explanation, place and unit; each shows its theme and the fields that matched.",
  "search.argument.text": "what to look for: a word or a few (医保, 雄安, PM2.5, poverty)",
  "search.option.theme": "only hits in this theme (see `jjj themes`)",
  "timeline.summary": "list dated events and figures in date order, 2013 to the end of 2020",
  "timeline.description":
    "List every dated event and every figure with a year or date, in date order, with its theme and source. Dates keep the source's precision; an approximate 2020-12 is the end of 2020. Within a year, exact dates come first and yearly figures last.",
  "timeline.option.theme": "only this theme (see `jjj themes`)",
  "timeline.option.kind": "only events, or only figures",
  "export.summary": "print the whole dataset, both layers, with sources",
  "export.description":
    "Print the whole dataset: the article's figures and the official supplementary series, with themes, places and sources. --json gives one object {sources, themes, places, facts}; --format csv, tsv or ndjson one row per value, stated change or event, each with its fact and source; --format md a readable handout grouped by theme. --article-only leaves out the supplementary series. --as-data prints the data as a data file instead, in the format that --data and `jjj validate` read (`jjj schema dataset`): for example your own files and the bundled data merged into one.",
  "export.option.asData": "print a data file (the format --data reads) instead of the records",
  "present.summary": "show the figures as full-screen slides, for a classroom",
  "present.description":
    "Show full-screen slides in the terminal: a title slide, one slide per theme with its headline figures in large type, the PM2.5 trend as a chart, and the 2014 → 2020 comparison. Keys: → Space n PageDown next; ← p PageUp back; Home End; a number and Enter jumps; l switches language; ? shows the keys; q Esc Ctrl-C quit. The terminal is always given back as it was. Slides fit the window and are redrawn when it is resized (--width does not apply). Off a terminal (in a pipe), every slide is printed in order as plain text. --export md writes the deck as Markdown slides separated by --- (Marp, reveal.js, Slidev).",
  "present.option.theme": "only this theme: its slide, its chart and its comparison (see `jjj themes`)",
  "present.option.auto": (p: { min: number; max: number }) =>
    `kiosk mode: a new slide every so many seconds (${p.min}–${p.max}), round and round`,
  "present.option.export": "write the deck as Markdown slides instead of showing it",
  "present.keys":
    "\nKeys:\n  → Space n PageDown Enter   next slide\n  ← p PageUp Backspace        previous slide\n  Home End                    first, last slide\n  6 Enter                     go to slide 6\n  l                           switch English / 中文\n  ?                           show the keys\n  q Esc Ctrl-C                quit (exit code 0; 130 for Ctrl-C)\n",
  "quiz.summary": "ask questions made from the figures, with their sources and a score",
  "quiz.description":
    "Ask multiple-choice questions made from the dataset: which figure, which year, which of two figures is larger, by how much a quantity changed, true or false. Only what the data decides is asked; each answer comes with its source. On a terminal, answer each with one key (a–d or 1–4; q stops); off a terminal, answers are read from standard input, one a line, and the end of input ends the quiz with the score so far. --seed makes the set reproducible, so a class can share it; without it a seed is chosen and shown. --json prints the question set with the answers (for a learning platform); --format md a worksheet with the answers at the end.",
  "quiz.option.count": (p: { max: number }) => `how many questions (1–${p.max})`,
  "quiz.option.theme": "only questions about this theme (see `jjj themes`)",
  "quiz.option.seed": "the seed of the set: the same seed gives the same questions, everywhere",
  "validate.summary": "check data files of your own, and say exactly what is wrong",
  "validate.description":
    "Check data files without running anything else, as a run would load them: merged onto the bundled data (with the files of JJJ_DATA and --data), or on their own with --data-only. On success, one line per file with its themes, facts and values. Otherwise every problem, each with its file, the line:column of a JSON syntax error or the JSON path of a schema problem, and how to fix it. --json prints the problems as records ([] when there is none). Exit status: 0 when every file is valid, 1 when there is a problem, 2 for a usage error. `jjj schema dataset` prints the files' JSON Schema.",
  "validate.argument.files": "data files (JSON, UTF-8, at most 64 MiB each)",
  "schema.summary": "print the JSON Schema of a command's output",
  "schema.description":
    "Without an argument, list the published JSON contracts. With one, print its JSON Schema (draft 2020-12): the shape of what `jjj <command> --json` prints, and the fields --fields accepts. `jjj schema dataset` is the schema of the data files. Within a major version fields are only added, never renamed or removed.",
  "schema.argument.name": "a command, or `dataset`",
  "completion.summary": "print a shell completion script for bash, zsh or fish",
  "completion.description":
    "Print a script that completes jjj's commands, options, option values, theme ids and fact ids in your shell. It is generated from jjj's own definition and data, so it always matches this version.",
  "completion.argument.shell": "the shell to complete in",
  "help.summary": "show help for a command, or a topic: exit-codes, environment, formatting",
  "help.description": (p: { topics: string }) =>
    `Show help for a command (the same as \`jjj <command> --help\`), or for a topic: ${p.topics}. Without an argument, the overall help.`,
  "help.argument.topic": (p: { topics: string }) => `a command, or one of: ${p.topics}`,
  "option.lang": "language of labels and messages",
  "option.format": "output format (see `jjj help formatting`)",
  "option.json": "print JSON for scripts: same as --format json",
  "option.fields":
    "only these comma-separated fields, in this order, e.g. id,label.en,to.value (`jjj schema <command>`)",
  "option.articleOnly": "only the article's own figures, without the official supplementary series",
  "option.color": "colour the output: auto (on a terminal), always or never",
  "option.noColor": "same as --color never",
  "option.ascii": "draw charts and table borders with plain ASCII characters",
  "option.data": "also load this data file (repeatable; see `jjj schema dataset`)",
  "option.dataOnly": "use only the --data files, not the bundled data",
  "option.width": "fit tables to this many columns (default: the terminal, or 80)",
  "program.description":
    "Explore the facts and figures of the Beijing–Tianjin–Hebei coordinated development (京津冀协同发展).",
  "option.version": "print the version",
  "option.help": "show help",
  "help.examples": "Examples:",
} as const;

const dataset = {} as const;

const query = {} as const;

const view = {} as const;

const render = {} as const;

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
