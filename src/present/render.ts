/**
 * Slides → lines of text, for a screen of a given size: centred, headline numbers in big type
 * when they fit, normal type when the screen is too small. Pure: a slide view model and a size in,
 * lines out; nothing here computes a figure (the chart slide brings its own drawing).
 */
import type { Paint } from "../core/color.js";
import { append } from "../lib/append.js";
import { maxOf } from "../lib/extremes.js";
import { padEnd, padStart } from "../render/text.js";
import { displayWidth } from "../render/width.js";
import type { ChartSlide, ClosingSlide, Figure, Slide, ThemeSlide, TitleSlide } from "./deck.js";
import { bigWidth, drawable, type FontSize, renderBig, SIZES } from "./font.js";
import { cutWords, wrapClamp } from "./wrap.js";

export interface Look {
  paint: Paint;
  ascii: boolean;
}

export interface Frame {
  width: number;
  /** Rows to fill exactly (a screen); undefined: as many as the slide needs (plain text). */
  height?: number;
  /** Headline numbers in big type, where they fit. */
  big: boolean;
}

/** Space left and right of a slide's text. */
const MARGIN = 2;
/** Columns between two figures side by side. */
const GUTTER = 4;
/** The fewest rows a chart's plot is drawn in on a screen. */
const MIN_PLOT = 6;
/** Rows of a chart's plot in plain text. */
const TEXT_CHART_HEIGHT = 12;

// ── Text helpers ────────────────────────────────────────────────────────────────────────────────

/** Cut a (plain) text to a display width after a whole word, ending it with "…" when cut. */
export function truncate(text: string, width: number): string {
  return cutWords(text, width);
}

export { wrapClamp };

/** Centre a line (painted or not) in a width. */
export function centre(line: string, width: number): string {
  const pad = Math.max(0, Math.floor((width - displayWidth(line)) / 2));
  return `${" ".repeat(pad)}${line}`;
}

/** Pad a line with spaces to exactly `width` columns. */

/** Centre a block of lines as a whole: its widest line is centred, the others keep their alignment. */
export function centreBlock(lines: readonly string[], width: number): string[] {
  const widest = maxOf(lines.map(displayWidth), 0);
  const pad = " ".repeat(Math.max(0, Math.floor((width - widest) / 2)));
  return lines.map((l) => (l === "" ? "" : `${pad}${l}`));
}

/** Wrap a text to the width and centre each line, painted. */
function centred(text: string, width: number, paint: (s: string) => string, max?: number): string[] {
  return wrapClamp(text, width, max).map((l) => centre(paint(l), width));
}

// ── Figures ─────────────────────────────────────────────────────────────────────────────────────

interface FigureStyle {
  /** The largest type a figure may take; each figure takes the largest that fits its cell, up to it. */
  size: FontSize | undefined;
  explain: boolean;
}

/** The largest size, up to `cap`, at which a text fits a width in big type. */
function sizeFor(text: string, width: number, cap: FontSize | undefined): FontSize | undefined {
  if (!cap || !drawable(text)) return undefined;
  return SIZES.slice(SIZES.indexOf(cap)).find((size) => bigWidth(text, size) <= width);
}

/**
 * The figure's number: in big type with its unit beside (or under) it, or in normal type. The
 * big type is one block: its rows all start at the same column, the block centred as a whole.
 */
