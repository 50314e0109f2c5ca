/**
 * The only place that knows about `process`: everything else receives an `Io`.
 * Tests build their own with `memoryIo()`, and a fake terminal with `fakeTerminal()`.
 */
import { writeSync } from "node:fs";
import { langFromEnv } from "../core/lang.js";
import { say } from "../core/messages/index.js";
import type { LineReader, Terminal, TerminalSignal } from "../core/terminal.js";

export type { LineReader, Terminal, TerminalSignal };

export interface Io {
  /** Write to standard output. Only the emit step calls this. */
  out(text: string): void;
  /** Write to standard error. */
  err(text: string): void;
  /** Is standard output a terminal? */
  isTTY: boolean;
  /** Terminal width in columns, if standard output is a terminal. */
  columns?: number;
  /** Terminal height in rows, if standard output is a terminal. */
  rows?: number;
  env: Readonly<Record<string, string | undefined>>;
  /**
   * Standard input, line by line (`jjj quiz` in a pipe). Absent when the command may not read it.
   * Called only by the commands that read, so that the others never touch standard input.
   */
  lines?(): LineReader;
  /**
   * The terminal, when standard input and standard output are both terminals: keys one by one,
   * the screen's size, resizes and signals (`jjj present`, `jjj quiz`). Undefined otherwise.
   */
  terminal?(): Terminal | undefined;
}

function processLines(): LineReader {
  const queue: string[] = [];
  const waiting: ((line: string | undefined) => void)[] = [];
  let ended = false;
  let rest = "";
  const stdin = process.stdin;
  const push = (line: string) => {
    const w = waiting.shift();
    if (w) w(line);
    else queue.push(line);
  };
  const onData = (chunk: string) => {
    const parts = (rest + chunk).split("\n");
    rest = parts.pop() ?? "";
    for (const p of parts) push(p.endsWith("\r") ? p.slice(0, -1) : p);
  };
  const onEnd = () => {
    if (ended) return;
    if (rest !== "") push(rest.endsWith("\r") ? rest.slice(0, -1) : rest);
    rest = "";
    ended = true;
    for (const w of waiting.splice(0)) w(undefined);
  };
  stdin.setEncoding("utf8");
  stdin.on("data", onData);
  stdin.on("end", onEnd);
  stdin.on("close", onEnd);
  stdin.on("error", onEnd);
  return {
    next: () => {
      const line = queue.shift();
      if (line !== undefined) return Promise.resolve(line);
      if (ended) return Promise.resolve(undefined);
      return new Promise((resolve) => waiting.push(resolve));
    },
    close: () => {
      stdin.off("data", onData);
      stdin.off("end", onEnd);
      stdin.off("close", onEnd);
      stdin.off("error", onEnd);
      stdin.pause();
      // An input that stays open (a terminal, a pipe nobody closes) must not keep jjj running.
      if (!stdin.isTTY) stdin.destroy();
      onEnd();
    },
  };
}

function processTerminal(): Terminal {
  const stdin = process.stdin;
  const stdout = process.stdout;
  return {
    size: () => ({ columns: stdout.columns || 80, rows: stdout.rows || 24 }),
    write: (text) => {
      stdout.write(text);
    },
    setRawMode: (on) => {
      if (stdin.isTTY) stdin.setRawMode(on);
    },
    onInput: (listener) => {
      stdin.setEncoding("utf8");
      stdin.on("data", listener);
      stdin.resume();
      return () => {
        stdin.off("data", listener);
        stdin.pause();
      };
    },
    onResize: (listener) => {
      stdout.on("resize", listener);
      return () => {
        stdout.off("resize", listener);
      };
    },
    onSignal: (signal, listener) => {
      process.on(signal, listener);
      return () => {
        process.off(signal, listener);
      };
    },
    onExit: (listener) => {
      process.on("exit", listener);
      return () => {
        process.off("exit", listener);
      };
    },
    after: (ms, fn) => {
      const timer = setTimeout(fn, ms);
      return () => clearTimeout(timer);
    },
  };
}

/** What to do when standard output cannot be written: a reader that has gone is success. */
function outputFailed(err: NodeJS.ErrnoException): void {
  if (err.code !== "EPIPE") {
    try {
      const lang = langFromEnv(process.env);
      const code = err.code ?? err.message;
      writeSync(
        2,
        `jjj: ${say(lang, "cli.error.cannotWrite", { code })}\nhint: ${say(lang, "cli.hint.cannotWrite")}\n`,
      );
    } catch {
      // Nowhere left to say it.
    }
  }
  const code = err.code === "EPIPE" ? 0 : 1;
  process.exitCode = code;
  process.exit(code);
}

