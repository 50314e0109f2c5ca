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

const chart = {} as const;

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
