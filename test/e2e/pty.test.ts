/**
 * Black-box tests in a real pseudo-terminal: the built `jjj present` and `jjj quiz`, driven by
 * keys through test/e2e/pty-run.py (python3's pty and termios), with the screen read back and the
 * terminal's modes compared before and after. `npm test` builds dist/ first; .ci/run installs python3.
 */
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { needProgram, python3 } from "../helpers/outside.js";
import { cleanEnv, ROOT } from "../helpers.js";

const DRIVER = join(ROOT, "test", "e2e", "pty-run.py");
const ENTER = "\u001b[?1049h\u001b[?25l";
const RESTORE = "\u001b[?25h\u001b[?1049l";

type Step =
  | { wait: string }
  | { send: string }
  | { resize: [number, number] }
  | { signal: "SIGTERM" | "SIGINT" | "SIGHUP" | "SIGQUIT" };

interface PtyResult {
  exit: number | null;
  output: string;
  restored: boolean;
  timedOut: boolean;
  stepsLeft: Step[];
}

function inPty(args: string[], steps: Step[], size = { columns: 100, rows: 30 }): PtyResult {
  const spec = {
    argv: [process.execPath, join(ROOT, "bin", "jjj.js"), ...args],
    env: cleanEnv({ TERM: "xterm-256color", LANG: "en_US.UTF-8" }),
    cwd: ROOT,
    ...size,
    timeout: 20,
    steps,
  };
  const r = spawnSync(python3(), [DRIVER], { input: JSON.stringify(spec), encoding: "utf8" });
  if (r.status !== 0) throw new Error(`pty-run.py failed: ${r.stderr}`);
  return JSON.parse(r.stdout) as PtyResult;
}

