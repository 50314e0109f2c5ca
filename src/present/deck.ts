/**
 * The slide deck of `jjj present`: data → slides as view models, in one language. Pure: every
 * figure, word and source on a slide is decided here; the renderer only lays them out on a screen
 * of some size (and draws the trend chart at that size, through the chart slide's `draw`).
 */
import type { Paint } from "../core/color.js";
import type { Lang } from "../core/lang.js";
import { say } from "../core/messages/index.js";
import { terminalSafe, visibleLine } from "../core/text.js";
import type { Dataset } from "../dataset/load.js";
import type { EventFact, Fact, Locator, QuantityFact, Theme } from "../dataset/schema.js";
import { UNITS } from "../dataset/units.js";
import { type ChartFact, type ChartSeries, chartFacts, lineSeries } from "../query/chart.js";
import { type CompareRow, compare, compareFact } from "../query/compare.js";
import { type Point, points } from "../query/points.js";
import { renderLineChart } from "../render/chart.js";
import {
  formatDate,
  formatHeadlineChange,
  formatPercent,
  formatScaled,
  formatValue,
  QUALIFIER_TEXT,
  qualifierSign,
  unitScale,
} from "../render/format.js";
import { lineChartView, sourcesOf } from "../view/chart.js";
import { derivationText, locator, type ViewContext } from "../view/common.js";
import { pointWhen } from "../view/facts.js";

/** The years the deck tells the story of. */
const FROM = 2014;
const TO = 2020;

/**
 * Values a trend chart draws: beyond this a scale's steps could overflow (a data file may hold
 * 1e308); such a slide says so instead of drawing.
 */
const DRAWABLE = 1e300;

/** A slide holds at most this many headline figures: four read from the back of a room. */
const MAX_FIGURES = 4;

/**
 * The headline figures of each theme, in order: an editor's choice, as the overview's. A theme not
 * listed here (a user's own data) takes its first quantities, then its events.
 */
const THEME_HEADLINES: ReadonlyMap<string, readonly string[]> = new Map(
  Object.entries({
    "function-relief": ["high-tech-share", "labour-productivity", "years-since-launch"],
    transport: ["daxing-airport-build-time", "expressway-length", "expressway-length-official"],
    "government-relocation": ["relocated-departments", "relocated-staff"],
    ecology: ["pm25", "water-quality-share", "monitoring-sections"],
    innovation: ["tech-contracts-annual", "tech-contracts-cumulative", "zgc-branches", "binhai-zgc-park-firms"],
    "paired-assistance": ["poverty-lifted-population", "assistance-funds", "assistance-projects", "assisted-counties"],
    livelihood: ["medical-pilot-institutions", "hebei-medical-pilot-institutions"],
    mechanisms: ["tianjin-hebei-major-ports", "tianjin-hebei-coastline"],
  }),
);

/** One headline figure: a number to show in large type, with what it means and where it is from. */
export interface Figure {
  factId: string;
  label: string;
  /** The number as shown, with its hedge and sign: "44", "≥280,000", ">+25%", "64.5%", "2017". */
  big: string;
  /** The unit after the number: "µg/m³", "bn yuan", "" (a percentage carries its own %). */
  unit: string;
  /** When (and where) the number holds, or the comparison it ends: "2014: 89.8* → 2020: 44 (−51%)". */
  context: string;
  /** What the figure is, in one sentence. */
  explanation: string;
  /** Where it comes from: "article §5 ¶2", or the official publisher. */
  source: string;
  /** A number on this figure is derived from a stated change (marked *, explained in the notes). */
  derived: boolean;
}

interface SlideBase {
  /** A few words for the status line and the agenda. */
  heading: string;
  /** Footnotes: derived values, hedges, inferred years. */
  notes: string[];
  /** The source line at the foot of the slide. */
  source: string;
}

export interface TitleSlide extends SlideBase {
  kind: "title";
  title: string;
  subtitle: string;
  /** "2014 → 2020", drawn in large type. */
  span: string;
  /** The slides to come, with their numbers (number + Enter jumps there). */
  agenda: { number: number; text: string }[];
}

export interface ThemeSlide extends SlideBase {
  kind: "theme";
  theme: string;
  order: number;
  title: string;
  /** The theme's name in the other language. */
  alt: string;
  summary: string;
  figures: Figure[];
}