function figureValue(f: Figure, width: number, style: FigureStyle, look: Look): string[] | undefined {
  const { paint } = look;
  const size = sizeFor(f.big, width, style.size);
  if (size) {
    const bw = bigWidth(f.big, size);
    const rows = renderBig(f.big, size, look.ascii);
    const uw = displayWidth(f.unit);
    if (!f.unit) {
      const pad = " ".repeat(Math.max(0, Math.floor((width - bw) / 2)));
      return rows.map((r) => `${pad}${paint.cyan(r)}`);
    }
    if (bw + 1 + uw <= width) {
      // The unit sits on the baseline, right of the number.
      const pad = " ".repeat(Math.max(0, Math.floor((width - bw - 1 - uw) / 2)));
      return rows.map((r, i) => `${pad}${paint.cyan(r)}${i === rows.length - 1 ? ` ${paint.bold(f.unit)}` : ""}`);
    }
    const pad = " ".repeat(Math.max(0, Math.floor((width - bw) / 2)));
    return [...rows.map((r) => `${pad}${paint.cyan(r)}`), ...centred(f.unit, width, paint.bold, 1)];
  }
  // Normal type. A screen (style.size set) still needs the number to fit on one line.
  const text = f.unit ? `${f.big} ${f.unit}` : f.big;
  if (style.size && displayWidth(text) > width) return undefined;
  return centred(text, width, (s) => paint.bold(paint.cyan(s)), 2);
}

function figureBlock(f: Figure, width: number, style: FigureStyle, look: Look): string[] | undefined {
  const { paint } = look;
  const value = figureValue(f, width, style, look);
  if (!value) return undefined;
  return [
    ...centred(f.label, width, paint.bold, 2),
    ...value,
    ...centred(f.context, width, (s) => s, 2),
    ...(style.explain ? centred(f.explanation, width, paint.dim, 2) : []),
    ...centred(f.source, width, paint.dim, 2),
  ];
}

/** Blocks side by side, `cols` to a row, each row centred; rows one blank line apart. */
function grid(blocks: string[][], cols: number, cellWidth: number, width: number): string[] {
  const out: string[] = [];
  for (let i = 0; i < blocks.length; i += cols) {
    const row = blocks.slice(i, i + cols);
    const height = Math.max(...row.map((b) => b.length));
    const rowWidth = row.length * cellWidth + (row.length - 1) * GUTTER;
    const left = " ".repeat(Math.max(0, Math.floor((width - rowWidth) / 2)));
    if (i > 0) out.push("");
    for (let r = 0; r < height; r++) {
      const cells = row.map((b) => padEnd(b[r] ?? "", cellWidth));
      out.push(`${left}${cells.join(" ".repeat(GUTTER))}`.trimEnd());
    }
  }
  return out;
}

/** Column counts to try for n figures, best looking first. */
function columnChoices(n: number): number[] {
  if (n <= 1) return [1];
  if (n === 2) return [2, 1];
  if (n === 3) return [3, 2, 1];
  return [2, 4, 1];
}

/** Styles to try on a screen, from the largest type down; plain text has one. */
function figureStyles(frame: Frame): FigureStyle[] {
  if (!frame.big || frame.height === undefined)
    return [
      { size: undefined, explain: true },
      { size: undefined, explain: false },
    ];
  return [
    ...SIZES.map((size) => ({ size, explain: true })),
    ...SIZES.slice(2).map((size) => ({ size, explain: false })),
    { size: undefined, explain: true },
    { size: undefined, explain: false },
  ];
}

/** The widest a figure's cell grows: wider, and the eye loses the label over the number. */
const MAX_CELL = 80;

/** The smallest type that still reads as a headline from the back of a room. */
const READABLE = SIZES.findIndex((size) => size.name === "large");

/**
 * The one size a slide's figures share at a width, up to `cap`: the largest at which every figure
 * fits that can be drawn at a readable size at all. A figure too wide for that takes the largest
 * size that fits it (or normal type), so that one long number does not make the others small.
 */
function sharedSize(figures: readonly Figure[], width: number, cap: FontSize | undefined): FontSize | undefined {
  const sizes = figures.flatMap((f) => sizeFor(f.big, width, cap) ?? []).map((size) => SIZES.indexOf(size));
  const readable = sizes.filter((i) => i <= READABLE);
  const pool = readable.length ? readable : sizes;
  return pool.length ? SIZES[Math.max(...pool)] : undefined;
}

