/**
 * The presenter's remote: which slide is showing, and what a key does to that. Pure: a state and a
 * key in, the next state out; the TTY driver only decodes keys, calls `navigate` and redraws.
 */
import type { Lang } from "../core/lang.js";

/**
 * A key, as decoded from the terminal's input: a name for the keys that have one, the character
 * itself for the others ("n", "?", "7"). `tick` is the auto-advance timer, not a key.
 */
export type Key =
  | "right"
  | "left"
  | "up"
  | "down"
  | "pageup"
  | "pagedown"
  | "home"
  | "end"
  | "enter"
  | "escape"
  | "backspace"
  | "space"
  | "tab"
  | "ctrl-c"
  | "tick"
  | (string & {});

export interface NavState {
  /** The slide showing, from 0. */
  index: number;
  count: number;
  /** The key help is showing over the slide. */
  help: boolean;
  /** Digits typed so far for a jump (number + Enter). */
  typed: string;
  /** A jump to a slide that does not exist, to be said in the status line until the next key. */
  missed?: string;
  lang: Lang;
  /** Kiosk mode: the timer advances, and after the last slide comes the first. */
  auto: boolean;
  /** Set when the presentation should end: q or Esc (quit), Ctrl-C (interrupt). */
  exit?: "quit" | "interrupt";
}

export function initialState(count: number, lang: Lang, auto = false): NavState {
  return { index: 0, count, help: false, typed: "", lang, auto };
}

const NEXT = new Set(["right", "down", "space", " ", "n", "pagedown", "j"]);
const PREV = new Set(["left", "up", "p", "pageup", "backspace", "k"]);

/** How many digits a slide number can have. */
const MAX_TYPED = 4;

function go(state: NavState, index: number): NavState {
  const clamped = Math.min(Math.max(0, index), Math.max(0, state.count - 1));
  return { ...state, index: clamped, typed: "", missed: undefined, help: false };
}

/** What a key does. Keys that mean nothing leave the state as it is (but clear a message). */
export function navigate(state: NavState, key: Key): NavState {
  if (state.exit) return state;
  const s: NavState = state.missed === undefined ? state : { ...state, missed: undefined };
  if (key === "ctrl-c") return { ...s, exit: "interrupt" };
  if (key === "tick") {
    if (!s.auto || s.help || s.typed !== "") return s;
    return { ...s, index: s.count > 0 ? (s.index + 1) % s.count : 0 };
  }
  if (key === "q" || key === "Q") return { ...s, exit: "quit" };
  if (s.help) {
    // Any key closes the help; Esc and ? only close it.
    return { ...s, help: false };
  }
  if (key === "?" || key === "h") return { ...s, help: true, typed: "" };
  if (/^[0-9]$/.test(key)) {
    if (s.typed.length >= MAX_TYPED) return s;
    return { ...s, typed: s.typed === "0" ? key : s.typed + key };
  }
  if (s.typed !== "") {
    if (key === "enter") {
      const n = Number(s.typed);
      if (n >= 1 && n <= s.count) return go(s, n - 1);
      return { ...s, typed: "", missed: s.typed };
    }
    if (key === "backspace") return { ...s, typed: s.typed.slice(0, -1) };
    if (key === "escape") return { ...s, typed: "" };
  }
  if (key === "escape") return { ...s, exit: "quit" };
  if (key === "l" || key === "L") return { ...s, lang: s.lang === "zh" ? "en" : "zh", typed: "" };
  if (NEXT.has(key) || key === "enter") return go(s, s.index + 1);
  if (PREV.has(key)) return go(s, s.index - 1);
  if (key === "home" || key === "g") return go(s, 0);
  if (key === "end" || key === "G") return go(s, s.count - 1);
  return s.typed === "" ? s : { ...s, typed: "" };
}

const SEQUENCES: [string, Key][] = [
  ["\u001b[1;5C", "right"],
  ["\u001b[1;5D", "left"],
  ["\u001b[1~", "home"],
  ["\u001b[4~", "end"],
  ["\u001b[5~", "pageup"],
  ["\u001b[6~", "pagedown"],
  ["\u001b[7~", "home"],
  ["\u001b[8~", "end"],
  ["\u001b[3~", "delete"],
  ["\u001b[A", "up"],
  ["\u001b[B", "down"],
  ["\u001b[C", "right"],
  ["\u001b[D", "left"],
  ["\u001b[H", "home"],
  ["\u001b[F", "end"],
  ["\u001bOA", "up"],
  ["\u001bOB", "down"],
  ["\u001bOC", "right"],
  ["\u001bOD", "left"],
  ["\u001bOH", "home"],
  ["\u001bOF", "end"],
];

/**
 * Keys in a chunk of terminal input (raw mode): escape sequences for arrows, Home, End, PageUp and
 * PageDown (xterm and VT forms), Enter, Backspace, Ctrl-C, Esc alone, and printable characters.
 * Unknown escape sequences are skipped whole.
 */
export function decodeKeys(chunk: string): Key[] {
  const keys: Key[] = [];
  let i = 0;
  while (i < chunk.length) {
    const rest = chunk.slice(i);
    if (rest.startsWith("\u001b")) {
      const known = SEQUENCES.find(([seq]) => rest.startsWith(seq));
      if (known) {
        keys.push(known[1]);
        i += known[0].length;
        continue;
      }
      // An unknown CSI or SS3 sequence: skip it to its final byte.
      // biome-ignore lint/suspicious/noControlCharactersInRegex: matching escape sequences is the point
      const csi = /^\u001b\[[0-9;?]*[ -/]*[@-~]/.exec(rest) ?? /^\u001bO./.exec(rest);
      if (csi) {
        i += csi[0].length;
        continue;
      }
      keys.push("escape");
      i += 1;
      continue;
    }
    const ch = String.fromCodePoint(rest.codePointAt(0) ?? 0);
    i += ch.length;
    if (ch === "\r" && rest[1] === "\n") {
      keys.push("enter");
      i += 1;
    } else if (ch === "\r" || ch === "\n") keys.push("enter");
    else if (ch === "\u0003") keys.push("ctrl-c");
    else if (ch === "\u007f" || ch === "\b") keys.push("backspace");
    else if (ch === "\t") keys.push("tab");
    else if (ch === " ") keys.push("space");
    else if (ch >= " ") keys.push(ch);
  }
  return keys;
}
