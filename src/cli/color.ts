import type { ColorLevel, Paint } from "../core/color.js";
import { PLAIN } from "../core/color.js";

export type { ColorLevel, Paint };
export { PLAIN };
export type ColorMode = "auto" | "always" | "never";
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
  // FORCE_COLOR as chalk reads it: 0/false off, ""/1/true, 2 and 3 on; any other value is ignored.
  const force = env.FORCE_COLOR;
  if (force === "0" || force === "false") return 0;
  if (force === "" || force === "1" || force === "true") return 1;
  if (force === "2") return 2;
  if (force === "3") return 3;
  if (env.TERM === "dumb") return 0;
  return isTTY ? depth() : 0;
}

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
