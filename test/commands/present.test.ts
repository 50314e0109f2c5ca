/** `jjj present` in-process: plain text in a pipe, Markdown slides, errors, and the show on a (fake) terminal. */
import { describe, expect, it } from "vitest";
import { fakeTerminal, memoryIo } from "../../src/cli/io.js";
import { main } from "../../src/main.js";
import { jjj } from "../helpers.js";

// biome-ignore lint/suspicious/noControlCharactersInRegex: looking for escape sequences is the point
const ESC = /\u001b/;

describe("jjj present, off a terminal", () => {
  it("prints every slide in order as plain text and exits 0", async () => {
    const r = await jjj(["present", "--width", "80"]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe("");
    expect(r.stdout).not.toMatch(ESC);
    expect(r.stdout.startsWith("─── 1/12 ")).toBe(true);
    expect(r.stdout).toContain("─── 12/12 ");
    expect(r.stdout).toContain("2014: 89.8* → 2020: 44 (−51%)");
    expect(r.stdout).toContain("2014 → 2020: what changed");
  });

  it("is plain even with a terminal's width in the environment, and in Chinese with --lang zh", async () => {
    const r = await jjj(["present", "--lang", "zh"], { env: { COLUMNS: "100" } });
    expect(r.code).toBe(0);
    expect(r.stdout).not.toMatch(ESC);
    expect(r.stdout).toContain("2014年 89.8* → 2020年 44（−51%）");
    expect(r.stdout.split("\n")[0]).toHaveLength(100);
  });

  it("--theme keeps one theme", async () => {
    const r = await jjj(["present", "--theme", "ecology"]);
    expect(r.stdout.match(/^─── \d+\/4 /gm)).toHaveLength(4);
  });

  it("--export md writes Markdown slides separated by ---", async () => {
    const r = await jjj(["present", "--export", "md", "--theme", "ecology"]);
    expect(r.code).toBe(0);
    expect(r.stdout.split("\n\n---\n\n")).toHaveLength(4);
    expect(r.stdout).toContain("## 5 · Environmental clean-up (生态治理)");
    expect(r.stdout).not.toMatch(ESC);
  });
});

describe("jjj present, usage errors (exit 2)", () => {
  it("rejects --auto that is not a number of seconds from 1 to 3600", async () => {
    for (const bad of ["0", "-1", "abc", "5000"]) {
      const r = await jjj(["present", "--auto", bad]);
      expect(r.code, bad).toBe(2);
      expect(r.stderr).toBe(
        `jjj: --auto must be a number of seconds from 1 to 3600, not "${bad}"\nhint: for example --auto 10\n`,
      );
    }
    const zh = await jjj(["present", "--auto", "0", "--lang", "zh"]);
    expect(zh.stderr).toBe('jjj: --auto 应为 1 到 3600 之间的秒数，而不是 "0"\n提示：例如 --auto 10\n');
  });

  it("rejects an unknown theme with a suggestion", async () => {
    const r = await jjj(["present", "--theme", "ecolgy"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('jjj: unknown theme "ecolgy"');
    expect(r.stderr).toContain('did you mean "ecology"?');
  });

  it("rejects --json and other formats, pointing to --export md", async () => {
    const r = await jjj(["present", "--json"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("--json, --format and --fields do not apply");
    expect(r.stderr).toContain("--export md");
    expect((await jjj(["present", "--export", "pdf"])).code).toBe(2);
  });
});

describe("jjj present, on a terminal", () => {
  async function show(keys: string[], signal?: "SIGTERM" | "SIGHUP" | "SIGQUIT") {
    const term = fakeTerminal({ columns: 100, rows: 30 });
    const io = memoryIo({ isTTY: true, columns: 100, terminal: term, env: { LANG: "en_US.UTF-8" } });
    const running = main(["present"], io);
    await term.ready();
    for (const k of keys) term.type(k);
    if (signal) term.signal(signal);
    return { code: await running, term, io };
  }

  it("shows the slides full-screen and exits 0 on q, with the terminal restored", async () => {
    const { code, term, io } = await show(["\u001b[C", "\u001b[C", "q"]);
    expect(code).toBe(0);
    expect(io.stdout()).toBe("");
    expect(term.output()).toContain("Relieving non-capital functions");
    expect(term.output().endsWith("\u001b[?25h\u001b[?1049l")).toBe(true);
    expect(term.raw()).toBe(false);
    expect(term.pending()).toBe(0);
  });

  it("prints plain text on a dumb terminal (TERM=dumb), which cannot switch screens", async () => {
    const term = fakeTerminal();
    const io = memoryIo({ isTTY: true, columns: 80, terminal: term, env: { TERM: "dumb" } });
    expect(await main(["present", "--theme", "ecology"], io)).toBe(0);
    expect(term.output()).toBe("");
    expect(io.stdout()).not.toMatch(ESC);
    // TERM=dumb also means plain ASCII drawing characters.
    expect(io.stdout()).toContain("--- 2/4 ");
  });

  it("exits 130 on Ctrl-C and 143 on SIGTERM, silently, with the terminal restored", async () => {
    const interrupted = await show(["\u0003"]);
    expect(interrupted.code).toBe(130);
    expect(interrupted.io.stderr()).toBe("");
    expect(interrupted.term.output().endsWith("\u001b[?25h\u001b[?1049l")).toBe(true);
    const terminated = await show([], "SIGTERM");
    expect(terminated.code).toBe(143);
    expect(terminated.term.raw()).toBe(false);
  });

  it("exits 129 on SIGHUP and 131 on SIGQUIT, with the terminal restored", async () => {
    for (const [signal, code] of [
      ["SIGHUP", 129],
      ["SIGQUIT", 131],
    ] as const) {
      const r = await show([], signal);
      expect(r.code).toBe(code);
      expect(r.io.stderr()).toBe("");
      expect(r.term.output().endsWith("\u001b[?25h\u001b[?1049l")).toBe(true);
      expect(r.term.raw()).toBe(false);
      expect(r.term.pending()).toBe(0);
    }
  });
});