function* themeBodies(slide: ThemeSlide, frame: Frame, look: Look): Generator<string[]> {
  const inner = frame.width - 2 * MARGIN;
  const plain = frame.height === undefined;
  // Every layout (type size × columns), largest type first: a figure read from the back of the
  // room matters more than its explanation or the number of figures side by side.
  const layouts: { style: FigureStyle; cols: number; width: number }[] = [];
  for (const style of figureStyles(frame)) {
    for (const cols of plain ? [1] : columnChoices(slide.figures.length)) {
      const cell = Math.floor((inner - (cols - 1) * GUTTER) / cols);
      if (cell < 12) continue;
      const width = Math.min(cell, plain ? inner : MAX_CELL);
      layouts.push({ style: { ...style, size: sharedSize(slide.figures, width, style.size) }, cols, width });
    }
  }
  const rank = (size: FontSize | undefined) => (size ? SIZES.indexOf(size) : SIZES.length);
  const ordered = layouts
    .map((l, i) => ({ l, i }))
    .sort((a, b) => rank(a.l.style.size) - rank(b.l.style.size) || a.i - b.i);
  for (const { l } of ordered) {
    const blocks = slide.figures.map((f) => figureBlock(f, l.width, l.style, look));
    if (blocks.some((b) => b === undefined)) continue;
    yield grid(blocks as string[][], l.cols, l.width, frame.width);
  }
}

// ── Other slides ────────────────────────────────────────────────────────────────────────────────

function* titleBodies(slide: TitleSlide, frame: Frame, look: Look): Generator<string[]> {
  const { paint } = look;
  const inner = frame.width - 2 * MARGIN;
  const spans: string[][] = [];
  if (frame.big && frame.height !== undefined) {
    for (const size of SIZES) {
      // In big type the arrow's own margins are space enough: "2014→2020".
      const span = slide.span.replace(/ /g, "");
      if (bigWidth(span, size) <= inner)
        spans.push(centreBlock(renderBig(span, size, look.ascii).map(paint.cyan), frame.width));
    }
  }
  spans.push([centre(paint.bold(paint.cyan(slide.span)), frame.width)]);
  const subtitle = centred(slide.subtitle, inner, paint.dim).map((l) => `${" ".repeat(MARGIN)}${l}`);
  const numberWidth = String(
    maxOf(
      slide.agenda.map((a) => a.number),
      0,
    ),
  ).length;
  const agenda = centreBlock(
    slide.agenda.map(
      (a) => `${paint.dim(String(a.number).padStart(numberWidth))}  ${truncate(a.text, inner - numberWidth - 2)}`,
    ),
    frame.width,
  );
  for (const span of spans) yield [...span, "", ...subtitle, "", ...agenda];
  for (const span of spans) yield [...span, "", ...subtitle];
}

function* chartBodies(slide: ChartSlide, frame: Frame, look: Look, avail: number | undefined): Generator<string[]> {
  const width = Math.min(frame.width - 2 * MARGIN, 140);
  if (width < 30) return;
  if (avail === undefined) {
    yield centreBlock(slide.draw(width, TEXT_CHART_HEIGHT, look), frame.width);
    return;
  }
  // The chart is given every row the slide has for it: its plot is what is left after its title,
  // axis and legend (measured by drawing it once small). Too few rows: the slide drops notes first.
  const probe = slide.draw(width, MIN_PLOT, look).length - MIN_PLOT;
  const height = Math.max(MIN_PLOT, avail - probe);
  yield centreBlock(slide.draw(width, height, look), frame.width);
}

