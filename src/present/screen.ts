/**
 * The whole screen of `jjj present`: the slide (or the key help) and a status line under it. Pure:
 * the decks, the navigator's state and the screen's size in, exactly `rows` lines out.
 */
import type { Lang } from "../core/lang.js";
import { say } from "../core/messages/index.js";
import { displayWidth } from "../render/width.js";
import type { Deck } from "./deck.js";
import type { NavState } from "./navigator.js";
import { centre, centreBlock, type Look, renderSlide, truncate } from "./render.js";

/** The smallest screen a slide is drawn on; below it, a request to enlarge the window. */
const MIN_COLUMNS = 30;
const MIN_ROWS = 8;

export interface Screen {
  columns: number;
  rows: number;
}

export interface ScreenOptions {
  /** Seconds between slides in kiosk mode, for the status line. */
  auto?: number;
}

/** The keys and what they do, as the help shows them (and the README lists them). */
function keyHelp(lang: Lang): [string, string][] {
  return [
    ["→  Space  n  PageDown  Enter", say(lang, "present.keyNext")],
    ["←  p  PageUp  Backspace", say(lang, "present.keyPrev")],
    ["Home  End", say(lang, "present.keyEnds")],
    [say(lang, "present.keyNumber"), say(lang, "present.keyGoto")],
    ["l", say(lang, "present.keyLang")],
    ["?", say(lang, "present.keyHelp")],
    ["q  Esc  Ctrl-C", say(lang, "present.keyQuit")],
  ];
}

function helpLines(lang: Lang, width: number, look: Look, auto: number | undefined): string[] {
  const { paint } = look;
  const rows = keyHelp(lang);
  const keyWidth = Math.max(...rows.map(([k]) => displayWidth(k)));
  const lines = [
    paint.bold(say(lang, "present.keys")),
    "",
    ...rows.map(([k, what]) => `${paint.cyan(k)}${" ".repeat(keyWidth - displayWidth(k) + 3)}${what}`),
  ];
  if (auto !== undefined) lines.push("", say(lang, "present.auto", { seconds: auto }));
  lines.push("", paint.dim(say(lang, "present.anyKey")));
  return centreBlock(lines, width);
}

/** The status line: where we are on the left; typing, a message or the keys on the right. */
function statusLine(deck: Deck, state: NavState, width: number, look: Look, opts: ScreenOptions): string {
  const { paint } = look;
  const lang = state.lang;
  const slide = deck.slides[state.index];
  const where = `${state.index + 1}/${state.count}`;
  let right: string;
  if (state.typed !== "") right = say(lang, "present.typing", { typed: state.typed });
  else if (state.missed !== undefined)
    right = say(lang, "present.missed", { missed: state.missed, count: state.count });
  else right = say(lang, "present.status");
  if (state.auto && opts.auto !== undefined)
    right = `${say(lang, "present.autoStatus", { seconds: opts.auto })} · ${right}`;
  const rightWidth = displayWidth(right);
  const room = width - rightWidth - displayWidth(where) - 4;
  const heading = room >= 4 ? ` ${truncate(slide?.heading ?? "", room)}` : "";
  const left = ` ${where}${heading}`;
  if (displayWidth(left) + 1 + rightWidth > width) return paint.dim(truncate(left, width));
  const gap = " ".repeat(Math.max(1, width - displayWidth(left) - rightWidth - 1));
  const missed = state.missed !== undefined;
  return `${paint.dim(left)}${gap}${missed ? paint.yellow(right) : paint.dim(right)} `;
}

/** The screen: `rows` lines, none wider than `columns`. */
export function renderScreen(
  decks: Readonly<Record<Lang, Deck>>,
  state: NavState,
  screen: Screen,
  look: Look,
  opts: ScreenOptions = {},
): string[] {
  const { columns, rows } = screen;
  const deck = decks[state.lang];
  if (columns < MIN_COLUMNS || rows < MIN_ROWS) {
    const ask = say(state.lang, "present.enlarge");
    const lines = Array.from({ length: Math.max(1, rows) }, () => "");
    lines[Math.floor((rows - 1) / 2)] = centre(truncate(ask, Math.max(1, columns)), columns);
    return lines;
  }
  const height = rows - 1;
  let body: string[];
  if (state.help) {
    const help = helpLines(state.lang, columns, look, opts.auto);
    const top = Math.max(0, Math.floor((height - help.length) / 2));
    body = [...Array.from({ length: top }, () => ""), ...help].slice(0, height);
    while (body.length < height) body.push("");
  } else {
    const slide = deck.slides[state.index];
    body = slide ? renderSlide(slide, { width: columns, height, big: true }, look) : [];
    while (body.length < height) body.push("");
  }
  return [...body.slice(0, height), statusLine(deck, state, columns, look, opts)];
}