/** The screen as last drawn: the rows of the last frame, without colour. */
function lastScreen(output: string): string[] {
  const body = output.endsWith(RESTORE) ? output.slice(0, -RESTORE.length) : output;
  const frame = body.slice(body.lastIndexOf("\u001b[1;1H"));
  // biome-ignore lint/suspicious/noControlCharactersInRegex: a cursor position starts each row
  const row = /\u001b\[\d+;1H/;
  // biome-ignore lint/suspicious/noControlCharactersInRegex: colour codes are taken out
  const colour = /\u001b\[[0-9;]*m/g;
  return frame
    .split(row)
    .slice(1)
    .map((l) => l.replace(colour, ""));
}

/** The terminal was given back: main screen, cursor shown, and the same modes (stty) as before. */
function expectRestored(r: PtyResult): void {
  expect(r.timedOut).toBe(false);
  expect(r.stepsLeft).toEqual([]);
  expect(r.restored).toBe(true);
}

beforeEach((ctx) => needProgram(ctx, "python3"));

beforeAll(() => {
  if (!existsSync(join(ROOT, "dist", "jjj.js"))) throw new Error("dist/jjj.js is missing: run `npm run build`");
});

describe("jjj present in a real terminal", () => {
  it("shows the slides full-screen, follows the keys and a resize, and quits with q leaving the terminal as it was", () => {
    const r = inPty(
      ["present"],
      [
        { wait: "1/12" },
        { send: "\u001b[C" },
        { wait: "2/12 Relieving non-capital functions" },
        { send: "6\r" },
        { wait: "6/12 Environmental clean-up" },
        { resize: [80, 24] },
        { wait: "6/12 Environmental clean-up" },
        { send: "q" },
      ],
    );
    expect(r.exit).toBe(0);
    expect(r.output.startsWith(ENTER)).toBe(true);
    expect(r.output.endsWith(RESTORE)).toBe(true);
    const screen = lastScreen(r.output);
    // Redrawn at the new size: 24 rows of 80 columns.
    expect(screen).toHaveLength(24);
    expect(screen[0]).toHaveLength(80);
    const text = screen.join("\n");
    expect(text).toContain("5  Environmental clean-up  ·  生态治理");
    expect(text).toContain("PM2.5 annual mean");
    expect(text).toContain("2014: 89.8* → 2020: 44");
    expect(text).toContain("█");
    expectRestored(r);
  }, 30000);

  it("gives the terminal back on Ctrl-C (exit 130) and on SIGTERM (exit 143)", () => {
    const interrupted = inPty(["present"], [{ wait: "1/12" }, { send: "\u0003" }]);
    expect(interrupted.exit).toBe(130);
    expect(interrupted.output.endsWith(RESTORE)).toBe(true);
    expectRestored(interrupted);
    const terminated = inPty(["present"], [{ wait: "1/12" }, { signal: "SIGTERM" }]);
    expect(terminated.exit).toBe(143);
    expect(terminated.output.endsWith(RESTORE)).toBe(true);
    expectRestored(terminated);
  }, 30000);

  it("gives the terminal back when the terminal hangs up (SIGHUP, exit 129) and on SIGQUIT (exit 131)", () => {
    for (const [signal, code] of [
      ["SIGHUP", 129],
      ["SIGQUIT", 131],
    ] as const) {
      const r = inPty(["present"], [{ wait: "1/12" }, { send: "\u001b[C" }, { wait: "2/12" }, { signal }], {
        columns: 80,
        rows: 24,
      });
      expect(r.exit, signal).toBe(code);
      // Main screen back on, cursor shown, and the tty's modes (raw off) as they were.
      expect(r.output.endsWith(RESTORE), signal).toBe(true);
      expectRestored(r);
    }
  }, 30000);

  it("draws each big figure as one block at 100×30: the rows of 64.5% start at one column", () => {
    const r = inPty(
      ["present", "--color", "never"],
      [{ wait: "1/12" }, { send: "6\r" }, { wait: "6/12" }, { send: "q" }],
    );
    const screen = lastScreen(r.output);
    const ink = screen.filter((l) => /[█▀▄]/.test(l));
    expect(ink.length).toBeGreaterThanOrEqual(3);
    // Three figures in cells of 29 columns, 4 apart, from column 2: the second (64.5%) is 35–63,
    // and its 6 is inked in its first column on every row.
    const middle = ink.map((l) => l.slice(35, 64)).filter((l) => /[█▀▄]/.test(l));
    expect(middle.length).toBeGreaterThanOrEqual(3);
    const starts = middle.map((l) => l.search(/[█▀▄]/));
    expect(new Set(starts).size).toBe(1);
    expectRestored(r);
  }, 30000);
});

describe("jjj quiz in a real terminal", () => {
  it("takes one key an answer, gives feedback and the score, and restores the terminal", () => {
    const r = inPty(
      ["quiz", "--seed", "7", "--count", "2", "--color", "never"],
      [{ wait: "q to stop): " }, { send: "d" }, { wait: "q to stop): " }, { send: "a" }, { wait: "Score" }],
    );
    expect(r.exit).toBe(0);
    // Single keys: not echoed by the terminal, written once by jjj.
    // The terminal turns each "\n" into "\r\n".
    expect(r.output).toContain("PM2.5 annual mean (Beijing): by how much did it change from 2014 to 2020?\r\n");
    expect(r.output).toContain("Answer (a–d, q to stop): d\r\n✓ Right: d) −55.8%\r\n");
    expect(r.output).toContain("✗ The answer is c) 2019\r\n");
    expect(r.output).toContain("Score: 1/2");
    expect(r.output).not.toContain("\u001b[?1049h");
    expectRestored(r);
  }, 30000);

  it("gives the terminal back on Ctrl-C, with the score so far (exit 130)", () => {
    const r = inPty(["quiz", "--seed", "7", "--color", "never"], [{ wait: "q to stop): " }, { send: "\u0003" }]);
    expect(r.exit).toBe(130);
    expect(r.output).toContain("Stopped after 0 of 5 questions. Score: 0/0");
    expectRestored(r);
  }, 30000);

  it("gives the terminal back when the terminal hangs up (SIGHUP, exit 129)", () => {
    const r = inPty(["quiz", "--seed", "7", "--color", "never"], [{ wait: "q to stop): " }, { signal: "SIGHUP" }]);
    expect(r.exit).toBe(129);
    expectRestored(r);
  }, 30000);
});
