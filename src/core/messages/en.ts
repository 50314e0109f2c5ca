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
} as const;

/** The kinds of item a data file lists. */
type DataKind = "sources" | "themes" | "places" | "facts";
const KIND_EN: Record<DataKind, string> = { sources: "source", themes: "theme", places: "place", facts: "fact" };

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
