/**
 * Every user-facing text that is not data, in English. This file defines the keys: zh.ts must give
 * every one of them (a missing or extra key does not compile). A text with parameters is a function
 * of one object; its Chinese twin takes the same object.
 *
 * Keys are `area.name`; each area is one object below, so that the areas are edited apart.
 */

/** How a number option's message names what it takes. */
export type NumberKind = "number.whole" | "number.year" | "number.rows" | "number.seconds";
const NUMBER_KINDS: Record<NumberKind, string> = {
  "number.whole": "a whole number",
  "number.year": "a year",
  "number.rows": "a whole number of rows",
  "number.seconds": "a number of seconds",
};

/** What an unknown name was meant to be: `unknown theme "x"`. */
export type NameKind = "theme" | "factId" | "schema" | "helpTopic";
const NAME_KINDS: Record<NameKind, string> = {
  theme: "theme",
  factId: "fact id",
  schema: "schema",
  helpTopic: "help topic",
};

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
  "error.unknownName": (p: { what: NameKind; input: string }) => `unknown ${NAME_KINDS[p.what]} "${p.input}"`,
  "hint.didYouMean": (p: { list: string; command: string }) =>
    `did you mean ${p.list}? (\`${p.command}\` lists them all)`,
  "hint.listAll": (p: { command: string }) => `\`${p.command}\` lists them all`,
  "hint.seeHelp": (p: { help: string }) => `see \`${p.help}\``,
  "error.numberOption": (p: { option: string; what: NumberKind; min: number; max: number; value: string }) =>
    `${p.option} must be ${NUMBER_KINDS[p.what]} from ${p.min} to ${p.max}, not "${p.value}"`,
  "hint.forExample": (p: { example: string }) => `for example ${p.example}`,
} as const;