/** Draw the chart at a size: the lines of the chart, its legend and key. */
export type DrawChart = (width: number, height: number, look: { paint: Paint; ascii: boolean }) => string[];

export interface ChartSlide extends SlideBase {
  kind: "chart";
  theme: string;
  title: string;
  /** The fact whose trend is drawn. */
  factId: string;
  draw: DrawChart;
}

export interface ClosingRow {
  label: string;
  official: boolean;
  /** "%", "µg/m³", "bn yuan". */
  unit: string;
  from: string;
  to: string;
  change: string;
  trend: string;
  source: string;
}

export interface ClosingSlide extends SlideBase {
  kind: "closing";
  title: string;
  columns: { label: string; from: string; to: string; change: string; trend: string; official: string };
  rows: ClosingRow[];
}

export type Slide = TitleSlide | ThemeSlide | ChartSlide | ClosingSlide;

export interface Deck {
  lang: Lang;
  slides: Slide[];
}

export interface DeckOptions {
  /** Only this theme (its slide, its chart, its comparison). */
  theme?: string;
}

/** The first sentence of an explanation: up to the first full stop or semicolon. */
export function firstSentence(text: string, lang: Lang): string {
  if (lang === "zh") {
    const end = text.search(/[。；]/);
    return end < 0 ? text : text.slice(0, end);
  }
  const m = /^(.+?)[.;](?:\s|$)/.exec(text);
  return m?.[1] ?? text.replace(/[.;]$/, "");
}

function articleTitle(ctx: ViewContext): string {
  const article = ctx.dataset.sources.find((s) => s.kind === "article");
  return article ? article.title.zh : "";
}

/** The article's section number of a locator: 0 for the lead, a theme's order for its section. */
function sectionNumber(ctx: ViewContext, loc: Locator): number | undefined {
  if (loc.section === undefined) return undefined;
  if (loc.section === "lead") return 0;
  return ctx.dataset.themes.find((th) => th.id === loc.section)?.order;
}

/**
 * The source line of a slide, naming where its figures really come from: the article's sections
 * for article facts, the publishers for official ones, "your data" for a user's own. Without
 * facts (the title slide), the article.
 */
function sourceLine(ctx: ViewContext, facts: readonly Fact[]): string {
  const { lang } = ctx;
  const title = articleTitle(ctx);
  const parts: string[] = [];
  const article = facts.filter((f) => f.layer === "article");
  const sections = [
    ...new Set(article.flatMap((f) => factLocators(f).flatMap((l) => sectionNumber(ctx, l) ?? []))),
  ].sort((a, b) => a - b);
  if (!facts.length || article.length)
    parts.push(
      sections.length
        ? say(lang, "present.sourceArticleSections", {
            title,
            sections: sections.map((n) => `§${n}`).join(say(lang, "present.listSep")),
          })
        : say(lang, "present.sourceArticle", { title }),
    );
  const official = facts.filter((f) => f.layer === "supplement");
  if (official.length)
    parts.push(
      say(lang, "present.sourceOfficial", {
        publishers: sourcesOf(
          ctx,
          official.flatMap((f) => factLocators(f).filter((l) => l.section === undefined)),
        ),
      }),
    );
  if (facts.some((f) => f.layer === "user")) parts.push(say(lang, "present.yourData"));
  return `${say(lang, "present.sourcePrefix")}${parts.join(say(lang, "present.sourceJoin"))}`;
}

/** Every locator of a fact: its values' (or its date's) and its stated changes'. */
function factLocators(fact: Fact): Locator[] {
  if (fact.kind === "event") return [fact.source];
  return [...points(fact).map((p) => p.source), ...(fact.changes ?? []).map((c) => c.source)];
}

/** A figure's source: the article's section and paragraph, the publisher, or "your data". */
function figureSource(ctx: ViewContext, fact: Fact, locs: readonly Locator[]): string {
  return fact.layer === "user" ? say(ctx.lang, "present.yourData") : sourcesOf(ctx, locs);
}

