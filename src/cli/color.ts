import { Chalk, type ChalkInstance } from "chalk";

export type ColorMode = "auto" | "always" | "never";
export type ColorLevel = 0 | 1 | 2 | 3;

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
    if (force === "1" || force === "" || force === "true") return 1;
    if (force === "2") return 2;
    if (force === "3") return 3;
    return 1;
  }
  if (env.TERM === "dumb") return 0;
  return isTTY ? depth() : 0;
}

export function makeChalk(level: ColorLevel): ChalkInstance {
  return new Chalk({ level });
}
