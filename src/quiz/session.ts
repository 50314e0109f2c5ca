/**
 * The words of a quiz as it is played: the opening line, each question with its choices, the
 * feedback with the source, the score. Pure, in one language; the drivers (a terminal, or lines
 * of standard input) only read answers and write these texts.
 */

import type { QuizRecord } from "../contract/quiz.js";
import type { Paint } from "../core/color.js";
import type { Lang } from "../core/lang.js";
import { say } from "../core/messages/index.js";
import { echo } from "../core/text.js";
import type { Dataset } from "../dataset/load.js";
import { wrapWords } from "../present/wrap.js";
import { locatorJson } from "../view/common.js";

export interface SessionLook {
  lang: Lang;
  paint: Paint;
  ascii: boolean;
  dataset: Dataset;
  /** Columns to wrap to (at word boundaries); none: lines as long as they are. */
  width?: number;
}

/** A text wrapped to the look's width, continuation lines indented. */
function wrapped(look: SessionLook, text: string, indent = ""): string {
  if (look.width === undefined) return text;
  return wrapWords(text, Math.max(20, look.width - indent.length))
    .map((l, i) => (i === 0 ? l : `${indent}${l}`))
    .join("\n");
}

export const LETTERS = "abcd";

export function intro(look: SessionLook, questions: readonly QuizRecord[], seed: number, theme?: string): string {
  const { lang, paint } = look;
  const n = questions.length;
  const about = theme ? say(lang, "quiz.aboutTheme", { theme }) : "";
  return `${paint.bold(say(lang, "quiz.title", { n, about }))}\n${paint.dim(say(lang, "quiz.seedLine", { seed }))}\n`;
}

export function questionText(look: SessionLook, q: QuizRecord, total: number, themeName: string): string {
  const { lang, paint } = look;
  const head = paint.dim(say(lang, "quiz.questionHead", { number: q.number, total, theme: themeName }));
  const choices = q.choices.map((c, i) => `  ${paint.cyan(`${LETTERS[i]})`)} ${wrapped(look, c[lang], "     ")}`);
  const question = wrapped(look, q.question[lang])
    .split("\n")
    .map((l) => paint.bold(l))
    .join("\n");
  return `\n${head}\n${question}\n${choices.join("\n")}\n`;
}

export function prompt(look: SessionLook, q: QuizRecord): string {
  const last = LETTERS[q.choices.length - 1];
  return say(look.lang, "quiz.prompt", { last: last ?? "a" });
}

/** The choice an answer names: a letter (a–d) or a number (1–4), or the choice's own text; "q" stops. */
export function parseAnswer(input: string, q: QuizRecord): number | "stop" | undefined {
  const s = input.trim().toLowerCase();
  if (s === "q" || s === "quit" || s === "退出") return "stop";
  const letter = LETTERS.indexOf(s);
  if (s.length === 1 && letter >= 0 && letter < q.choices.length) return letter;
  if (/^[1-9]$/.test(s) && Number(s) <= q.choices.length) return Number(s) - 1;
  const byText = q.choices.findIndex((c) => c.zh.toLowerCase() === s || c.en.toLowerCase() === s);
  return byText >= 0 ? byText : undefined;
}

/**
 * Where a question's figures come from, in a student's words: the article's section and paragraph,
 * or "official figure: <publisher>" (the data's confidence grades stay in `jjj show --source`).
 */
function sourcesText(look: SessionLook, q: QuizRecord): string {
  const { lang } = look;
  const ctx = { dataset: look.dataset, lang };
  const texts = q.sources.map((s) => {
    if (s.section !== null) {
      const heading = locatorJson(ctx, { ref: s.ref, section: s.section }).sectionHeading ?? s.section;
      return say(lang, "quiz.articleSource", { heading, paragraph: s.paragraph ?? 0 });
    }
    const source = look.dataset.sources.find((x) => x.id === s.ref);
    return say(lang, "quiz.officialFigure", { publisher: source?.publisher?.[lang] ?? source?.title[lang] ?? s.ref });
  });
  return [...new Set(texts)].join(say(lang, "quiz.sourcesSep"));
}

export function feedback(look: SessionLook, q: QuizRecord, chosen: number): string {
  const { lang, paint, ascii } = look;
  const right = `${LETTERS[q.answer]}) ${q.choices[q.answer]?.[lang] ?? ""}`;
  const line =
    chosen === q.answer
      ? paint.green(`${ascii ? "[right]" : "✓"} ${say(lang, "quiz.right")}${right}`)
      : paint.red(`${ascii ? "[wrong]" : "✗"} ${say(lang, "quiz.answerIs")}${right}`);
  const source = `${say(lang, "quiz.source")}${sourcesText(look, q)}`;
  return `${wrapped(look, line)}\n${wrapped(look, q.explanation[lang])}\n${paint.dim(wrapped(look, source))}\n`;
}

export function notAnAnswer(look: SessionLook, q: QuizRecord, input: string): string {
  const last = LETTERS[q.choices.length - 1];
  return say(look.lang, "quiz.notAnAnswer", { input: echo(input.trim()), last: last ?? "a" });
}

export function score(look: SessionLook, right: number, asked: number, total: number): string {
  const { lang, paint } = look;
  const stopped = asked < total ? say(lang, "quiz.stopped", { asked, total }) : "";
  return `\n${stopped}${paint.bold(say(lang, "quiz.score", { right, asked }))}\n`;
}