/** The unit after a value, as formatValue words it ("1 hour", "35 departments"); none for a share. */
function unitAfter(fact: QuantityFact, value: number, lang: Lang): string {
  if (UNITS[fact.unit].share) return "";
  const scale = unitScale(fact.unit, lang, fact.counter, [value]);
  const number = formatScaled(value, scale, lang);
  return formatValue(value, fact.unit, lang, { counter: fact.counter }).slice(number.length).trim();
}

interface Marks {
  notes: string[];
  hedges: Set<string>;
  /** Inferred years: the note, and the labels of the figures it applies to. */
  inferred: Map<string, string[]>;
}

function newMarks(): Marks {
  return { notes: [], hedges: new Set(), inferred: new Map() };
}

function inferred(marks: Marks, label: string, note: string): void {
  const labels = marks.inferred.get(note) ?? [];
  if (!labels.includes(label)) labels.push(label);
  marks.inferred.set(note, labels);
}

function hedgeOf(p: Pick<Point, "qualifier">, marks: Marks): void {
  if (p.qualifier) marks.hedges.add(p.qualifier);
}

/** Notes for an inferred year and a derived value on a figure. */
function pointNotes(ctx: ViewContext, fact: QuantityFact, p: Point, marks: Marks): void {
  const { lang } = ctx;
  if (p.derived) {
    const d = derivationText(ctx, fact, p.derived, p.value);
    marks.notes.push(
      say(lang, "present.derivedNote", {
        label: fact.label[lang],
        year: p.year as number,
        formula: d.formula,
        low: d.low,
        high: d.high,
      }),
    );
  }
  if (p.yearInferred && p.yearNote) inferred(marks, fact.label[lang], p.yearNote[lang]);
}

function quantityFigures(ctx: ViewContext, fact: QuantityFact, marks: Marks): Figure[] {
  const { lang } = ctx;
  const base = {
    factId: fact.id,
    label: fact.label[lang],
    explanation: firstSentence(fact.explanation[lang], lang),
  };
  const share = UNITS[fact.unit].share === true;
  const row = compareFact(fact, { from: FROM, to: TO });
  if (row?.from && row.to) return [compareFigure(ctx, row, base, marks)];
  if (row?.change.stated && row.change.relative !== null) {
    // Only the change is stated (the expressways grew by more than 25%): the change is the figure.
    const c = row.change.stated;
    if (c.qualifier) marks.hedges.add(c.qualifier);
    const bound = qualifierSign(c.qualifier);
    return [
      {
        ...base,
        big: `${bound}${formatPercent(row.change.relative)}`,
        unit: "",
        context: say(lang, "present.onlyChange", { from: c.from, to: c.to }),
        source: figureSource(ctx, fact, [c.source]),
        derived: false,
      },
    ];
  }
  const shown = points(fact).filter((p) => !p.derived);
  // Several figures of one fact are told apart by their place, which then leads the label.
  const byPlace = shown.length > 1 && shown.every((p) => p.place !== undefined);
  return shown.map((p) => {
    hedgeOf(p, marks);
    pointNotes(ctx, fact, p, marks);
    const scale = unitScale(fact.unit, lang, fact.counter, [p.value]);
    const number = formatScaled(p.value, scale, lang, { qualifier: p.qualifier });
    const at: Point = byPlace ? { ...p, place: undefined } : p;
    const when = at.period
      ? say(lang, "present.periodTotal", { from: at.period.from, to: at.period.to })
      : pointWhen(ctx, at);
    const place = at.asOfPublication && !at.place && !at.category ? say(lang, "present.whenWritten") : when;
    const placeName = byPlace ? ctx.dataset.places.find((pl) => pl.id === p.place)?.name[lang] : undefined;
    return {
      ...base,
      label: placeName ? say(lang, "present.placeLabel", { place: placeName, label: base.label }) : base.label,
      big: `${number}${share ? "%" : ""}${p.yearInferred ? "‡" : ""}`,
      unit: unitAfter(fact, p.value, lang),
      context: `${place}${p.yearInferred ? " ‡" : ""}`,
      source: figureSource(ctx, fact, [p.source]),
      derived: false,
    };
  });
}

