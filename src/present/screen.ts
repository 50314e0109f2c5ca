/**
 * The whole screen of `jjj present`: the slide (or the key help) and a status line under it. Pure:
 * the decks, the navigator's state and the screen's size in, exactly `rows` lines out.
 */
import type { Lang } from "../core/lang.js";
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

const say = (lang: Lang, zh: string, en: string) => (lang === "zh" ? zh : en);

/** The keys and what they do, as the help shows them (and the README lists them). */
function keyHelp(lang: Lang): [string, string][] {
  return [
    ["→  Space  n  PageDown  Enter", say(lang, "下一页", "next slide")],
    ["←  p  PageUp  Backspace", say(lang, "上一页", "previous slide")],
    ["Home  End", say(lang, "第一页、最后一页", "first, last slide")],
    [say(lang, "数字 + Enter", "number + Enter"), say(lang, "跳到该页（如 6 Enter）", "go to that slide (6 Enter)")],
    ["l", say(lang, "切换中文 / English", "switch English / 中文")],
    ["?", say(lang, "显示或关闭本帮助", "show or close these keys")],
    ["q  Esc  Ctrl-C", say(lang, "退出，恢复终端", "quit, and give the terminal back")],
  ];
}

function helpLines(lang: Lang, width: number, look: Look, auto: number | undefined): string[] {
  const { paint } = look;
  const rows = keyHelp(lang);
  const keyWidth = Math.max(...rows.map(([k]) => displayWidth(k)));
  const lines = [
    paint.bold(say(lang, "按键", "Keys")),
    "",
    ...rows.map(([k, what]) => `${paint.cyan(k)}${" ".repeat(keyWidth - displayWidth(k) + 3)}${what}`),
  ];
  if (auto !== undefined)
    lines.push(
      "",
      say(
        lang,
        `自动播放：每 ${auto} 秒翻页，最后一页后回到第一页`,
        `Auto: a new slide every ${auto} s, round and round`,
      ),
    );
  lines.push("", paint.dim(say(lang, "按任意键返回", "any key to go back")));
  return centreBlock(lines, width);
}

/** The status line: where we are on the left; typing, a message or the keys on the right. */
function statusLine(deck: Deck, state: NavState, width: number, look: Look, opts: ScreenOptions): string {
  const { paint } = look;
  const lang = state.lang;
  const slide = deck.slides[state.index];
  const where = `${state.index + 1}/${state.count}`;
  let right: string;
  if (state.typed !== "") right = say(lang, `跳到第 ${state.typed}▏页，按 Enter`, `go to ${state.typed}▏ Enter`);
  else if (state.missed !== undefined)
    right = say(lang, `没有第 ${state.missed} 页（1–${state.count}）`, `no slide ${state.missed} (1–${state.count})`);
  else right = say(lang, "← → 翻页 · ? 按键 · q 退出", "← → move · ? keys · q quit");
  if (state.auto && opts.auto !== undefined)
    right = `${say(lang, `自动 ${opts.auto} 秒`, `auto ${opts.auto} s`)} · ${right}`;
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
    const ask = say(state.lang, "请放大窗口", "Enlarge the window");
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
