/** The colour type every renderer draws with; cli/color.ts decides the level and makes one. */
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