function compareFigure(
  ctx: ViewContext,
  row: CompareRow,
  base: Pick<Figure, "factId" | "label" | "explanation">,
  marks: Marks,
): Figure {
  const { lang } = ctx;
  const { fact } = row;
  const from = row.from?.point as Point;
  const to = row.to?.point as Point;
  const share = UNITS[fact.unit].share === true;
  const scale = unitScale(fact.unit, lang, fact.counter, [from.value, to.value]);
  const num = (p: Point) =>
    `${formatScaled(p.value, scale, lang, { qualifier: p.qualifier })}${share ? "%" : ""}${p.derived ? "*" : ""}${p.yearInferred ? "‡" : ""}`;
  for (const p of [from, to]) {
    hedgeOf(p, marks);
    pointNotes(ctx, fact, p, marks);
  }
  const change = formatHeadlineChange(row.change, lang);
  const end = (p: Point) => say(lang, "present.yearValue", { year: p.year as number, value: num(p) });
  const context = say(lang, "present.compareContext", { from: end(from), to: end(to), change });
  const number = formatScaled(to.value, scale, lang, { qualifier: to.qualifier });
  const locs: Locator[] = [from, to].flatMap((p) =>
    p.derived ? [p.derived.change.source, p.derived.input.source] : [p.source],
  );
  if (row.change.stated) locs.push(row.change.stated.source);
  return {
    ...base,
    big: `${number}${share ? "%" : ""}${to.derived ? "*" : ""}${to.yearInferred ? "‡" : ""}`,
    unit: share ? "" : scale.unit,
    context,
    source: figureSource(ctx, fact, locs),
    derived: from.derived !== undefined || to.derived !== undefined,
  };
}

function eventFigure(ctx: ViewContext, fact: EventFact, marks: Marks): Figure {
  const { lang } = ctx;
  if (fact.yearInferred && fact.yearNote) inferred(marks, fact.label[lang], fact.yearNote[lang]);
  return {
    factId: fact.id,
    label: fact.label[lang],
    big: `${fact.date.slice(0, 4)}${fact.yearInferred ? "‡" : ""}`,
    unit: "",
    context: `${formatDate(fact.date, lang, fact.approximate === true)}${fact.yearInferred ? " ‡" : ""}`,
    explanation: firstSentence(fact.explanation[lang], lang),
    source: figureSource(ctx, fact, [fact.source]),
    derived: false,
  };
}

/** The facts a theme's slide shows: its headline list, else (or to make two) its first quantities, then events. */
export function headlineFacts(dataset: Dataset, theme: string): Fact[] {
  const own = dataset.facts.filter((f) => f.theme === theme);
  const listed = (THEME_HEADLINES.get(theme) ?? []).flatMap((id) => own.filter((f) => f.id === id));
  if (listed.length >= 2) return listed;
  const byLayer = (f: Fact) => (f.layer === "article" ? 0 : 1);
  const rest = own
    .filter((f) => !listed.includes(f))
    .map((f, i) => ({ f, i }))
    .sort(
      (a, b) =>
        (a.f.kind === b.f.kind ? 0 : a.f.kind === "quantity" ? -1 : 1) || byLayer(a.f) - byLayer(b.f) || a.i - b.i,
    )
    .map((x) => x.f);
  return [...listed, ...rest].slice(0, MAX_FIGURES);
}

const HEDGE_ORDER = ["atLeast", "moreThan", "lessThan", "atMost", "about"] as const;

/** A slide's notes: derived values, inferred years (one note for the figures that share it), hedges. */
function notesOf(lang: Lang, marks: Marks): string[] {
  const colon = say(lang, "present.noteColon");
  const years = [...marks.inferred].map(
    ([note, labels]) => `‡ ${labels.join(say(lang, "present.listSep"))}${colon}${note}`,
  );
  const used = HEDGE_ORDER.filter((q) => marks.hedges.has(q));
  const list = used.map((q) => `${qualifierSign(q)} ${QUALIFIER_TEXT[q][lang]}`).join(say(lang, "present.hedgeSep"));
  const hedges = used.length ? [say(lang, "present.hedges", { list })] : [];
  return [...new Set(marks.notes), ...years, ...hedges];
}