// Areas below are filled as each part of jjj moves its words here.
/** Help topics and the footer of every command's help, and the errors of the shared options. */
const cli = {
  "helpTitle.usage": "Usage:",
  "helpTitle.options": "Options:",
  "helpTitle.arguments": "Arguments:",
  "helpTitle.commands": "Commands:",
  "helpTitle.globalOptions": "Global Options:",
  "help.choices": (p: { list: string }) => `choices: ${p.list}`,
  "help.default": (p: { value: string }) => `default: ${p.value}`,
  "commander.unknownOption": (p: { option: string; suggestion: string }) =>
    `unknown option "${p.option}"${p.suggestion ? ` (did you mean ${p.suggestion}?)` : ""}`,
  "commander.missingArgument": (p: { name: string }) => `missing the required argument <${p.name}>`,
  "commander.tooMany": (p: { command: string; expected: string; got: string }) =>
    `too many arguments${p.command ? ` for ${p.command}` : ""}: expected ${p.expected}, got ${p.got}`,
  "commander.badChoice": (p: { option: string; value: string; choices: string }) =>
    `option ${p.option} does not take "${p.value}"; choose one of ${p.choices}`,
  "commander.badArgument": (p: { name: string; value: string; choices: string }) =>
    `<${p.name}> cannot be "${p.value}"; choose one of ${p.choices}`,
  "commander.badValue": (p: { option: string; value: string; reason: string }) =>
    `option ${p.option} does not take "${p.value}": ${p.reason}`,
  "commander.needsValue": (p: { option: string }) => `option ${p.option} needs a value`,
  "emit.error.unknownFields": (p: { names: string; count: number; command: string }) =>
    `unknown field${p.count > 1 ? "s" : ""} ${p.names} for \`${p.command}\``,
  "emit.hint.validFields": (p: { near: string; valid: string }) =>
    `${p.near ? `did you mean ${p.near}? ` : ""}valid fields: ${p.valid}`,
  "emit.error.document": (p: { command: string; format: string }) =>
    `\`${p.command}\` prints one document, not a list: --format ${p.format} does not apply`,
  "emit.hint.document": (p: { listings: string }) =>
    `use --format table, json or ndjson here; the listings (${p.listings}) speak every format`,
  "context.error.dataOnly": "--data-only needs at least one --data file (or JJJ_DATA)",
  "context.hint.dataOnly": "give your data file with --data <file>, or leave --data-only out",
  "output.error.jsonFormat": (p: { format: string }) => `--json and --format ${p.format} contradict each other`,
  "output.hint.jsonFormat": "--json is short for --format json: give one of them",
  "output.error.noFields": (p: { raw: string }) => `--fields needs at least one field name, not "${p.raw}"`,
  "output.hint.noFields":
    "give a comma-separated list, e.g. --fields id,label.en; `jjj schema <command>` shows the fields",
  "help.footer":
    '\nEnvironment:\n  LC_ALL, LC_MESSAGES, LANG  language when --lang is not given (zh* → Chinese, else English)\n  NO_COLOR                   set to anything non-empty: no colour\n  FORCE_COLOR                0 = no colour, 1–3 = colour even in a pipe\n  TERM=dumb                  no colour, and plain ASCII drawing characters (as --ascii)\n  COLUMNS                    table width when --width is not given\n  JJJ_DATA                   extra data files to load, separated by ":" (like PATH)\n  JJJ_DEBUG=1                print stack traces of internal errors\n\nExit codes: 0 success (also for an empty result), 1 data or runtime error, 2 usage error;\npresent and quiz on a terminal: 130 after Ctrl-C, 143 after SIGTERM (`jjj help exit-codes`).',
  "help.topic.exit-codes":
    'Exit codes of jjj:\n\n  0  success, also when nothing matches (JSON prints [], a table prints a note on stderr),\n     and when the reader of a pipe closes it early (jjj compare | head -1)\n  1  a data or runtime error: a broken data file, an internal error\n  2  a usage error: an unknown command, option, field, theme or fact id, or a bad value;\n     the message says what is wrong and, where it can, what was meant ("did you mean …")\n  130  jjj present or jjj quiz on a terminal stopped by Ctrl-C (or SIGINT), after giving the\n       terminal back; q and Esc end them with 0\n  143  jjj present or jjj quiz stopped by SIGTERM, after giving the terminal back\n\nErrors go to standard error as one line, `jjj: <what is wrong>`, then a `hint:`. No stack trace\nunless JJJ_DEBUG=1.\n',
  "help.topicSummary.exit-codes": "the exit codes and what they mean",
  "help.topic.environment":
    'Environment variables that change what jjj prints:\n\n  LC_ALL, LC_MESSAGES, LANG  the language of labels and messages when --lang is not given:\n                             the first one set wins; zh* → Chinese, anything else → English\n  NO_COLOR                   set to anything non-empty: no colour (https://no-color.org)\n  FORCE_COLOR                0 or false: no colour; 1, 2, 3: colour of that depth, even in a pipe\n  TERM=dumb                  no colour, and plain ASCII drawing characters (as --ascii)\n  COLORTERM=truecolor        24-bit colour when colour is on\n  COLUMNS                    the width of tables when --width is not given\n  JJJ_DATA                   extra data files to load with the bundled data, separated by ":"\n                             (like PATH); --data adds more\n  JJJ_DEBUG=1                print the stack trace of an internal error\n\nColour, by precedence: --color always|never (and --no-color) first; then NO_COLOR; then\nFORCE_COLOR; then TERM=dumb; else colour only when standard output is a terminal. Only tables\nare coloured: JSON, NDJSON, CSV, TSV and Markdown never are.\n\nWidth, by precedence: --width, then COLUMNS, then the terminal\'s width, else 80.\n',
  "help.topicSummary.environment": "environment variables that change the output",
  "help.topic.formatting":
    "Output formats: --format table|json|ndjson|csv|tsv|md (--json is short for --format json)\n\n  table   aligned table for people (the default; colour on a terminal)\n  json    a JSON array of records (`--json` is short for this)\n  ndjson  one compact JSON record per line\n  csv     RFC 4180 CSV, UTF-8, with a header row; nested fields become dotted columns (label.zh)\n  tsv     tab-separated values with a header row; tab, newline and backslash escaped as \\t \\n \\\\\n  md      a Markdown table, with the table's notes\n\nEvery listing command speaks every format: themes, facts, compare, search, timeline, export, schema.\n`jjj show <id>` prints one object in JSON; `jjj` alone (the overview) speaks table, json and ndjson.\n\n--fields a,b,c picks fields and their order (as gh --json does): top-level keys (id, label) or\ndotted paths into nested objects (label.zh, from.value, change.relative). JSON and NDJSON keep\nthe nesting; CSV, TSV, Markdown and tables make one column per field. Without --fields, CSV and\nTSV have one column per leaf field; arrays and objects left over are JSON in one cell, null is\nan empty cell. An unknown field is a usage error (exit 2) that lists the valid ones.\n`jjj schema <command>` prints the JSON Schema of a command's output.\n\nEmpty results are success: [] in JSON, nothing in NDJSON, a header row in CSV and TSV, and a note\non standard error for tables and Markdown.\n\nExamples:\n  $ jjj compare --format csv --fields id,label.en,from.value,to.value\n  $ jjj facts --format ndjson | jq -c '{id, kind}'\n  $ jjj themes --format md > themes.md\n  $ jjj schema compare\n",
  "help.topicSummary.formatting": "output formats and --fields",
  "cli.error.cannotWrite": (p: { code: string }) => `cannot write to standard output (${p.code})`,
  "cli.hint.cannotWrite": "check that the file or device the output goes to has room and can be written",
} as const;

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
  "export.error.asDataFields": "--as-data prints a whole data file: --fields does not apply",
  "export.hint.asDataFields": "leave --fields out; to pick fields, use jjj export --json --fields …",
  "present.summary": "show the figures as full-screen slides, for a classroom",
  "present.description":
    "Show full-screen slides in the terminal: a title slide, one slide per theme with its headline figures in large type, the PM2.5 trend as a chart, and the 2014 → 2020 comparison. Keys: → Space n PageDown next; ← p PageUp back; Home End; a number and Enter jumps; l switches language; ? shows the keys; q Esc Ctrl-C quit. The terminal is always given back as it was. Slides fit the window and are redrawn when it is resized (--width does not apply). Off a terminal (in a pipe), every slide is printed in order as plain text. --export md writes the deck as Markdown slides separated by --- (Marp, reveal.js, Slidev).",
  "present.option.theme": "only this theme: its slide, its chart and its comparison (see `jjj themes`)",
  "present.option.auto": (p: { min: number; max: number }) =>
    `kiosk mode: a new slide every so many seconds (${p.min}–${p.max}), round and round`,
  "present.option.export": "write the deck as Markdown slides instead of showing it",
  "present.helpKeys":
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
  "completion.error.format": (p: { shell: string }) =>
    `\`jjj completion\` prints a ${p.shell} script: --format, --json and --fields do not apply`,
  "completion.hint.run": (p: { shell: string }) => `run \`jjj completion ${p.shell}\``,
  "help.summary": "show help for a command, or a topic: exit-codes, environment, formatting",
  "help.description":
    "Show help for a command (the same as `jjj <command> --help`), or for a topic: exit-codes, environment, formatting. Without an argument, the overall help.",
  "help.argument.topic": "a command, or one of: exit-codes, environment, formatting",
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
  "compare.option.notes": "every note in full: substitutions, formulas, publishers",
  "compare.error.order": (p: { from: number; to: number }) => `--from ${p.from} is not before --to ${p.to}`,
  "compare.hint.order": "give --from an earlier year than --to",
  "help.examples": "Examples:",
} as const;