function* closingBodies(slide: ClosingSlide, frame: Frame, look: Look): Generator<string[]> {
  const { paint } = look;
  const inner = frame.width - 2 * MARGIN;
  const c = slide.columns;
  const cols = (key: "from" | "to" | "change" | "trend" | "source") =>
    maxOf(
      slide.rows.map((r) => displayWidth(r[key])),
      displayWidth(key === "source" ? "" : c[key]),
    );
  const w = {
    from: cols("from"),
    to: cols("to"),
    change: cols("change"),
    trend: cols("trend"),
    source: cols("source"),
  };
  const figures = (r: { from: string; to: string; change: string; trend: string }) =>
    `${padStart(r.from, w.from)}  ${padStart(r.to, w.to)}  ${padStart(r.change, w.change)}  ${padEnd(r.trend, w.trend)}`;
  const figuresWidth = w.from + w.to + w.change + w.trend + 6;
  const tag = (r: ClosingSlide["rows"][number]) =>
    [r.unit, r.official ? slide.columns.official : "", r.source].filter(Boolean).join(" · ");
  const labelWidth = Math.min(
    maxOf(slide.rows.map((r) => displayWidth(r.label))),
    inner - figuresWidth - 2 - maxOf(slide.rows.map((r) => displayWidth(tag(r)))) - 2,
  );
  if (labelWidth >= 16) {
    // One line a row: label, the figures, then unit and source, dimmed.
    const lines = [
      paint.dim(
        `${padEnd(c.label, labelWidth)}  ${figures({ from: c.from, to: c.to, change: c.change, trend: c.trend })}`,
      ),
      ...slide.rows.map(
        (r) => `${paint.bold(padEnd(truncate(r.label, labelWidth), labelWidth))}  ${figures(r)}  ${paint.dim(tag(r))}`,
      ),
    ];
    yield centreBlock(lines, frame.width);
  }
  if (figuresWidth <= inner) {
    // A row in two lines: the label (with unit and source), then the figures.
    const lines = [
      paint.dim(figures({ from: c.from, to: c.to, change: c.change, trend: c.trend })),
      ...slide.rows.flatMap((r) => [
        `${paint.bold(truncate(r.label, inner - displayWidth(tag(r)) - 3))}  ${paint.dim(tag(r))}`,
        figures(r),
      ]),
    ];
    yield centreBlock(lines, frame.width);
  }
  // Narrower still: every part on a line of its own.
  yield slide.rows.flatMap((r) => [
    ...wrapClamp(r.label, inner, 2).map((l) => `${" ".repeat(MARGIN)}${paint.bold(l)}`),
    ...wrapClamp(`${r.from} → ${r.to}  ${r.change}  ${r.trend}`, inner).map((l) => `${" ".repeat(MARGIN)}${l}`),
    ...wrapClamp(tag(r), inner, 1).map((l) => `${" ".repeat(MARGIN)}${paint.dim(l)}`),
  ]);
}

// ── A slide ─────────────────────────────────────────────────────────────────────────────────────

function head(slide: Slide, width: number, look: Look, withSummary: boolean): string[] {
  const { paint } = look;
  const inner = width - 2 * MARGIN;
  const wrap = (text: string, p: (s: string) => string, max?: number) =>
    centred(text, inner, p, max).map((l) => `${" ".repeat(MARGIN)}${l}`);
  switch (slide.kind) {
    case "title":
      return wrap(slide.title, paint.bold, 2);
    case "theme":
      return [
        ...wrap(`${slide.order}  ${slide.title}  ·  ${slide.alt}`, paint.bold, 2),
        ...(withSummary ? wrap(slide.summary, paint.dim, 2) : []),
      ];
    case "chart":
      return wrap(slide.heading, paint.bold, 1);
    case "closing":
      return wrap(slide.title, paint.bold, 1);
  }
}

function foot(slide: Slide, width: number, look: Look, maxNotes: number): string[] {
  const { paint } = look;
  const inner = width - 2 * MARGIN;
  const notes = slide.notes.flatMap((n) => wrapClamp(n, inner - 2, 3).map((l, i) => (i === 0 ? l : `  ${l}`)));
  const kept =
    notes.length > maxNotes
      ? [...notes.slice(0, Math.max(0, maxNotes - 1)), truncate("… (jjj show <id>)", inner)].slice(0, maxNotes)
      : notes;
  const source = wrapClamp(slide.source, inner, maxNotes === Infinity ? Infinity : 2);
  return [...kept, ...source].map((l) => `${" ".repeat(MARGIN)}${paint.dim(l)}`);
}

