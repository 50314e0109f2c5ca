/**
 * The only place that knows about `process`: everything else receives an `Io`.
 * Tests build their own with `memoryIo()`, and a fake terminal with `fakeTerminal()`.
 */
import { fstatSync, statSync, writeSync } from "node:fs";

export interface Io {
  /** Write to standard output. Only the emit step calls this. */
  out(text: string): void;
  /** Write to standard error. */
  err(text: string): void;
  /** Is standard output a terminal? */
  isTTY: boolean;
  /** Terminal width in columns, if standard output is a terminal. */
  columns?: number;
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

/** Lines of standard input, without their line ends. */
export interface LineReader {
  /** The next line, or undefined at the end of input. */
  next(): Promise<string | undefined>;
  /** Stop reading, so that the process can exit even if the input is still open. */
  close(): void;
}

/** Signals a full-screen command handles, to give the terminal back before it ends. */
export type TerminalSignal = "SIGINT" | "SIGTERM" | "SIGHUP" | "SIGQUIT";

/**
 * What a full-screen or key-by-key command needs from the terminal. Every `on…` returns the
 * function that stops listening; a command removes all its listeners before it returns.
 */
export interface Terminal {
  /** The screen's size now: it changes when the window is resized. */
  size(): { columns: number; rows: number };
  write(text: string): void;
  /** Raw mode: keys arrive one by one, not echoed, and Ctrl-C is a key (\u0003), not a signal. */
  setRawMode(on: boolean): void;
  /** Keys as they arrive, as text (an arrow key is one chunk: "\u001b[C"). */
  onInput(listener: (chunk: string) => void): () => void;
  onResize(listener: () => void): () => void;
  onSignal(signal: TerminalSignal, listener: () => void): () => void;
  /** The process is exiting: the last chance to give the terminal back (synchronously). */
  onExit(listener: () => void): () => void;
  /** Call `fn` after `ms` milliseconds; returns the function that cancels it. */
  after(ms: number, fn: () => void): () => void;
}

/**
 * Has jjj handed anything to Node's streams (a write that could not be done at once, standard
 * input, the terminal)? Until it has, all output is written when main() returns, and jjj can exit
 * at once (see entry.ts) instead of waiting for V8's background work to wind down.
 */
let streamsInUse = false;
export function usesStreams(): boolean {
  return streamsInUse;
}

function processLines(): LineReader {
  streamsInUse = true;
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
  streamsInUse = true;
  const stdin = process.stdin;
  const stdout = stdoutStream();
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

/** Node's terminal module, loaded only when needed (it loads the network stack with it). */
function tty(): typeof import("node:tty") {
  return typeof require === "function" ? require("node:tty") : process.getBuiltinModule("node:tty");
}

/** fs.writeSync's two forms that the writer uses: a whole text, or bytes from an offset. */
export interface WriteSync {
  (fd: number, text: string): number;
  (fd: number, buffer: Uint8Array, offset: number, length: number): number;
}

/**
 * A writer of all of each text to a file descriptor, synchronously. Setting up Node's stream for
 * standard output costs more than a whole short run of jjj, and a synchronous write is complete
 * when it returns (nothing is lost at exit). The text is handed to the system as it is (encoding
 * it to a Buffer first costs a third more); what a write leaves (a signal can interrupt it) is
 * written from the bytes. A descriptor that is non-blocking and full (EAGAIN: another program set
 * it so) hands the rest, and everything after it, to the stream, which waits. Any other failure
 * (EPIPE: the reader has gone) is thrown to the caller.
 */
export function fdWriter(
  fd: number,
  stream: () => { write(chunk: Uint8Array | string): unknown },
  write: WriteSync = writeSync,
): (text: string) => void {
  let fallback: { write(chunk: Uint8Array | string): unknown } | undefined;
  const handOver = (rest: Uint8Array | string) => {
    fallback = stream();
    fallback.write(rest);
  };
  return (text) => {
    if (fallback) {
      fallback.write(text);
      return;
    }
    if (text === "") return;
    let done: number;
    try {
      done = write(fd, text);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== "EAGAIN") throw err;
      handOver(text);
      return;
    }
    if (done >= Buffer.byteLength(text)) return;
    const bytes = Buffer.from(text, "utf8");
    while (done < bytes.length) {
      let wrote: number;
      try {
        wrote = write(fd, bytes, done, bytes.length - done);
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code !== "EAGAIN") throw err;
        wrote = 0;
      }
      // Nothing written (full, or a descriptor that takes nothing): the stream waits instead.
      if (wrote <= 0) {
        handOver(bytes.subarray(done));
        return;
      }
      done += wrote;
    }
  };
}

/**
 * Is this file descriptor a terminal? Asked of the file first, so that a pipe, a file or
 * /dev/null (what `> /dev/null` and most benchmarks give) never load Node's terminal module.
 */
export function isTerminal(fd: number): boolean {
  if (process.platform === "win32") return tty().isatty(fd);
  let file: ReturnType<typeof fstatSync>;
  try {
    file = fstatSync(fd);
  } catch {
    return false;
  }
  if (!file.isCharacterDevice()) return false;
  try {
    if (file.rdev === statSync("/dev/null").rdev) return false;
  } catch {
    // No /dev/null to compare with (a chroot): ask the terminal module.
  }
  return tty().isatty(fd);
}

/** What to do when standard output cannot be written: a reader that has gone is success. */
function outputFailed(err: NodeJS.ErrnoException): never {
  if (err.code !== "EPIPE") {
    try {
      writeSync(2, `jjj: cannot write to standard output (${err.code ?? err.message})\n`);
    } catch {
      // Nowhere left to say it.
    }
  }
  const code = err.code === "EPIPE" ? 0 : 1;
  process.exitCode = code;
  process.exit(code);
}

let stdoutWatched = false;
/** Node's stream for standard output, watched for failures (terminals and the EAGAIN fallback). */
function stdoutStream(): NodeJS.WriteStream {
  if (!stdoutWatched) {
    stdoutWatched = true;
    process.stdout.on("error", outputFailed);
  }
  return process.stdout;
}

export function processIo(): Io {
  const tty = isTerminal(1);
  // A Windows console takes Unicode only through Node's stream (a plain write goes through the
  // console's code page): there, a terminal gets the stream.
  const viaStream = tty && process.platform === "win32";
  const toStdout = viaStream
    ? (text: string) => {
        streamsInUse = true;
        stdoutStream().write(text);
      }
    : fdWriter(1, () => {
        streamsInUse = true;
        return stdoutStream();
      });
  const toStderr = fdWriter(2, () => {
    streamsInUse = true;
    // A closed standard error must not turn an error message into a crash.
    process.stderr.on("error", () => {});
    return process.stderr;
  });
  return {
    out: (text) => {
      try {
        toStdout(text);
      } catch (err) {
        outputFailed(err as NodeJS.ErrnoException);
      }
    },
    err: (text) => {
      try {
        toStderr(text);
      } catch {
        // Nowhere left to say it.
      }
    },
    isTTY: tty,
    columns: tty ? stdoutStream().columns : undefined,
    env: process.env,
    lines: processLines,
    terminal: () => (tty && isTerminal(0) ? processTerminal() : undefined),
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