const dataset = {
  "dataset.controlChar": (p: { code: string; at: number }) => `control character U+${p.code} at ${p.at}`,
  "dataset.lineBreakChar": (p: { code: string; at: number }) => `line break U+${p.code} at ${p.at}`,
  "dataset.bidiChar": (p: { code: string; at: number }) => `bidirectional control U+${p.code} at ${p.at}`,
  "dataset.zeroWidthChar": (p: { code: string; at: number }) => `zero-width character U+${p.code} at ${p.at}`,
  "dataset.badCharFix":
    "remove it: a label, name or id is one line of plain text (text from a data file is shown, never obeyed)",
  "dataset.badCharFixProse":
    "remove it: prose may break lines with \\n, but holds no other control, bidi or invisible character",
  "dataset.duplicateKey": (p: { key: string }) => `the key "${p.key}" is given twice in one object`,
  "dataset.duplicateKeyFix": "keep one of them: JSON would silently keep only the last",
  "dataset.forbiddenKey": (p: { key: string }) => `the key "${p.key}" is not allowed`,
  "dataset.forbiddenKeyFix": "remove it: a data file never needs keys such as __proto__, constructor or prototype",
  "dataset.blankFile": "holds only white space, no JSON",
  "dataset.blankFileFix": 'a data file is one JSON object; the smallest is {} and a useful one {"facts": [ … ]}',
  "dataset.moreProblems": (p: { count: string }) => `… and ${p.count} more problems`,
  "dataset.moreProblemsFix": (p: { command: string }) => `fix these first, or list them all with \`${p.command}\``,
  "dataset.valueRange": (p: { value: string; max: string }) =>
    `${p.value} is beyond the plausible range of a value: |value| ≤ ${p.max}`,
  "dataset.valueRangeFix": (p: { max: string }) =>
    `check the number and its unit: jjj takes values up to ${p.max} in size (a larger unit, such as yuan-100m, keeps a figure small)`,
  "dataset.changeRange": (p: { percent: string; max: string }) =>
    `a change of ${p.percent}% is beyond the plausible range: |percent| ≤ ${p.max}`,
  "dataset.changeAllGone": (p: { percent: string }) =>
    `a change of ${p.percent}% would leave nothing: a fall is more than −100%`,
  "dataset.changeFix": "write the relative change in percent, signed: −51 for a fall of 51%, 25 for a rise of 25%",
  "dataset.derivedBad": (p: { year: number; value: string }) =>
    `the ${p.year} value derived from this change would be ${p.value}, not a plausible positive figure`,
  "dataset.derivedBadFix": "check the change's percent and the value at its other end",
  "dataset.isDirectory": "is a directory, not a data file",
  "dataset.isDirectoryFix": "give the path of a .json file",
  "dataset.notRegular": "is not a regular file",
  "dataset.notRegularFix": "save the data to a .json file and give its path",
  "dataset.emptyFile": "is empty",
  "dataset.tooBig": (p: { mib: string; bytes: number; limit: number }) =>
    `is ${p.mib} MiB (${p.bytes} bytes), over the limit of ${p.limit} MiB`,
  "dataset.tooBigFix": "split it into smaller files and give each with --data",
  "dataset.bom": "starts with a UTF-8 byte-order mark (BOM)",
  "dataset.bomFix": 'save it as UTF-8 without BOM (in most editors: the encoding "UTF-8", not "UTF-8 with BOM")',
  "dataset.utf16": "is UTF-16 text, not UTF-8",
  "dataset.utf16Fix": 'save it with the encoding "UTF-8"',
  "dataset.notUtf8": (p: { byte: string }) => `not valid UTF-8 text: the byte 0x${p.byte}`,
  "dataset.notUtf8Fix": 'save it with the encoding "UTF-8" (text in another encoding, such as GBK, cannot be read)',
  "dataset.noFile": "no such file",
  "dataset.noFileFix": "check the path: a relative path starts from the current directory",
  "dataset.noPermission": "cannot be read: permission denied",
  "dataset.noPermissionFix": "check the file's permissions",
  "dataset.unreadable": (p: { code: string }) => `cannot be read (${p.code})`,
  "dataset.unreadableFix": "check that the file exists and can be read",
  "dataset.duplicateId": (p: { kind: DataKind; id: string; file: string; path: string }) =>
    `duplicate ${KIND_EN[p.kind]} id "${p.id}": already defined in ${p.file} at ${p.path}`,
  "dataset.duplicateIdBundledFix": (p: { kind: DataKind; id: string; command: string }) =>
    `choose another id: "${p.id}" is one of jjj's own ${p.kind} (\`${p.command}\` lists them)`,
  "dataset.duplicateIdFix": "rename one of them: ids must be unique across all files",
  "dataset.themeOrderUsed": (p: { order: number; id: string; file: string }) =>
    `theme order ${p.order} is already used by "${p.id}" (${p.file})`,
  "dataset.themeOrderFix": (p: { free: number }) => `give each theme its own order; ${p.free} is free`,
  "dataset.unknownRef": (p: { kind: DataKind; id: string }) => `unknown ${KIND_EN[p.kind]} "${p.id}"`,
  "dataset.unknownRefDefineFix": (p: { kind: DataKind }) =>
    `define it in "${p.kind}" (files loaded with --data-only define their own themes, places and sources)`,
  "dataset.unknownRefFix": (p: { kind: DataKind; close: string; all: string; command: string }) =>
    `${p.close ? `did you mean ${p.close}? ` : ""}${p.all ? `the ${p.kind} are ${p.all}` : `\`${p.command}\` lists them`}; or define it in "${p.kind}"`,
  "dataset.withinItself": (p: { id: string; chain: string }) => `place "${p.id}" is within itself: ${p.chain}`,
  "dataset.withinItselfFix": 'remove one of these "within" links',
  "dataset.seeReadme": "see data/README.md",
  "dataset.seeSchema": "see `jjj schema dataset`",
  "dataset.missingField": (p: { name: string }) => `the field "${p.name}" is missing`,
  "dataset.missingFieldFix": (p: { name: string; example?: string; like?: Example }) =>
    `add "${p.name}": ${p.like ? EXAMPLE_EN[p.like] : p.example}`,
  "dataset.notObject": (p: { shown: string }) => `a data file is one JSON object, not ${p.shown}`,
  "dataset.notObjectFix": 'write it as {"facts": [ … ]} (see examples/my-figures.json)',
  "dataset.notFinite": (p: { name: string; shown: string }) => `${p.name} is not a finite number: ${p.shown}`,
  "dataset.notFiniteFix":
    "give an ordinary number: JSON has no NaN or Infinity, and a number such as 1e400 is too large",
  "dataset.notWhole": (p: { name: string; shown: string }) => `${p.name} must be a whole number, not ${p.shown}`,
  "dataset.wholeYearFix": (p: { min: number; max: number }) => `give a whole year from ${p.min} to ${p.max}`,
  "dataset.leaveOutFraction": "leave out the fraction",
  "dataset.numberAsText": (p: { name: string; shown: string }) => `${p.name} must be a number, not the text ${p.shown}`,
  "dataset.numberAsTextFix": (p: { number: number }) => `write it without quotes: ${p.number}`,
  "dataset.notText": (p: { name: string; shown: string }) =>
    `${p.name} must be a text in both languages, not ${p.shown}`,
  "dataset.notTextFix": (p: { name: string }) => `write "${p.name}": {"zh": "…", "en": "…"}`,
  "dataset.wrongType": (p: { name: string; expected: string; shown: string }) =>
    `${p.name} must be ${TYPE_EN[p.expected] ?? p.expected}, not ${p.shown}`,
  "dataset.wrongTypeFix": (p: { expected: string }) =>
    `give ${TYPE_EN[p.expected] ?? p.expected} here (see \`jjj schema dataset\`)`,
  "dataset.kindFix": (p: { key: string }) =>
    `add "${p.key}": "quantity" (a figure) or "event" (something that happened on a date)`,
  "dataset.notKind": (p: { key: string; shown: string }) => `${p.key} must be "quantity" or "event", not ${p.shown}`,
  "dataset.notKindFix": (p: { close: string }) => `${meant(p.close)}a figure is a quantity, a dated happening an event`,
  "dataset.noShape": (p: { name: string }) => `${p.name} matches none of the allowed shapes`,
  "dataset.onlyTrue": (p: { name: string; shown: string }) => `${p.name} is either true or left out, not ${p.shown}`,
  "dataset.onlyTrueFix": (p: { name: string }) => `remove "${p.name}", or write true`,
  "dataset.unknownUnit": (p: { shown: string }) => `unknown unit ${p.shown}`,
  "dataset.unknownUnitFix": (p: { close: string; units: string }) =>
    `${meant(p.close)}the units are ${p.units} (data/README.md, Units)`,
  "dataset.badValue": (p: { name: string; shown: string }) => `${p.name} cannot be ${p.shown}`,
  "dataset.badValueFix": (p: { close: string; valid: string }) => `${meant(p.close)}choose one of ${p.valid}`,
  "dataset.emptyText": (p: { name: string }) => `${p.name} is empty`,
  "dataset.emptyTextFix": "write some text; an optional field with nothing to say can be left out",
  "dataset.yearRange": (p: { shown: string }) => `the year ${p.shown} is out of range`,
  "dataset.yearRangeFix": (p: { min: number; max: number }) => `a year must be from ${p.min} to ${p.max}`,
  "dataset.tooSmall": (p: { name: string; shown: string }) => `${p.name} is too small: ${p.shown}`,
  "dataset.tooLarge": (p: { name: string; shown: string }) => `${p.name} is too large: ${p.shown}`,
  "dataset.atLeast": (p: { name: string; bound: string }) => `${p.name} must be at least ${p.bound}`,
  "dataset.atMost": (p: { name: string; bound: string }) => `${p.name} must be at most ${p.bound}`,
  "dataset.notDate": (p: { name: string; shown: string }) => `${p.name} is not an ISO date: ${p.shown}`,
  "dataset.notDateFix": 'write YYYY, YYYY-MM or YYYY-MM-DD, e.g. "2020-12"',
  "dataset.badId": (p: { name: string; shown: string }) => `${p.shown} is not a valid id (${p.name})`,
  "dataset.badIdFix": (p: { id: string }) =>
    `an id is kebab-case: lowercase letters, digits and single hyphens, e.g. "${p.id}"`,
  "dataset.unknownField": (p: { key: string }) => `unknown field "${p.key}"`,
  "dataset.unknownFieldFix": (p: { close: string; fields: string }) =>
    `${meant(p.close)}the fields here are ${p.fields}; remove it or correct its name`,
  "dataset.dateYear": (p: { min: number; max: number }) => `the year must be from ${p.min} to ${p.max}`,
  "dataset.dateYearFix": (p: { min: number; max: number }) => `give a date from ${p.min} to ${p.max}`,
  "dataset.periodOrder": "period.from is after period.to",
  "dataset.periodOrderFix": "swap the two years: from is the earlier one",
  "dataset.changeOrder": "the change's from is not before its to",
  "dataset.changeOrderFix":
    "from is the earlier year and to the later one: a 51% fall from 2014 to 2020 is from 2014, to 2020, percent -51",
  "dataset.negative": (p: { unit: string; value: number }) => `a ${p.unit} value cannot be negative: ${p.value}`,
  "dataset.negativeFix": "check the sign; a fall is a change with a negative percent, not a negative value",
  "dataset.shareRange": (p: { value: number }) => `a share must be from 0 to 100 percent: ${p.value}`,
  "dataset.shareRangeFix":
    "write a percentage as a number from 0 to 100 (64.5% is 64.5); for anything else choose another unit",
  "dataset.noTiming": "the value says nothing about when",
  "dataset.manyTimings": "the value gives more than one kind of time",
  "dataset.timingFix": 'give exactly one of year, date, period or asOfPublication, e.g. "year": 2020',
  "dataset.notJson": (p: { error: string }) => `not valid JSON (${p.error})`,
  "dataset.notJsonFix": "check it with a JSON validator or your editor",
  "dataset.jsonCode": (p: { code: string }) => `not valid JSON: ${p.code}`,
  "dataset.jsonSpecial": (p: { special: string }) => `not valid JSON: ${p.special} is not a number in JSON`,
  "dataset.jsonSpecialFix": "write an ordinary number; leave out a value that is not known",
  "dataset.jsonSymbol": "not valid JSON: unexpected character",
  "dataset.jsonSymbolFix": 'check for a missing quote or comma before it; text goes in double quotes "',
  "dataset.jsonNumber": "not valid JSON: malformed number (NaN and Infinity are not JSON)",
  "dataset.jsonNumberFix": "write an ordinary number, such as 44 or -5.1",
  "dataset.jsonPropertyName":
    'not valid JSON: a "quoted" property name is expected here (a trailing comma before } is not allowed)',
  "dataset.jsonPropertyNameFix": "put property names in double quotes, and remove a comma before }",
  "dataset.jsonValue": "not valid JSON: a value is expected here (a trailing comma before ] is not allowed)",
  "dataset.jsonValueFix": "remove the comma before ], or give the missing value",
  "dataset.jsonColon": "not valid JSON: a colon is expected after the property name",
  "dataset.jsonColonFix": 'write "name": value',
  "dataset.jsonComma": "not valid JSON: a comma is expected between items",
  "dataset.jsonCommaFix": "add a comma after the item before it",
  "dataset.jsonCloseBrace": "not valid JSON: a closing } is missing",
  "dataset.jsonCloseBraceFix": "add the } that closes the {",
  "dataset.jsonCloseBracket": "not valid JSON: a closing ] is missing",
  "dataset.jsonCloseBracketFix": "add the ] that closes the [",
  "dataset.jsonEnd": "not valid JSON: extra text after the end of the JSON value",
  "dataset.jsonEndFix": "a data file holds one JSON object: remove what follows it",
  "dataset.jsonComment": "not valid JSON: comments are not allowed in JSON",
  "dataset.jsonCommentFix": 'remove the comment; a note can go in "description"',
  "dataset.jsonCommentEndFix": "remove the comment",
  "dataset.jsonString": "not valid JSON: a string is not closed",
  "dataset.jsonStringFix": 'add the closing double quote "',
  "dataset.jsonNumberEnd": "not valid JSON: malformed number",
  "dataset.jsonNumberEndFix": "write a complete number, such as 0.5",
  "dataset.jsonUnicode": "not valid JSON: malformed \\u escape",
  "dataset.jsonUnicodeFix": "write \\u followed by four hex digits",
  "dataset.jsonEscape": "not valid JSON: invalid escape in a string",
  "dataset.jsonEscapeFix": "write a backslash itself as \\\\",
  "dataset.jsonCharacter":
    "not valid JSON: invalid character in a string (control characters such as line breaks must be escaped)",
  "dataset.jsonCharacterFix": "write a line break as \\n and a tab as \\t",
  "dataset.unknownSection": (p: { section: string }) => `unknown section "${p.section}"`,
  "dataset.unknownSectionFix": (p: { close: string }) =>
    `${meant(p.close)}a section is "lead" (the lead) or a theme id`,
  "dataset.conflict": (p: { value: number; other: number; path: string }) =>
    `${p.value} conflicts with ${p.other}, given for the same time at ${p.path}`,
  "dataset.conflictFix":
    "keep one value per time (and place and category): remove one, or give them different places or categories",
  "dataset.reservedLayer": (p: { layer: string }) =>
    `layer "${p.layer}" is for jjj's bundled data (${p.layer === "article" ? "the article's figures" : "the official supplementary series"})`,
  "dataset.reservedLayerFix":
    'leave "layer" out: your own facts are "user" by default (or load only your files with --data-only)',
  "dataset.articleSource": 'source kind "article" is for the article bundled with jjj',
  "dataset.articleSourceFix": 'write "official" for a published source (or load only your files with --data-only)',
} as const;

