/**
 * The only place that knows about `process`: everything else receives an `Io`.
 * Tests build their own with `memoryIo()`.
 */
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
}

export function processIo(): Io {
  return {
    out: (text) => {
      process.stdout.write(text);
    },
    err: (text) => {
      process.stderr.write(text);
    },
    isTTY: process.stdout.isTTY === true,
    columns: process.stdout.isTTY ? process.stdout.columns : undefined,
    env: process.env,
  };
}

export interface MemoryIo extends Io {
  stdout(): string;
  stderr(): string;
}

/** An Io that captures output in memory: for tests and for composing output. */
export function memoryIo(
  options: { isTTY?: boolean; columns?: number; env?: Record<string, string | undefined> } = {},
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
    stdout: () => out,
    stderr: () => err,
  };
}
