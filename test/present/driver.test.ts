/**
 * The TTY driver, in-process with a fake terminal: what it writes, what it does on keys, resizes,
 * timer ticks and signals, and that the terminal is given back every way the show can end.
 */
import { describe, expect, it } from "vitest";
import { PLAIN } from "../../src/cli/color.js";
import { type FakeTerminal, fakeTerminal } from "../../src/cli/io.js";
import { bundledDataset } from "../../src/dataset/bundled.js";
import { buildDecks, type Deck } from "../../src/present/deck.js";
import {
  ENTER_ALT_SCREEN,
  HIDE_CURSOR,
  LEAVE_ALT_SCREEN,
  type Outcome,
  runShow,
  SHOW_CURSOR,
} from "../../src/present/driver.js";

const decks = buildDecks(bundledDataset());
const look = { paint: PLAIN, ascii: false };

/** The last frame drawn: the text after the last cursor-home, as lines. */
function lastFrame(term: FakeTerminal): string[] {
  const restore = SHOW_CURSOR + LEAVE_ALT_SCREEN;
  const all = term.output();
  const out = all.endsWith(restore) ? all.slice(0, -restore.length) : all;
  // A frame writes each line at its row, from row 1.
  const frame = out.slice(out.lastIndexOf("\u001b[1;1H"));
  // biome-ignore lint/suspicious/noControlCharactersInRegex: a cursor position starts each row
  const row = /\u001b\[\d+;1H/;
  return frame.split(row).slice(1);
}

async function start(
  options: { auto?: number; size?: { columns: number; rows: number }; decks?: Record<"zh" | "en", Deck> } = {},
) {
  const term = fakeTerminal(options.size ?? { columns: 80, rows: 24 });
  const show = runShow(term, { decks: options.decks ?? decks, lang: "en", look, auto: options.auto });
  await term.ready();
  return { term, show };
}

/** The terminal is as it was: cursor shown, main screen back, raw mode off, no listener left. */
function expectRestored(term: FakeTerminal): void {
  expect(term.output().endsWith(SHOW_CURSOR + LEAVE_ALT_SCREEN)).toBe(true);
  expect(term.raw()).toBe(false);
  expect(term.pending()).toBe(0);
}

describe("the TTY driver", () => {
  it("takes the screen over: alternate screen, hidden cursor, raw mode, the title slide", async () => {
    const { term, show } = await start();
    expect(term.output().startsWith(ENTER_ALT_SCREEN + HIDE_CURSOR)).toBe(true);
    expect(term.raw()).toBe(true);
    const frame = lastFrame(term);
    expect(frame).toHaveLength(24);
    expect(frame.join("\n")).toContain("Beijing–Tianjin–Hebei coordinated development");
    expect(frame.at(-1)).toMatch(/^ 1\/12 Title/);
    term.type("q");
    await show;
  });

  it("walks through every slide with the keyboard and quits with q, restoring the terminal", async () => {
    const { term, show } = await start();
    const seen: string[] = [];
    for (let i = 0; i < 11; i++) {
      term.type("\u001b[C");
      seen.push(lastFrame(term).at(-1)?.trim().split(/\s+/)[0] ?? "");
    }
    expect(seen).toEqual(["2/12", "3/12", "4/12", "5/12", "6/12", "7/12", "8/12", "9/12", "10/12", "11/12", "12/12"]);
    expect(lastFrame(term).join("\n")).toContain("2014 → 2020: what changed");
    term.type("\u001b[D");
    expect(lastFrame(term).at(-1)).toMatch(/^ 11\/12 /);
    term.type("q");
    await expect(show).resolves.toBe("quit" satisfies Outcome);
    expectRestored(term);
  });

  it("jumps with a number and Enter, and shows the keys on ?", async () => {
    const { term, show } = await start();
    term.type("6");
    expect(lastFrame(term).at(-1)).toContain("go to 6▏ Enter");
    term.type("\r");
    expect(lastFrame(term).join("\n")).toContain("Environmental clean-up");
    expect(lastFrame(term).at(-1)).toMatch(/^ 6\/12 /);
    term.type("?");
    expect(lastFrame(term).join("\n")).toContain("q  Esc  Ctrl-C");
    term.type("\u001b");
    expect(lastFrame(term).at(-1)).toMatch(/^ 6\/12 /);
    term.type("\u001b");
    await expect(show).resolves.toBe("quit");
    expectRestored(term);
  });

  it("ends on Ctrl-C as an interrupt, and gives the terminal back", async () => {
    const { term, show } = await start();
    term.type("n");
    term.type("\u0003");
    await expect(show).resolves.toBe("interrupt");
    expectRestored(term);
  });

  it("ends on SIGINT, SIGTERM, SIGHUP and SIGQUIT, and gives the terminal back", async () => {
    for (const [signal, outcome] of [
      ["SIGINT", "interrupt"],
      ["SIGTERM", "terminate"],
      ["SIGHUP", "hangup"],
      ["SIGQUIT", "quit-signal"],
    ] as const) {
      const { term, show } = await start();
      term.signal(signal);
      await expect(show).resolves.toBe(outcome);
      expectRestored(term);
    }
  });

  it("redraws at the new size when the window is resized", async () => {
    const { term, show } = await start();
    term.type("6\r");
    term.resize(120, 40);
    const frame = lastFrame(term);
    expect(frame).toHaveLength(40);
    expect(frame[0]).toHaveLength(120);
    expect(frame.at(-1)).toMatch(/^ 6\/12 Environmental clean-up/);
    term.resize(40, 12);
    expect(lastFrame(term)).toHaveLength(12);
    expect(lastFrame(term).join("\n")).toContain("44 µg/m³");
    term.type("q");
    await show;
    expectRestored(term);
  });

  it("advances on its own in kiosk mode, round and round", async () => {
    const { term, show } = await start({ auto: 10 });
    expect(lastFrame(term).at(-1)).toContain("auto 10 s");
    term.tick();
    expect(lastFrame(term).at(-1)).toMatch(/^ 2\/12 /);
    term.type("\u001b[F");
    term.tick();
    expect(lastFrame(term).at(-1)).toMatch(/^ 1\/12 /);
    term.type("q");
    await show;
    expectRestored(term);
  });

  it("switches language with l", async () => {
    const { term, show } = await start();
    term.type("6\rl");
    expect(lastFrame(term).join("\n")).toContain("5  生态治理  ·  Environmental clean-up");
    term.type("q");
    await show;
  });

  it("gives the terminal back when drawing fails, and passes the error on", async () => {
    const chart = decks.en.slides.find((s) => s.kind === "chart");
    if (chart?.kind !== "chart") throw new Error("no chart slide");
    const broken: Deck = {
      lang: "en",
      slides: decks.en.slides.map((s) =>
        s === chart
          ? {
              ...chart,
              draw: () => {
                throw new Error("the chart broke");
              },
            }
          : s,
      ),
    };
    const { term, show } = await start({ decks: { en: broken, zh: broken } });
    term.type("7\r");
    await expect(show).rejects.toThrow("the chart broke");
    expectRestored(term);
  });

  it("gives the terminal back if the process exits in the middle of the show", async () => {
    const { term, show } = await start();
    term.exit();
    expect(term.output().endsWith(SHOW_CURSOR + LEAVE_ALT_SCREEN)).toBe(true);
    expect(term.raw()).toBe(false);
    // Nothing is listening any more: the show is over as far as the terminal is concerned.
    expect(term.pending()).toBe(0);
    void show;
  });
});