function themeSlide(ctx: ViewContext, theme: Theme): ThemeSlide {
  const { lang } = ctx;
  const marks = newMarks();
  const facts = headlineFacts(ctx.dataset, theme.id);
  const figures = facts
    .flatMap((f) => (f.kind === "quantity" ? quantityFigures(ctx, f, marks) : [eventFigure(ctx, f, marks)]))
    .slice(0, MAX_FIGURES);
  const other: Lang = lang === "zh" ? "en" : "zh";
  return {
    kind: "theme",
    theme: theme.id,
    order: theme.order,
    heading: theme.name[lang],
    title: theme.name[lang],
    alt: theme.name[other],
    summary: theme.summary[lang],
    figures,
    notes: notesOf(lang, marks),
    source: sourceLine(
      ctx,
      facts.filter((f) => figures.some((fig) => fig.factId === f.id)),
    ),
  };
}

/** The series a theme's trend chart draws: the first headline fact that has three yearly points or more in a series. */
function trendOf(dataset: Dataset, theme: string): { fact: QuantityFact; facts: ChartFact[] } | undefined {
  for (const fact of headlineFacts(dataset, theme)) {
    if (fact.kind !== "quantity") continue;
    const { facts } = chartFacts(dataset, [fact]);
    const series = lineSeries(facts, fact.unit);
    if (
      series.some((s) => s.points.length >= 3) &&
      facts.every((f) => UNITS[f.fact.unit].base === UNITS[fact.unit].base)
    )
      return { fact, facts };
  }
  return undefined;
}

function chartSlide(ctx: ViewContext, theme: Theme): ChartSlide | undefined {
  const trend = trendOf(ctx.dataset, theme.id);
  if (!trend) return undefined;
  const { lang } = ctx;
  const { fact, facts } = trend;
  const series: ChartSeries[] = lineSeries(facts, fact.unit);
  const notes: string[] = [];
  for (const s of series) {
    for (const p of s.points) {
      if (!p.derived) continue;
      const d = derivationText(ctx, s.fact, p.derived, p.factValue);
      const name = s.fact.label[lang];
      notes.push(say(lang, "present.chartDerived", { name, year: p.year, formula: d.formula }));
    }
  }
  const drawable = series.every((sr) => sr.points.every((p) => Math.abs(p.plotted) < DRAWABLE));
  const draw: DrawChart = (width, height, look) => {
    if (!drawable) return [say(lang, "present.chartTooLarge")];
    const view = lineChartView(ctx, series, { width, height, unit: fact.unit, indexed: false });
    // The slide gives the derivations in short; the chart's other notes stay with `jjj chart`.
    return renderLineChart({ ...view, notes: [] }, { chalk: look.paint, width, ascii: look.ascii })
      .replace(/\n$/, "")
      .split("\n");
  };
  return {
    kind: "chart",
    theme: theme.id,
    factId: fact.id,
    heading: say(lang, "present.trendHeading", { theme: theme.name[lang] }),
    title: theme.name[lang],
    draw,
    notes,
    source: sourceLine(
      ctx,
      series.map((s) => s.fact),
    ),
  };
}

function endText(ctx: ViewContext, row: CompareRow, which: "from" | "to"): string {
  const e = row[which];
  if (!e) return "—";
  const { fact } = row;
  const scale = unitScale(
    fact.unit,
    ctx.lang,
    fact.counter,
    [row.from?.point.value, row.to?.point.value].filter((v): v is number => v !== undefined),
  );
  const p = e.point;
  return `${formatScaled(p.value, scale, ctx.lang, { qualifier: p.qualifier })}${p.derived ? "*" : ""}${p.yearInferred ? "‡" : ""}${e.substituted ? ` (${p.year})` : ""}`;
}

