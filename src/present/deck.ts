/**
 * The slide deck of `jjj present`: data → slides as view models, in one language. Pure: every
 * figure, word and source on a slide is decided here; the renderer only lays them out on a screen
 * of some size (and draws the trend chart at that size, through the chart slide's `draw`).
 */
import type { Paint } from "../core/color.js";
import type { Lang } from "../core/lang.js";
import type { Dataset } from "../dataset/load.js";
import type { EventFact, Fact, Locator, QuantityFact, Theme } from "../dataset/schema.js";
import { UNITS } from "../dataset/units.js";
import { t } from "../i18n/messages.js";
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

/** A slide holds at most this many headline figures: four read from the back of a room. */
const MAX_FIGURES = 4;

/**
 * The headline figures of each theme, in order: an editor's choice, as the overview's. A theme not
 * listed here (a user's own data) takes its first quantities, then its events.
 */
const THEME_HEADLINES: Readonly<Record<string, readonly string[]>> = {
  "function-relief": ["high-tech-share", "labour-productivity", "years-since-launch"],
  transport: ["daxing-airport-build-time", "expressway-length", "expressway-length-official"],
  "government-relocation": ["relocated-departments", "relocated-staff"],
  ecology: ["pm25", "water-quality-share", "monitoring-sections"],
  innovation: ["tech-contracts-annual", "tech-contracts-cumulative", "zgc-branches", "binhai-zgc-park-firms"],
  "paired-assistance": ["poverty-lifted-population", "assistance-funds", "assistance-projects", "assisted-counties"],
  livelihood: ["medical-pilot-institutions", "hebei-medical-pilot-institutions"],
  mechanisms: ["tianjin-hebei-major-ports", "tianjin-hebei-coastline"],
};

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
  columns: { label: string; from: string; to: string; change: string; trend: string };
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

const say = (lang: Lang, zh: string, en: string) => (lang === "zh" ? zh : en);

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

