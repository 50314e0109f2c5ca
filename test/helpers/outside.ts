/**
 * What a test needs from outside the repository: a program (jq, zsh, fish, python3) or the
 * article text. When it is missing the test is skipped, with a note naming what is missing and
 * how to get it; when CI=true (`.ci/run`, which installs them all), it fails instead.
 */
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import type { TestContext } from "vitest";
import { articlePath, DEFAULT_ARTICLE } from "./paths.js";

export type Program = "jq" | "zsh" | "fish" | "python3";

const found = new Map<Program, boolean>();
function onPath(name: Program): boolean {
  let yes = found.get(name);
  if (yes === undefined) {
    yes = spawnSync("sh", ["-c", `command -v ${name}`]).status === 0;
    found.set(name, yes);
  }
  return yes;
}

/**
 * python3 itself (its sys.executable), asked once: a version manager's shim, such as pyenv's,
 * takes about 0.4 s at each start. Call it after needProgram(ctx, "python3").
 */
let python: string | undefined;
export function python3(): string {
  python ??=
    spawnSync("python3", ["-c", "import sys; print(sys.executable)"], { encoding: "utf8" }).stdout?.trim() || "python3";
  return python;
}

function missing(ctx: TestContext, note: string): never {
  if (process.env.CI === "true") throw new Error(`${note} (CI=true: no test may be skipped)`);
  return ctx.skip(note);
}

/** Skip (or, in CI, fail) the test unless `name` is on PATH. Use in the test or its beforeEach. */
export function needProgram(ctx: TestContext, name: Program): void {
  if (!onPath(name)) missing(ctx, `needs ${name}, which is not on PATH: install it (apt-get install ${name})`);
}

/** The article text ($JJJ_ARTICLE, else ../shared/source/article.zh.txt), or the test is skipped (in CI, failed). */
export function needArticle(ctx: TestContext): string {
  const path = articlePath();
  if (!existsSync(path)) {
    missing(
      ctx,
      `needs the article text, which is not at ${path}: put article.zh.txt at ${DEFAULT_ARTICLE} from the repository root, or set JJJ_ARTICLE to its path`,
    );
  }
  return readFileSync(path, "utf8");
}