function closingSlide(ctx: ViewContext, theme: string | undefined): ClosingSlide | undefined {
  const { lang } = ctx;
  const rows = compare(ctx.dataset, { from: FROM, to: TO, theme });
  if (!rows.length) return undefined;
  const marks = newMarks();
  let substituted = false;
  let statedOnly = false;
  const out: ClosingRow[] = rows.map((row) => {
    const { fact, change: c } = row;
    for (const e of [row.from, row.to]) {
      if (!e) continue;
      hedgeOf(e.point, marks);
      if (e.point.derived || e.point.yearInferred) pointNotes(ctx, fact, e.point, marks);
      if (e.substituted) substituted = true;
    }
    if (c.bound) marks.hedges.add(c.bound);
    if (!row.from && !row.to) statedOnly = true;
    const change = formatHeadlineChange(c, lang, "—");
    const d = row.direction;
    const delta = c.absolute ?? c.relative ?? 0;
    const arrow = d === "unchanged" ? "=" : delta > 0 ? "▲" : "▼";
    const ends = [row.from?.point.value, row.to?.point.value].filter((v): v is number => v !== undefined);
    const scale = unitScale(fact.unit, lang, fact.counter, ends);
    const src = row.to?.point.source ?? row.from?.point.source ?? c.stated?.source;
    return {
      label: fact.label[lang],
      official: fact.layer === "supplement",
      unit: UNITS[fact.unit].share ? "%" : scale.unit,
      from: endText(ctx, row, "from"),
      to: endText(ctx, row, "to"),
      change,
      trend: d ? `${arrow} ${say(lang, `direction.${d}`)}` : "",
      source: src ? locator(ctx, src) : "",
    };
  });
  const extra: string[] = [];
  if (substituted) extra.push(say(lang, "present.nearestYear", { from: FROM, to: TO }));
  if (statedOnly) marks.notes.push(say(lang, "present.statedOnlyNote"));
  return {
    kind: "closing",
    heading: say(lang, "present.closingTitle", { from: FROM, to: TO }),
    title: say(lang, "present.closingTitle", { from: FROM, to: TO }),
    columns: {
      label: say(lang, "word.quantity"),
      from: String(FROM),
      to: String(TO),
      change: say(lang, "word.change"),
      trend: say(lang, "word.trend"),
      official: say(lang, "present.official"),
    },
    rows: out,
    notes: [...notesOf(lang, marks), ...extra],
    source: say(lang, "present.closingSource"),
  };
}

function titleSlide(
  ctx: ViewContext,
  agenda: { number: number; text: string }[],
  theme: Theme | undefined,
): TitleSlide {
  const { lang } = ctx;
  return {
    kind: "title",
    heading: say(lang, "present.titleHeading"),
    title: say(lang, "app.title"),
    subtitle: theme ? theme.name[lang] : say(lang, "app.subtitle"),
    span: `${FROM} → ${TO}`,
    agenda,
    notes: [],
    source: sourceLine(ctx, []),
  };
}

/** The deck in one language: a title slide, a slide per theme (and its trend), and the comparison. */
export function buildDeck(ctx: ViewContext, opts: DeckOptions = {}): Deck {
  const themes = ctx.dataset.themes.filter((th) => opts.theme === undefined || th.id === opts.theme);
  const body: Slide[] = [];
  for (const theme of themes) {
    body.push(themeSlide(ctx, theme));
    const chart = chartSlide(ctx, theme);
    if (chart) body.push(chart);
  }
  const closing = closingSlide(ctx, opts.theme);
  if (closing) body.push(closing);
  const agenda = body.map((s, i) => ({
    number: i + 2,
    text: s.heading,
  }));
  const only = opts.theme === undefined ? undefined : themes[0];
  return { lang: ctx.lang, slides: [titleSlide(ctx, agenda, only), ...body].map(inert) };
}

/**
 * Every text of a slide as data, never control: control characters and line breaks made visible
 * (a label stays one line), the chart's lines too (its own colours kept).
 */
function inert<S extends Slide>(slide: S): S {
  const clean = (v: unknown): unknown => {
    if (typeof v === "string") return visibleLine(v);
    if (Array.isArray(v)) return v.map(clean);
    if (v && typeof v === "object") return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, clean(x)]));
    return v;
  };
  const out = clean({ ...slide, draw: undefined }) as S;
  if (slide.kind === "chart") {
    const draw = slide.draw;
    (out as ChartSlide).draw = (width, height, look) =>
      draw(width, height, look).map((line) => terminalSafe(line, look.paint.level > 0));
  }
  return out;
}

/** The deck in both languages, slide for slide (the `l` key switches between them). */
export function buildDecks(dataset: Dataset, opts: DeckOptions = {}): Record<Lang, Deck> {
  return { zh: buildDeck({ dataset, lang: "zh" }, opts), en: buildDeck({ dataset, lang: "en" }, opts) };
}
