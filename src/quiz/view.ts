/** The question set for people who print it: a table, and a Markdown worksheet with the answers at the end. */

import type { QuizRecord } from "../contract/quiz.js";
import type { Lang } from "../core/lang.js";
import { mdLine } from "../render/markdown.js";
import type { TableView } from "../view/types.js";
import { LETTERS } from "./session.js";

const say = (lang: Lang, zh: string, en: string) => (lang === "zh" ? zh : en);

export function quizTable(lang: Lang, questions: readonly QuizRecord[]): TableView {
  return {
    columns: [
      { header: "#", align: "right" },
      { header: say(lang, "题目", "Question"), prose: true },
      { header: say(lang, "选项", "Choices"), prose: true },
      { header: say(lang, "答案", "Answer"), nowrap: true },
    ],
    rows: questions.map((q) => [
      { text: String(q.number) },
      { text: q.question[lang], sub: q.id },
      { text: q.choices.map((c, i) => `${LETTERS[i]}) ${c[lang]}`).join("\n") },
      { text: LETTERS[q.answer] ?? "" },
    ]),
    notes: [],
    stackable: true,
    empty: say(lang, "没有可出的题目。", "No questions can be made."),
  };
}

/** A worksheet: the questions to answer, then the answers with their explanations. */
export function quizMarkdown(lang: Lang, questions: readonly QuizRecord[]): string {
  const seed = questions[0]?.seed;
  const out = [
    `# ${say(lang, "测验", "Quiz")}${seed === undefined ? "" : say(lang, `（种子 ${seed}）`, ` (seed ${seed})`)}`,
    "",
  ];
  for (const q of questions) {
    out.push(`${q.number}. ${mdLine(q.question[lang])}`, "");
    for (const [i, c] of q.choices.entries()) out.push(`   ${LETTERS[i]}) ${c[lang]}`);
    out.push("");
  }
  out.push(`## ${say(lang, "答案", "Answers")}`, "");
  for (const q of questions) {
    out.push(`${q.number}. **${LETTERS[q.answer]}) ${q.choices[q.answer]?.[lang] ?? ""}**: ${q.explanation[lang]}`);
  }
  return `${out.join("\n")}\n`;
}
