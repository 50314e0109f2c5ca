/** The question set for people who print it: a table, and a Markdown worksheet with the answers at the end. */

import type { QuizRecord } from "../contract/quiz.js";
import type { Lang } from "../core/lang.js";
import { say } from "../core/messages/index.js";
import { inline } from "../present/markdown.js";
import type { TableView } from "../view/types.js";
import { LETTERS } from "./session.js";

export function quizTable(lang: Lang, questions: readonly QuizRecord[]): TableView {
  return {
    columns: [
      { header: "#", align: "right" },
      { header: say(lang, "quiz.colQuestion"), prose: true },
      { header: say(lang, "quiz.colChoices"), prose: true },
      { header: say(lang, "quiz.colAnswer"), nowrap: true },
    ],
    rows: questions.map((q) => [
      { text: String(q.number) },
      { text: q.question[lang], sub: q.id },
      { text: q.choices.map((c, i) => `${LETTERS[i]}) ${c[lang]}`).join("\n") },
      { text: LETTERS[q.answer] ?? "" },
    ]),
    notes: [],
    stackable: true,
    empty: say(lang, "quiz.none"),
  };
}

/** A worksheet: the questions to answer, then the answers with their explanations. */
export function quizMarkdown(lang: Lang, questions: readonly QuizRecord[]): string {
  const seed = questions[0]?.seed;
  const out = [
    `# ${say(lang, "quiz.worksheet")}${seed === undefined ? "" : say(lang, "quiz.worksheetSeed", { seed })}`,
    "",
  ];
  for (const q of questions) {
    out.push(`${q.number}. ${inline(q.question[lang])}`, "");
    for (const [i, c] of q.choices.entries()) out.push(`   ${LETTERS[i]}) ${inline(c[lang])}`);
    out.push("");
  }
  out.push(`## ${say(lang, "quiz.answers")}`, "");
  for (const q of questions) {
    out.push(
      `${q.number}. **${LETTERS[q.answer]}) ${inline(q.choices[q.answer]?.[lang] ?? "")}**: ${inline(q.explanation[lang])}`,
    );
  }
  return `${out.join("\n")}\n`;
}