/** The source line of a slide: the article's section (official figures name their publisher themselves). */
function sourceLine(ctx: ViewContext, section: number | undefined): string {
  const title = articleTitle(ctx);
  if (ctx.lang === "zh") return `来源：文章《${title}》${section === undefined ? "" : `第${section}节（§${section}）`}`;
  return `Source: ${section === undefined ? "" : `section ${section} (§${section}) of `}the article “${title}”`;
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
      say(
        lang,
        `* ${fact.label.zh} ${p.year}年为推算值：${d.formula}（真实值在 ${d.low} 与 ${d.high} 之间）`,
        `* ${fact.label.en}, ${p.year}: derived, ${d.formula} (the true value lies between ${d.low} and ${d.high})`,
      ),
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
        context: say(lang, `${c.from}—${c.to}年（文中只给出增幅）`, `${c.from}–${c.to} (only the change is stated)`),
        source: sourcesOf(ctx, [c.source]),
        derived: false,
      },
    ];
  }
  return points(fact)
    .filter((p) => !p.derived)
    .map((p) => {
      hedgeOf(p, marks);
      pointNotes(ctx, fact, p, marks);
      const scale = unitScale(fact.unit, lang, fact.counter, [p.value]);
      const number = formatScaled(p.value, scale, lang, { qualifier: p.qualifier });
      const when = p.period
        ? say(lang, `${p.period.from}—${p.period.to}年累计`, `${p.period.from}–${p.period.to}, in total`)
        : pointWhen(ctx, p);
      const place =
        p.asOfPublication && !p.place && !p.category ? say(lang, "文章发表时", "when the article was written") : when;
      return {
        ...base,
        big: `${number}${share ? "%" : ""}`,
        unit: unitAfter(fact, p.value, lang),
        context: `${place}${p.yearInferred ? " ‡" : ""}`,
        source: sourcesOf(ctx, [p.source]),
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
  const year = (p: Point) => (lang === "zh" ? `${p.year}年` : `${p.year}:`);
  const context =
    lang === "zh"
      ? `${year(from)} ${num(from)} → ${year(to)} ${num(to)}${change ? `（${change}）` : ""}`
      : `${year(from)} ${num(from)} → ${year(to)} ${num(to)}${change ? ` (${change})` : ""}`;
  const number = formatScaled(to.value, scale, lang, { qualifier: to.qualifier });
  const locs: Locator[] = [from, to].flatMap((p) =>
    p.derived ? [p.derived.change.source, p.derived.input.source] : [p.source],
  );
  if (row.change.stated) locs.push(row.change.stated.source);
  return {
    ...base,
    big: `${number}${share ? "%" : ""}${to.derived ? "*" : ""}`,
    unit: share ? "" : scale.unit,
    context,
    source: sourcesOf(ctx, locs),
    derived: from.derived !== undefined || to.derived !== undefined,
  };
}

function eventFigure(ctx: ViewContext, fact: EventFact, marks: Marks): Figure {
  const { lang } = ctx;
  if (fact.yearInferred && fact.yearNote) inferred(marks, fact.label[lang], fact.yearNote[lang]);
  return {
    factId: fact.id,
    label: fact.label[lang],
    big: fact.date.slice(0, 4),
    unit: "",
    context: `${formatDate(fact.date, lang, fact.approximate === true)}${fact.yearInferred ? " ‡" : ""}`,
    explanation: firstSentence(fact.explanation[lang], lang),
    source: sourcesOf(ctx, [fact.source]),
    derived: false,
  };
}

/** The facts a theme's slide shows: its headline list, else (or to make two) its first quantities, then events. */
export function headlineFacts(dataset: Dataset, theme: string): Fact[] {
  const own = dataset.facts.filter((f) => f.theme === theme);
  const listed = (THEME_HEADLINES[theme] ?? []).flatMap((id) => own.filter((f) => f.id === id));
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
  const colon = say(lang, "：", ": ");
  const years = [...marks.inferred].map(([note, labels]) => `‡ ${labels.join(say(lang, "、", ", "))}${colon}${note}`);
  const used = HEDGE_ORDER.filter((q) => marks.hedges.has(q));
  const list = used.map((q) => `${qualifierSign(q)} ${QUALIFIER_TEXT[q][lang]}`).join(say(lang, "，", ", "));
  const hedges = used.length ? [say(lang, `${list}：原文如此限定`, `${list}: as the source hedges it`)] : [];
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
    source: sourceLine(ctx, theme.order),
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
      notes.push(
        say(lang, `○ ${name} ${p.year}年为推算值：${d.formula}`, `○ ${name}, ${p.year}: derived, ${d.formula}`),
      );
    }
  }
  const draw: DrawChart = (width, height, look) => {
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
    heading: say(lang, `${theme.name.zh}：趋势`, `${theme.name.en}: the trend`),
    title: theme.name[lang],
    draw,
    notes,
    source: sourceLine(ctx, theme.order),
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
  return `${formatScaled(p.value, scale, ctx.lang, { qualifier: p.qualifier })}${p.derived ? "*" : ""}${e.substituted ? ` (${p.year})` : ""}`;
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
      if (e.point.derived) pointNotes(ctx, fact, e.point, marks);
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
      trend: d ? `${arrow} ${t(d, lang)}` : "",
      source: src ? locator(ctx, src) : "",
    };
  });
  const extra: string[] = [];
  if (substituted)
    extra.push(
      say(
        lang,
        `(2013) 等：没有${FROM}年或${TO}年数值时，改用最近的年份`,
        `(2013) etc.: no figure for ${FROM} or ${TO}; the nearest year is used`,
      ),
    );
  if (statedOnly)
    marks.notes.push(say(lang, "— 只给出变化幅度，没有数值", "— only the change is stated, not the values"));
  return {
    kind: "closing",
    heading: say(lang, `${FROM} → ${TO}：变化一览`, `${FROM} → ${TO}: what changed`),
    title: say(lang, `${FROM} → ${TO}：变化一览`, `${FROM} → ${TO}: what changed`),
    columns: {
      label: t("quantity", lang),
      from: String(FROM),
      to: String(TO),
      change: t("change", lang),
      trend: t("trend", lang),
    },
    rows: out,
    notes: [...notesOf(lang, marks), ...extra],
    source: say(
      lang,
      "来源：文章（§ 小节，¶ 段落）；官方补充行注明来源编号，见 jjj sources；全部细节见 jjj compare。",
      "Sources: the article (§ section, ¶ paragraph); official rows name their source by its id (jjj sources lists them). jjj compare gives every detail.",
    ),
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
    heading: say(lang, "标题", "Title"),
    title: t("appTitle", lang),
    subtitle: theme ? theme.name[lang] : t("appSubtitle", lang),
    span: `${FROM} → ${TO}`,
    agenda,
    notes: [],
    source: sourceLine(ctx, undefined),
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
  return { lang: ctx.lang, slides: [titleSlide(ctx, agenda, only), ...body] };
}

/** The deck in both languages, slide for slide (the `l` key switches between them). */
export function buildDecks(dataset: Dataset, opts: DeckOptions = {}): Record<Lang, Deck> {
  return { zh: buildDeck({ dataset, lang: "zh" }, opts), en: buildDeck({ dataset, lang: "en" }, opts) };
}
