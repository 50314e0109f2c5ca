/** What an interactive command needs from standard input and the terminal; cli/io.ts provides it. */

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
