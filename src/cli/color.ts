export type ColorMode = "auto" | "always" | "never";
export type ColorLevel = 0 | 1 | 2 | 3;

/** The styles jjj uses. With colour off they return the text unchanged. */
export interface Paint {
  level: ColorLevel;
  bold(text: string): string;
  dim(text: string): string;
  green(text: string): string;
  red(text: string): string;
  cyan(text: string): string;
  yellow(text: string): string;
  blue(text: string): string;
  magenta(text: string): string;
}

/**
 * Colour level, by precedence: --color/--no-color > NO_COLOR > FORCE_COLOR > TERM=dumb > TTY.
 * chalk itself ignores NO_COLOR, so the decision is made here and passed to `new Chalk({ level })`.
 */
export function colorLevel(
  mode: ColorMode,
  env: Readonly<Record<string, string | undefined>>,
  isTTY: boolean,
): ColorLevel {
  if (mode === "never") return 0;
  const depth = (): ColorLevel => {
    const ct = env.COLORTERM ?? "";
    if (ct === "truecolor" || ct === "24bit") return 3;
    if ((env.TERM ?? "").includes("256")) return 2;
    return 1;
  };
  if (mode === "always") return depth();
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== "") return 0;
  const force = env.FORCE_COLOR;
  if (force !== undefined) {
    if (force === "0" || force === "false") return 0;
    if (force === "2") return 2;
    if (force === "3") return 3;
    return 1;
  }
  if (env.TERM === "dumb") return 0;
  return isTTY ? depth() : 0;
}

const same = (text: string) => text;

/** No colour: plain text, and chalk is not even loaded. */
export const PLAIN: Paint = {
  level: 0,
  bold: same,
  dim: same,
  green: same,
  red: same,
  cyan: same,
  yellow: same,
  blue: same,
  magenta: same,
};

/** A Paint for the level: chalk (loaded on demand) when colour is on. */
export async function makePaint(level: ColorLevel): Promise<Paint> {
  if (level === 0) return PLAIN;
  const { Chalk } = await import("chalk");
  const chalk = new Chalk({ level });
  return {
    level,
    bold: (t) => chalk.bold(t),
    dim: (t) => chalk.dim(t),
    green: (t) => chalk.green(t),
    red: (t) => chalk.red(t),
    cyan: (t) => chalk.cyan(t),
    yellow: (t) => chalk.yellow(t),
    blue: (t) => chalk.blue(t),
    magenta: (t) => chalk.magenta(t),
  };
}
