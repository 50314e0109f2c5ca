/**
 * The words of a quiz as it is played: the opening line, each question with its choices, the
 * feedback with the source, the score. Pure, in one language; the drivers (a terminal, or lines
 * of standard input) only read answers and write these texts.
 */

import type { QuizRecord } from "../contract/quiz.js";
import type { Paint } from "../core/color.js";
import type { Lang } from "../core/lang.js";
import type { Dataset } from "../dataset/load.js";
import type { Locator } from "../dataset/schema.js";
import { sourceText } from "../view/common.js";

export interface SessionLook {
  lang: Lang;
  paint: Paint;
  ascii: boolean;
  dataset: Dataset;
}

const say = (lang: Lang, zh: string, en: string) => (lang === "zh" ? zh : en);

export const LETTERS = "abcd";

export function intro(look: SessionLook, questions: readonly QuizRecord[], seed: number, theme?: string): string {
  const { lang, paint } = look;
  const n = questions.length;
  const about = theme ? say(lang, `（主题 ${theme}）`, ` (theme ${theme})`) : "";
  return `${paint.bold(say(lang, `测验：${n} 道题${about}`, `Quiz: ${n} question${n === 1 ? "" : "s"}${about}`))}\n${paint.dim(
    say(
      lang,
      `种子 ${seed}：jjj quiz --seed ${seed} 给出同样的题目`,
      `Seed ${seed}: jjj quiz --seed ${seed} gives the same questions`,
    ),
  )}\n`;
}

export function questionText(look: SessionLook, q: QuizRecord, total: number, themeName: string): string {
  const { lang, paint } = look;
  const head = paint.dim(
    say(lang, `第 ${q.number}/${total} 题 · ${themeName}`, `Question ${q.number}/${total} · ${themeName}`),
  );
  const choices = q.choices.map((c, i) => `  ${paint.cyan(`${LETTERS[i]})`)} ${c[lang]}`);
  return `\n${head}\n${paint.bold(q.question[lang])}\n${choices.join("\n")}\n`;
}

export function prompt(look: SessionLook, q: QuizRecord): string {
  const last = LETTERS[q.choices.length - 1];
  return say(look.lang, `回答（a–${last}，q 结束）：`, `Answer (a–${last}, q to stop): `);
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

function sourcesText(look: SessionLook, q: QuizRecord): string {
  const ctx = { dataset: look.dataset, lang: look.lang };
  const texts = q.sources.map((s) => {
    const loc: Locator = {
      ref: s.ref,
      ...(s.section !== null ? { section: s.section } : {}),
      ...(s.paragraph !== null ? { paragraph: s.paragraph } : {}),
      ...(s.confidence !== null ? { confidence: s.confidence } : {}),
      ...(s.note !== null ? { note: s.note } : {}),
    };
    return sourceText(ctx, loc);
  });
  return [...new Set(texts)].join(say(look.lang, "；", "; "));
}

export function feedback(look: SessionLook, q: QuizRecord, chosen: number): string {
  const { lang, paint, ascii } = look;
  const right = `${LETTERS[q.answer]}) ${q.choices[q.answer]?.[lang] ?? ""}`;
  const line =
    chosen === q.answer
      ? paint.green(`${ascii ? "[right]" : "✓"} ${say(lang, "答对了：", "Right: ")}${right}`)
      : paint.red(`${ascii ? "[wrong]" : "✗"} ${say(lang, "答案是 ", "The answer is ")}${right}`);
  const source = `${say(lang, "出处：", "Source: ")}${sourcesText(look, q)}`;
  return `${line}\n${q.explanation[lang]}\n${paint.dim(source)}\n`;
}

export function notAnAnswer(look: SessionLook, q: QuizRecord, input: string): string {
  const last = LETTERS[q.choices.length - 1];
  return say(
    look.lang,
    `“${input.trim()}”不是答案：请输入 a–${last}，或 q 结束\n`,
    `"${input.trim()}" is not an answer: type a letter a–${last}, or q to stop\n`,
  );
}

export function score(look: SessionLook, right: number, asked: number, total: number): string {
  const { lang, paint } = look;
  const stopped =
    asked < total
      ? say(lang, `在第 ${asked}/${total} 题后结束。`, `Stopped after ${asked} of ${total} questions. `)
      : "";
  return `\n${stopped}${paint.bold(say(lang, `得分：${right}/${asked}`, `Score: ${right}/${asked}`))}\n`;
}
