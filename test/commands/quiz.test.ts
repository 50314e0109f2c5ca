/** `jjj quiz` in-process: the question set as JSON, answers from standard input, and the game on a (fake) terminal. */
import { describe, expect, it } from "vitest";
import { fakeTerminal, memoryIo } from "../../src/cli/io.js";
import type { QuizRecord } from "../../src/contract/quiz.js";
import { main } from "../../src/main.js";
import { jjj } from "../helpers.js";

// biome-ignore lint/suspicious/noControlCharactersInRegex: looking for escape sequences is the point
const ESC = /\u001b/;

async function quiz(argv: string[], stdin: string, env: Record<string, string> = {}) {
  const io = memoryIo({ stdin, env });
  const code = await main(["quiz", ...argv], io);
  return { code, stdout: io.stdout(), stderr: io.stderr() };
}

describe("jjj quiz --json", () => {
  it("prints the same question set for the same seed, whatever the language", async () => {
    const a = await jjj(["quiz", "--seed", "7", "--json"]);
    expect(a.code).toBe(0);
    const b = await jjj(["quiz", "--seed", "7", "--json", "--lang", "zh"]);
    expect(b.stdout).toBe(a.stdout);
    const set = JSON.parse(a.stdout) as QuizRecord[];
    expect(set).toHaveLength(5);
    expect(set[0]).toMatchObject({
      number: 1,
      id: "change:pm25-beijing:2014-2020",
      kind: "change",
      theme: "ecology",
      facts: ["pm25-beijing"],
      answer: 3,
      seed: 7,
    });
    expect(set[0]?.choices[3]).toEqual({ zh: "−55.8%", en: "−55.8%" });
    // Wrong choices of the same kind, none the answer with its sign flipped.
    for (const c of set[0]?.choices ?? []) expect(c.en).toMatch(/^−\d/);
  });

  it("--count sets the size, --theme the theme", async () => {
    const set = JSON.parse(
      (await jjj(["quiz", "--seed", "1", "--count", "12", "--theme", "innovation", "--json"])).stdout,
    );
    expect(set).toHaveLength(12);
    expect(set.every((q: QuizRecord) => q.theme === "innovation")).toBe(true);
  });

  it("says on stderr when a theme supports fewer questions than asked", async () => {
    const r = await jjj(["quiz", "--seed", "1", "--count", "50", "--theme", "mechanisms", "--json"]);
    expect(r.code).toBe(0);
    const n = JSON.parse(r.stdout).length;
    expect(n).toBeLessThan(50);
    expect(r.stderr).toBe(`note: only ${n} questions can be made about mechanisms (50 asked for)\n`);
  });

  it("--format md is a worksheet with the answers at the end", async () => {
    const r = await jjj(["quiz", "--seed", "7", "--format", "md"]);
    expect(
      r.stdout.startsWith(
        "# Quiz (seed 7)\n\n1. PM2.5 annual mean (Beijing): by how much did it change from 2014 to 2020?\n",
      ),
    ).toBe(true);
    expect(r.stdout).toContain("\n## Answers\n\n1. **d) −55.8%**: 2014: 85.9 µg/m³ → 2020: 38 µg/m³: −55.8%.\n");
  });
});

describe("jjj quiz off a terminal: answers from standard input, one a line", () => {
  it("asks, reads each answer, gives feedback with the source, and the score", async () => {
    const r = await quiz(["--seed", "7", "--count", "2"], "d\n3\n");
    expect(r.code).toBe(0);
    expect(r.stderr).toBe("");
    expect(r.stdout).not.toMatch(ESC);
    expect(r.stdout).toContain("Quiz: 2 questions\nSeed 7: jjj quiz --seed 7 gives the same questions\n");
    expect(r.stdout).toContain("Question 1/2 · Environmental clean-up\n");
    expect(r.stdout).toContain("Answer (a–d, q to stop): d\n✓ Right: d) −55.8%\n");
    // In a student's words, wrapped at a word: no "confidence A".
    expect(r.stdout).toContain(
      "Source: official figure: Beijing Municipal Ecology and Environment Bureau\n(formerly Environmental Protection Bureau)\n",
    );
    expect(r.stdout).not.toContain("confidence");
    expect(r.stdout).toContain("Answer (a–d, q to stop): 3\n✓ Right: c) 2019\n");
    expect(r.stdout.endsWith("\nScore: 2/2\n")).toBe(true);
  });

  it("says which answer was right after a wrong one", async () => {
    const r = await quiz(["--seed", "7", "--count", "1"], "a\n");
    expect(r.stdout).toContain("✗ The answer is d) −55.8%\n");
    expect(r.stdout.endsWith("Score: 0/1\n")).toBe(true);
  });

  it("asks again after a line that is not an answer", async () => {
    const r = await quiz(["--seed", "7", "--count", "1"], "maybe\nd\n");
    expect(r.stdout).toContain('"maybe" is not an answer: type a letter a–d, or q to stop\n');
    expect(r.stdout.endsWith("Score: 1/1\n")).toBe(true);
  });

  it("echoes a rejected line cut and made visible, never whole or raw", async () => {
    const long = `x${"y".repeat(5000)}\u001b]0;PWNED\u0007`;
    const r = await quiz(["--seed", "7", "--count", "1"], `${long}\nd\n`);
    expect(r.stdout).not.toMatch(ESC);
    expect(r.stdout).not.toContain("y".repeat(100));
    expect(r.stdout).toContain(`"x${"y".repeat(79)}…" is not an answer`);
    const raw = await quiz(["--seed", "7", "--count", "1"], "no\u001b]0;X\u0007\nd\n");
    expect(raw.stdout).toContain('"no\\x1b]0;X\\x07" is not an answer');
  });

  it("ends cleanly at the end of input, with the score so far", async () => {
    const r = await quiz(["--seed", "7", "--count", "5"], "d\n");
    expect(r.code).toBe(0);
    expect(r.stdout.endsWith("\nStopped after 1 of 5 questions. Score: 1/1\n")).toBe(true);
    const none = await quiz(["--seed", "7"], "");
    expect(none.code).toBe(0);
    expect(none.stdout.endsWith("\nStopped after 0 of 5 questions. Score: 0/0\n")).toBe(true);
  });

  it("stops on q", async () => {
    const r = await quiz(["--seed", "7"], "d\nq\nc\n");
    expect(r.stdout.endsWith("Stopped after 1 of 5 questions. Score: 1/1\n")).toBe(true);
  });

  it("speaks Chinese with --lang zh", async () => {
    const r = await quiz(["--seed", "7", "--count", "1", "--lang", "zh"], "d\n");
    expect(r.stdout).toContain("第 1/1 题 · 生态治理\n2014年到2020年，PM2.5年均浓度（北京）变化了多少？\n");
    expect(r.stdout).toContain("✓ 答对了：d) −55.8%\n");
    expect(r.stdout.endsWith("得分：1/1\n")).toBe(true);
  });
});

