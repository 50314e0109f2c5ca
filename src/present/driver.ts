/**
 * The TTY driver of `jjj present`: takes the terminal over (alternate screen, hidden cursor, raw
 * mode), turns keys, resizes, timer ticks and signals into redraws, and gives the terminal back
 * exactly as it found it, whatever ends the show: q, Esc, Ctrl-C, SIGINT, SIGTERM, SIGHUP, SIGQUIT
 * or an error.
 * All through the injected `Terminal`, so tests drive it with a fake one.
 */

import type { Lang } from "../core/lang.js";
import type { Terminal } from "../core/terminal.js";
import { padEnd } from "../render/text.js";
import type { Deck } from "./deck.js";
import { decodeKeys, initialState, type Key, type NavState, navigate } from "./navigator.js";
import type { Look } from "./render.js";
import { renderScreen } from "./screen.js";

export const ENTER_ALT_SCREEN = "\u001b[?1049h";
export const LEAVE_ALT_SCREEN = "\u001b[?1049l";
export const HIDE_CURSOR = "\u001b[?25l";
export const SHOW_CURSOR = "\u001b[?25h";
/** How the show ended: q or Esc, Ctrl-C or SIGINT, SIGTERM, SIGHUP (the terminal closed), SIGQUIT. */
export type Outcome = "quit" | "interrupt" | "terminate" | "hangup" | "quit-signal";

export interface ShowOptions {
  decks: Readonly<Record<Lang, Deck>>;
  lang: Lang;
  look: Look;
  /** Kiosk mode: seconds between slides; the last slide is followed by the first. */
  auto?: number;
}

/**
 * One frame: each line at its row (so that no newline translation matters), padded to the full
 * width so that nothing of the previous frame is left.
 */
function frameText(lines: readonly string[], columns: number): string {
  return lines.map((l, i) => `\u001b[${i + 1};1H${padEnd(l, columns)}`).join("");
}

/** Run the presentation on a terminal until it ends; the terminal is restored before this returns. */
export async function runShow(term: Terminal, opts: ShowOptions): Promise<Outcome> {
  const { decks, look, auto } = opts;
  let state: NavState = initialState(decks[opts.lang].slides.length, opts.lang, auto !== undefined);
  const offs: (() => void)[] = [];
  let cancelTick: (() => void) | undefined;
  let restored = false;
  const restore = () => {
    if (restored) return;
    restored = true;
    cancelTick?.();
    for (const off of offs.splice(0).reverse()) off();
    term.setRawMode(false);
    term.write(SHOW_CURSOR + LEAVE_ALT_SCREEN);
  };
  // Should the process end some other way, the terminal is given back on the way out.
  offs.push(term.onExit(restore));
  term.write(ENTER_ALT_SCREEN + HIDE_CURSOR);
  term.setRawMode(true);
  try {
    return await new Promise<Outcome>((resolve, reject) => {
      const guarded =
        <A extends unknown[]>(fn: (...args: A) => void) =>
        (...args: A) => {
          try {
            fn(...args);
          } catch (err) {
            reject(err);
          }
        };
      const draw = () => {
        const size = term.size();
        term.write(frameText(renderScreen(decks, state, size, look, { auto }), size.columns));
      };
      const apply = (key: Key): boolean => {
        const before = state;
        state = navigate(state, key);
        if (state.exit) {
          resolve(state.exit);
          return false;
        }
        if (state !== before) draw();
        return true;
      };
      const schedule = () => {
        cancelTick?.();
        cancelTick = undefined;
        if (auto === undefined) return;
        cancelTick = term.after(
          auto * 1000,
          guarded(() => {
            if (apply("tick")) schedule();
          }),
        );
      };
      offs.push(
        term.onInput(
          guarded((chunk: string) => {
            for (const key of decodeKeys(chunk)) if (!apply(key)) return;
            // A key pressed by hand restarts the kiosk's clock.
            schedule();
          }),
        ),
      );
      offs.push(term.onResize(guarded(draw)));
      offs.push(term.onSignal("SIGINT", () => resolve("interrupt")));
      offs.push(term.onSignal("SIGTERM", () => resolve("terminate")));
      offs.push(term.onSignal("SIGHUP", () => resolve("hangup")));
      offs.push(term.onSignal("SIGQUIT", () => resolve("quit-signal")));
      draw();
      schedule();
    });
  } finally {
    restore();
  }
}
