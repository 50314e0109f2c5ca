/**
 * The quiz on a terminal: one key per answer (a–d or 1–4), immediate feedback with the source, the
 * score at the end. Raw mode only while it runs, given back however it ends (the last question,
 * q, Esc, Ctrl-C, SIGINT, SIGTERM, SIGHUP, SIGQUIT, an error). The output stays on the main screen, score included.
 */

import type { QuizRecord } from "../contract/quiz.js";
import type { Terminal } from "../core/terminal.js";
import { terminalSafe } from "../core/text.js";
import { decodeKeys } from "../present/navigator.js";
import { feedback, intro, LETTERS, parseAnswer, prompt, questionText, type SessionLook, score } from "./session.js";

export type QuizOutcome = "done" | "stopped" | "interrupt" | "terminate" | "hangup" | "quit-signal";

export interface QuizResult {
  outcome: QuizOutcome;
  right: number;
  asked: number;
}

export async function playOnTerminal(
  term: Terminal,
  look: SessionLook,
  questions: readonly QuizRecord[],
  opts: { seed: number; theme?: string; themeName: (id: string) => string },
): Promise<QuizResult> {
  // Node's raw mode keeps the terminal's newline translation (ONLCR): "\n" starts a new line.
  // Text from data is data: any control character in it is shown, never sent (colours are jjj's own).
  const write = (text: string) => term.write(terminalSafe(text, look.paint.level > 0));
  const offs: (() => void)[] = [];
  let restored = false;
  const restore = () => {
    if (restored) return;
    restored = true;
    for (const off of offs.splice(0).reverse()) off();
    term.setRawMode(false);
  };
  offs.push(term.onExit(restore));
  term.setRawMode(true);
  let index = 0;
  let right = 0;
  let asked = 0;
  try {
    return await new Promise<QuizResult>((resolve, reject) => {
      let done = false;
      const finish = (outcome: QuizOutcome) => {
        if (done) return;
        done = true;
        write(score(look, right, asked, questions.length));
        resolve({ outcome, right, asked });
      };
      const ask = () => {
        const q = questions[index] as QuizRecord;
        write(questionText(look, q, questions.length, opts.themeName(q.theme)) + prompt(look, q));
      };
      offs.push(
        term.onInput((chunk) => {
          try {
            for (const key of decodeKeys(chunk)) {
              if (done) return;
              if (key === "ctrl-c") {
                write("^C\n");
                finish("interrupt");
                return;
              }
              if (key === "escape" || key === "q" || key === "Q") {
                write("\n");
                finish("stopped");
                return;
              }
              const q = questions[index] as QuizRecord;
              const chosen = key.length === 1 ? parseAnswer(key, q) : undefined;
              if (typeof chosen !== "number") {
                // Not an answer: a bell, and the question waits.
                term.write("\u0007");
                continue;
              }
              write(`${LETTERS[chosen]}\n`);
              asked++;
              if (chosen === q.answer) right++;
              write(feedback(look, q, chosen));
              index++;
              if (index >= questions.length) {
                finish("done");
                return;
              }
              ask();
            }
          } catch (err) {
            reject(err);
          }
        }),
      );
      offs.push(term.onSignal("SIGINT", () => finish("interrupt")));
      offs.push(term.onSignal("SIGTERM", () => finish("terminate")));
      offs.push(term.onSignal("SIGHUP", () => finish("hangup")));
      offs.push(term.onSignal("SIGQUIT", () => finish("quit-signal")));
      write(intro(look, questions, opts.seed, opts.theme));
      ask();
    });
  } finally {
    restore();
  }
}