describe("jjj quiz, usage errors (exit 2)", () => {
  it("rejects a --count that is not a whole number from 1 to 50", async () => {
    for (const bad of ["-1", "abc", "0", "51", "2.5"]) {
      const r = await jjj(["quiz", "--count", bad]);
      expect(r.code, bad).toBe(2);
      expect(r.stdout).toBe("");
      expect(r.stderr).toBe(
        `jjj: --count must be a whole number from 1 to 50, not "${bad}"\nhint: for example --count 10\n`,
      );
    }
    const zh = await jjj(["quiz", "--count", "abc", "--lang", "zh"]);
    expect(zh.stderr).toBe('jjj: --count 应为 1 到 50 之间的整数，而不是 "abc"\n提示：例如 --count 10\n');
  });

  it("rejects a --seed that is not a whole number from 0 to 4294967295", async () => {
    for (const bad of ["abc", "-7", "4294967296"]) {
      const r = await jjj(["quiz", "--seed", bad]);
      expect(r.code, bad).toBe(2);
      expect(r.stderr).toContain(`--seed must be a whole number from 0 to 4294967295, not "${bad}"`);
    }
  });

  it("rejects an unknown theme", async () => {
    const r = await jjj(["quiz", "--theme", "ecolgy"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('did you mean "ecology"?');
  });
});

describe("jjj quiz on a terminal: one key an answer", () => {
  async function play(keys: string[], signal?: "SIGTERM" | "SIGHUP" | "SIGQUIT") {
    const term = fakeTerminal({ columns: 80, rows: 24 });
    const io = memoryIo({ isTTY: true, columns: 80, terminal: term, env: { NO_COLOR: "1" } });
    const running = main(["quiz", "--seed", "7", "--count", "2"], io);
    await term.ready();
    for (const k of keys) term.type(k);
    if (signal) term.signal(signal);
    return { code: await running, term, io };
  }

  it("gives feedback on each key and the score, in raw mode while it runs", async () => {
    const term = fakeTerminal();
    const io = memoryIo({ isTTY: true, terminal: term, env: { NO_COLOR: "1" } });
    const running = main(["quiz", "--seed", "7", "--count", "2"], io);
    await term.ready();
    expect(term.raw()).toBe(true);
    term.type("x");
    expect(term.output()).toContain("\u0007");
    term.type("d");
    term.type("a");
    expect(await running).toBe(0);
    const out = term.output();
    // The bell for "x", then the answer echoed.
    expect(out).toContain("Answer (a–d, q to stop): \u0007d\n✓ Right: d) −55.8%\n");
    expect(out).toContain("✗ The answer is c) 2019\n");
    expect(out.endsWith("\nScore: 1/2\n")).toBe(true);
    expect(term.raw()).toBe(false);
    expect(term.pending()).toBe(0);
    expect(io.stdout()).toBe("");
  });

  it("stops on q with the score so far, exit 0", async () => {
    const { code, term } = await play(["d", "q"]);
    expect(code).toBe(0);
    expect(term.output().endsWith("Stopped after 1 of 2 questions. Score: 1/1\n")).toBe(true);
    expect(term.raw()).toBe(false);
  });

  it("exits 130 on Ctrl-C and 143 on SIGTERM, with raw mode off", async () => {
    const interrupted = await play(["\u0003"]);
    expect(interrupted.code).toBe(130);
    expect(interrupted.term.raw()).toBe(false);
    expect(interrupted.term.pending()).toBe(0);
    const terminated = await play([], "SIGTERM");
    expect(terminated.code).toBe(143);
    expect(terminated.term.raw()).toBe(false);
  });

  it("exits 129 on SIGHUP and 131 on SIGQUIT, with raw mode off", async () => {
    const hangup = await play([], "SIGHUP");
    expect(hangup.code).toBe(129);
    expect(hangup.term.raw()).toBe(false);
    expect(hangup.term.pending()).toBe(0);
    const quit = await play([], "SIGQUIT");
    expect(quit.code).toBe(131);
    expect(quit.term.raw()).toBe(false);
  });
});