/** The kinds of item a data file lists. */
type DataKind = "sources" | "themes" | "places" | "facts";
const KIND_EN: Record<DataKind, string> = { sources: "source", themes: "theme", places: "place", facts: "fact" };
/** What a missing field looks like, where the example is in words: see `example` in src/dataset/explain.ts. */
export type Example = "readme" | "text" | "number" | "source";
const EXAMPLE_EN: Record<Example, string> = {
  readme: "(see data/README.md)",
  text: '"…" (text)',
  number: "a number",
  source: '{"ref": "<source id>"}',
};
/** zod's names of types, as a message says them. */
const TYPE_EN: Record<string, string> = {
  number: "a number",
  int: "a whole number",
  string: "a text (in quotes)",
  object: "an object { … }",
  array: "a list [ … ]",
  boolean: "true or false",
};
/** "did you mean …? " before a fix, when there are close names. */
const meant = (close: string) => (close ? `did you mean ${close}? ` : "");

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

const present = {
  "present.yearValue": (p: { year: number; value: string }) => `${p.year}: ${p.value}`,
  "present.compareContext": (p: { from: string; to: string; change: string }) =>
    `${p.from} → ${p.to}${p.change ? ` (${p.change})` : ""}`,
  "present.placeLabel": (p: { place: string; label: string }) => `${p.place}: ${p.label}`,
  "present.derivedNote": (p: { label: string; year: number; formula: string; low: string; high: string }) =>
    `* ${p.label}, ${p.year}: derived, ${p.formula} (the true value lies between ${p.low} and ${p.high})`,
  "present.onlyChange": (p: { from: number; to: number }) => `${p.from}–${p.to} (only the change is stated)`,
  "present.periodTotal": (p: { from: number; to: number }) => `${p.from}–${p.to}, in total`,
  "present.whenWritten": "when the article was written",
  "present.listSep": ", ",
  "present.noteColon": ": ",
  "present.hedgeSep": ", ",
  "present.hedges": (p: { list: string }) => `${p.list}: as the source hedges it`,
  "present.chartDerived": (p: { name: string; year: number; formula: string }) =>
    `○ ${p.name}, ${p.year}: derived, ${p.formula}`,
  "present.trendHeading": (p: { theme: string }) => `${p.theme}: the trend`,
  "present.chartTooLarge": "These values are too large to draw; `jjj show` gives them in full.",
  "present.nearestYear": (p: { from: number; to: number }) =>
    `(2013) etc.: no figure for ${p.from} or ${p.to}; the nearest year is used`,
  "present.statedOnlyNote": "— only the change is stated, not the values",
  "present.closingTitle": (p: { from: number; to: number }) => `${p.from} → ${p.to}: what changed`,
  "present.closingSource":
    "Sources: the article (§ section, ¶ paragraph); official rows name their source by its id (jjj sources lists them). jjj compare gives every detail.",
  "present.official": "official",
  "present.titleHeading": "Title",
  "present.article": "article",
  "present.sourcePrefix": "Source: ",
  "present.sourceArticle": (p: { title: string }) => `the article “${p.title}”`,
  "present.sourceArticleSections": (p: { title: string; sections: string }) => `the article “${p.title}” ${p.sections}`,
  "present.sourceOfficial": (p: { publishers: string }) => `official figures: ${p.publishers}`,
  "present.yourData": "your data",
  "present.sourceJoin": "; ",
  "present.keyNext": "next slide",
  "present.keyPrev": "previous slide",
  "present.keyEnds": "first, last slide",
  "present.keyNumber": "number + Enter",
  "present.keyGoto": "go to that slide (6 Enter)",
  "present.keyLang": "switch English / 中文",
  "present.keyHelp": "show or close these keys",
  "present.keyQuit": "quit, and give the terminal back",
  "present.keys": "Keys",
  "present.auto": (p: { seconds: number }) => `Auto: a new slide every ${p.seconds} s, round and round`,
  "present.anyKey": "any key to go back",
  "present.typing": (p: { typed: string }) => `go to ${p.typed}▏ Enter`,
  "present.missed": (p: { missed: string; count: number }) => `no slide ${p.missed} (1–${p.count})`,
  "present.status": "← → move · ? keys · q quit",
  "present.autoStatus": (p: { seconds: number }) => `auto ${p.seconds} s`,
  "present.enlarge": "Enlarge the window",
  "present.noFormat": "`jjj present` shows slides: --json, --format and --fields do not apply",
  "present.noFormatHint": "--export md writes Markdown slides; for data, use jjj compare --json or jjj export --json",
} as const;