/**
 * The ways a slide's body can be laid out, largest first: made one at a time, as they are tried,
 * so that a slide stops at the first that fits (off a terminal, the first).
 */
function bodies(slide: Slide, frame: Frame, look: Look, avail: number | undefined): Generator<string[]> {
  switch (slide.kind) {
    case "title":
      return titleBodies(slide, frame, look);
    case "theme":
      return themeBodies(slide, frame, look);
    case "chart":
      return chartBodies(slide, frame, look, avail);
    case "closing":
      return closingBodies(slide, frame, look);
  }
}

/**
 * One slide as lines. With a height, exactly that many lines: the heading at the top, the source
 * at the foot, the body centred between them, in the largest type that fits (then without the
 * explanations, then in normal type, then without the summary and some notes, then cut with "…").
 * Without a height, the slide in normal type, as long as it needs.
 */
export function renderSlide(slide: Slide, frame: Frame, look: Look): string[] {
  const { width, height } = frame;
  if (height === undefined) {
    const body = bodies(slide, frame, look, undefined).next().value ?? [];
    const all = [...head(slide, width, look, true), "", ...body, "", ...foot(slide, width, look, Infinity)];
    return all.map((l) => l.trimEnd());
  }
  const attempts: { summary: boolean; notes: number }[] = [
    { summary: true, notes: Infinity },
    { summary: true, notes: 3 },
    { summary: false, notes: 2 },
    { summary: false, notes: 0 },
  ];
  let chosen: { top: string[]; body: string[]; bottom: string[] } | undefined;
  let fallback: { top: string[]; body: string[]; bottom: string[] } | undefined;
  for (const a of attempts) {
    const top = head(slide, width, look, a.summary);
    const bottom = foot(slide, width, look, a.notes);
    const avail = height - top.length - bottom.length - 3;
    let fit: string[] | undefined;
    let last: string[] = [];
    for (const body of bodies(slide, frame, look, avail)) {
      last = body;
      if (body.length <= avail) {
        fit = body;
        break;
      }
    }
    if (fit) {
      chosen = { top, body: fit, bottom };
      break;
    }
    fallback = { top, body: last, bottom };
  }
  const { top, body, bottom } = chosen ?? (fallback as { top: string[]; body: string[]; bottom: string[] });
  const room = height - bottom.length;
  const lines: string[] = top.length + 1 < room ? ["", ...top, ""] : [...top, ""];
  const free = room - lines.length - 1;
  if (body.length > free) {
    append(lines, body.slice(0, Math.max(0, free - 1)));
    lines.push(centre(look.paint.dim("…"), width));
  } else {
    const above = Math.floor((free - body.length) / 2);
    for (let i = 0; i < above; i++) lines.push("");
    append(lines, body);
  }
  while (lines.length < room) lines.push("");
  lines.length = room;
  append(lines, bottom);
  return lines.slice(0, height).map((l) => l.trimEnd());
}

/** Every slide of a deck in order, as plain text for a pipe: each under a rule with its number. */
export function renderDeckText(slides: readonly Slide[], width: number, look: Look): string {
  const out: string[] = [];
  slides.forEach((slide, i) => {
    const label = ` ${i + 1}/${slides.length} `;
    const rule = look.ascii ? "-" : "─";
    if (i > 0) out.push("");
    out.push(look.paint.dim(`${rule.repeat(3)}${label}${rule.repeat(Math.max(3, width - 3 - label.length))}`));
    append(out, renderSlide(slide, { width, big: false }, look));
  });
  return `${out.join("\n")}\n`;
}