export function processIo(): Io {
  const stdout = process.stdout;
  const tty = stdout.isTTY === true;
  stdout.on("error", outputFailed);
  // A closed standard error must not turn an error message into a crash.
  process.stderr.on("error", () => {});
  return {
    out: (text) => {
      stdout.write(text);
    },
    err: (text) => {
      process.stderr.write(text);
    },
    isTTY: tty,
    columns: tty ? stdout.columns : undefined,
    rows: tty ? stdout.rows : undefined,
    env: process.env,
    lines: processLines,
    terminal: () => (tty && process.stdin.isTTY ? processTerminal() : undefined),
  };
}

export interface MemoryIo extends Io {
  stdout(): string;
  stderr(): string;
}

/** Lines from a text, as standard input would give them; the text's end is the end of input. */
export function textLines(text: string): LineReader {
  const lines = text === "" ? [] : text.replace(/\r?\n$/, "").split(/\r?\n/);
  let closed = false;
  return {
    next: () => Promise.resolve(closed ? undefined : lines.shift()),
    close: () => {
      closed = true;
    },
  };
}

/** An Io that captures output in memory: for tests and for composing output. */
export function memoryIo(
  options: {
    isTTY?: boolean;
    columns?: number;
    rows?: number;
    env?: Record<string, string | undefined>;
    /** What standard input holds (read line by line); none: an empty input. */
    stdin?: string;
    /** A terminal (see `fakeTerminal`), for the commands that take one over. */
    terminal?: Terminal;
  } = {},
): MemoryIo {
  let out = "";
  let err = "";
  return {
    out: (text) => {
      out += text;
    },
    err: (text) => {
      err += text;
    },
    isTTY: options.isTTY ?? false,
    columns: options.columns,
    rows: options.rows,
    env: options.env ?? {},
    lines: () => textLines(options.stdin ?? ""),
    terminal: () => options.terminal,
    stdout: () => out,
    stderr: () => err,
  };
}

/** A terminal in memory, driven by a test: type keys, resize, send signals, run timers. */
export interface FakeTerminal extends Terminal {
  /** Everything written so far. */
  output(): string;
  /** Is raw mode on now? */
  raw(): boolean;
  /** Deliver keys, as the terminal would (one chunk). */
  type(chunk: string): void;
  resize(columns: number, rows: number): void;
  signal(signal: TerminalSignal): void;
  /** The process exits. */
  exit(): void;
  /** Run the timers that are due, as if their time had come (each once). */
  tick(): void;
  /** How many listeners and timers are still registered (0 once a command has cleaned up). */
  pending(): number;
  /** Resolves when the command next waits for input (after its listeners are registered). */
  ready(): Promise<void>;
}

export function fakeTerminal(size: { columns: number; rows: number } = { columns: 80, rows: 24 }): FakeTerminal {
  let current = { ...size };
  let written = "";
  let rawMode = false;
  const inputs = new Set<(chunk: string) => void>();
  const resizes = new Set<() => void>();
  const signals = new Map<TerminalSignal, Set<() => void>>();
  const exits = new Set<() => void>();
  const timers = new Set<() => void>();
  const waiters: (() => void)[] = [];
  const add = <T>(set: Set<T>, item: T) => {
    set.add(item);
    return () => {
      set.delete(item);
    };
  };
  return {
    size: () => ({ ...current }),
    write: (text) => {
      written += text;
    },
    setRawMode: (on) => {
      rawMode = on;
    },
    onInput: (listener) => {
      const off = add(inputs, listener);
      for (const w of waiters.splice(0)) w();
      return off;
    },
    onResize: (listener) => add(resizes, listener),
    onSignal: (signal, listener) => {
      const set = signals.get(signal) ?? new Set();
      signals.set(signal, set);
      return add(set, listener);
    },
    onExit: (listener) => add(exits, listener),
    after: (_ms, fn) => add(timers, fn),
    output: () => written,
    raw: () => rawMode,
    type: (chunk) => {
      for (const l of [...inputs]) l(chunk);
    },
    resize: (columns, rows) => {
      current = { columns, rows };
      for (const l of [...resizes]) l();
    },
    signal: (signal) => {
      for (const l of [...(signals.get(signal) ?? [])]) l();
    },
    exit: () => {
      for (const l of [...exits]) l();
    },
    tick: () => {
      const due = [...timers];
      timers.clear();
      for (const fn of due) fn();
    },
    pending: () =>
      inputs.size + resizes.size + exits.size + timers.size + [...signals.values()].reduce((n, s) => n + s.size, 0),
    ready: () => (inputs.size > 0 ? Promise.resolve() : new Promise((resolve) => waiters.push(resolve))),
  };
}