const quiz = {
  "quiz.true": "True",
  "quiz.false": "False",
  "quiz.describe": (p: { label: string; when: string }) => (p.when ? `${p.label}, ${p.when}` : p.label),
  "quiz.inferredMark": " ‡",
  "quiz.valueQuestion": (p: { what: string }) => `${p.what}: which figure does the source give?`,
  "quiz.asStated": (p: { stated: string }) => ` (as stated: “${p.stated}”)`,
  "quiz.valueExplanation": (p: { value: string; what: string; stated: string }) =>
    `The source gives ${p.value} for ${p.what}${p.stated}.`,
  "quiz.inferredNote": (p: { note: string }) => ` ‡ ${p.note}`,
  "quiz.yearChoice": (p: { year: number }) => String(p.year),
  "quiz.eventQuestion": (p: { label: string }) => `${p.label}: in which year?`,
  "quiz.eventExplanation": (p: { label: string; date: string }) => `${p.label}: ${p.date}.`,
  "quiz.seriesQuestion": (p: { label: string; value: string }) => `${p.label}: in which year was it ${p.value}?`,
  "quiz.seriesOther": (p: { value: string; year: number }) => `${p.value} in ${p.year}`,
  "quiz.seriesExplanation": (p: { label: string; value: string; year: number; others: string }) =>
    `${p.label} was ${p.value} in ${p.year}; ${p.others}.`,
  "quiz.listSep": ", ",
  "quiz.placed": (p: { label: string; place: string }) => `${p.label} (${p.place})`,
  "quiz.itemWhen": (p: { name: string; when: string }) => `${p.name}, ${p.when}`,
  "quiz.period": (p: { from: number; to: number }) => `over ${p.from}–${p.to}`,
  "quiz.whenWritten": "when the article was written",
  "quiz.inYear": (p: { year: number }) => `in ${p.year}`,
  "quiz.largerQuestion": (p: { when: string }) =>
    p.when ? `Which figure was larger ${p.when}?` : "Which figure was larger?",
  "quiz.itemValue": (p: { name: string; value: string }) => `${p.name}: ${p.value}`,
  "quiz.largerExplanation": (p: { big: string; small: string }) => `${p.big}, more than ${p.small}.`,
  "quiz.changeEnd": (p: { year: number; value: string }) => `${p.year}: ${p.value}`,
  "quiz.derivedNote": (p: { year: number; formula: string }) => ` *The ${p.year} value is derived: ${p.formula}.`,
  "quiz.changeQuestion": (p: { label: string; from: number; to: number }) =>
    `${p.label}: by how much did it change from ${p.from} to ${p.to}?`,
  "quiz.changeExplanation": (p: { from: string; to: string; answer: string; stated: string; derived: string }) =>
    `${p.from} → ${p.to}: ${p.answer}${p.stated}.${p.derived}`,
  "quiz.trueFalseQuestion": (p: { what: string; value: string }) => `True or false? ${p.what}: ${p.value}.`,
  "quiz.trueExplanation": (p: { value: string }) => `True: the source gives ${p.value}.`,
  "quiz.falseExplanation": (p: { value: string; claimed: string }) =>
    `False: the source gives ${p.value}, not ${p.claimed}.`,
  "quiz.aboutTheme": (p: { theme: string }) => ` (theme ${p.theme})`,
  "quiz.title": (p: { n: number; about: string }) => `Quiz: ${p.n} question${p.n === 1 ? "" : "s"}${p.about}`,
  "quiz.seedLine": (p: { seed: number }) => `Seed ${p.seed}: jjj quiz --seed ${p.seed} gives the same questions`,
  "quiz.questionHead": (p: { number: number; total: number; theme: string }) =>
    `Question ${p.number}/${p.total} · ${p.theme}`,
  "quiz.prompt": (p: { last: string }) => `Answer (a–${p.last}, q to stop): `,
  "quiz.sourcesSep": "; ",
  "quiz.articleSource": (p: { heading: string; paragraph: number }) =>
    `article, section “${p.heading}”${p.paragraph ? `, paragraph ${p.paragraph}` : ""}`,
  "quiz.officialFigure": (p: { publisher: string }) => `official figure: ${p.publisher}`,
  "quiz.right": "Right: ",
  "quiz.answerIs": "The answer is ",
  "quiz.source": "Source: ",
  "quiz.notAnAnswer": (p: { input: string; last: string }) =>
    `"${p.input}" is not an answer: type a letter a–${p.last}, or q to stop\n`,
  "quiz.stopped": (p: { asked: number; total: number }) => `Stopped after ${p.asked} of ${p.total} questions. `,
  "quiz.score": (p: { right: number; asked: number }) => `Score: ${p.right}/${p.asked}`,
  "quiz.colQuestion": "Question",
  "quiz.colChoices": "Choices",
  "quiz.colAnswer": "Answer",
  "quiz.none": "No questions can be made.",
  "quiz.worksheet": "Quiz",
  "quiz.worksheetSeed": (p: { seed: number }) => ` (seed ${p.seed})`,
  "quiz.answers": "Answers",
  "quiz.fewerAbout": (p: { theme: string }) => ` about ${p.theme}`,
  "quiz.fewer": (p: { made: number; asked: number; where: string }) =>
    `note: only ${p.made} questions can be made${p.where} (${p.asked} asked for)\n`,
} as const;

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
