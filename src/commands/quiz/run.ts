import type { Context } from "../../cli/context.js";
import { emitListing, emitText } from "../../cli/emit.js";
import { textLines } from "../../cli/io.js";
import type { QuizRecord } from "../../contract/quiz.js";
import { EXIT, Stopped } from "../../core/errors.js";
import { say } from "../../core/messages/index.js";
import { echo } from "../../core/text.js";
import { findTheme } from "../../query/lookup.js";
import { makeQuiz } from "../../quiz/questions.js";
import {
  feedback,
  intro,
  notAnAnswer,
  parseAnswer,
  prompt,
  questionText,
  type SessionLook,
  score,
} from "../../quiz/session.js";
import { quizMarkdown, quizTable } from "../../quiz/view.js";

export interface QuizRunOptions {
  count: number;
  seed?: number;
  theme?: string;
}

/** A seed for a set nobody asked to repeat: six digits, easy to read out to a class. */
function freshSeed(): number {
  return Math.floor(Math.random() * 1_000_000);
}

export async function run(ctx: Context, opts: QuizRunOptions): Promise<void> {
  const { lang } = ctx;
  if (opts.theme !== undefined) findTheme(ctx.dataset, opts.theme);
  const seed = opts.seed ?? freshSeed();
  const questions = makeQuiz(ctx.dataset, { seed, count: opts.count, theme: opts.theme });
  if (questions.length < opts.count) {
    const where = opts.theme ? say(lang, "quiz.fewerAbout", { theme: opts.theme }) : "";
    ctx.io.err(say(lang, "quiz.fewer", { made: questions.length, asked: opts.count, where }));
  }
  // The set as data (JSON for a learning platform, a worksheet, CSV): every format but the game.
  if (ctx.format !== "table" || ctx.fields) {
    return emitListing(ctx, questions, () => quizTable(lang, questions), {
      markdown: () => quizMarkdown(lang, questions),
    });
  }
  if (questions.length === 0) return;
  const look: SessionLook = { lang, paint: ctx.chalk, ascii: ctx.ascii, dataset: ctx.dataset, width: ctx.width };
  const themes = new Map(ctx.dataset.themes.map((t) => [t.id, t.name[lang]]));
  const themeName = (id: string) => themes.get(id) ?? id;
  const term = ctx.io.terminal?.();
  if (term) {
    const { playOnTerminal } = await import("../../quiz/tty.js");
    const result = await playOnTerminal(term, look, questions, { seed, theme: opts.theme, themeName });
    if (result.outcome === "interrupt") throw new Stopped(EXIT.interrupted);
    if (result.outcome === "terminate") throw new Stopped(EXIT.terminated);
    if (result.outcome === "hangup") throw new Stopped(EXIT.hangup);
    if (result.outcome === "quit-signal") throw new Stopped(EXIT.quit);
    return;
  }
  await playByLines(ctx, look, questions, seed, opts.theme, themeName);
}

/**
 * Off a terminal: each answer is a line of standard input (a–d, 1–4 or the choice's text; q stops).
 * The end of input ends the quiz, with the score so far; it never waits for more than input gives.
 */
async function playByLines(
  ctx: Context,
  look: SessionLook,
  questions: readonly QuizRecord[],
  seed: number,
  theme: string | undefined,
  themeName: (id: string) => string,
): Promise<void> {
  const reader = ctx.io.lines?.() ?? textLines("");
  let right = 0;
  let asked = 0;
  emitText(ctx, intro(look, questions, seed, theme));
  try {
    quiz: for (const q of questions) {
      emitText(ctx, questionText(look, q, questions.length, themeName(q.theme)));
      for (;;) {
        const line = await reader.next();
        if (line === undefined) break quiz;
        emitText(ctx, `${prompt(look, q)}${echo(line.trim())}`);
        const chosen = parseAnswer(line, q);
        if (chosen === "stop") break quiz;
        if (chosen === undefined) {
          emitText(ctx, notAnAnswer(look, q, line));
          continue;
        }
        asked++;
        if (chosen === q.answer) right++;
        emitText(ctx, feedback(look, q, chosen));
        break;
      }
    }
  } finally {
    reader.close();
  }
  emitText(ctx, score(look, right, asked, questions.length));
}
