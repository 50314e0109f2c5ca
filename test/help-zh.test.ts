/** Help in Chinese: --lang zh (also --lang=zh) or a zh* locale; English help unchanged otherwise. */
import { describe, expect, it } from "vitest";
import { wrapWide } from "../src/cli/help-format.js";
import { memoryIo } from "../src/cli/io.js";
import { buildProgram } from "../src/program.js";
import { displayWidth } from "../src/render/width.js";
import { jjj, visibleCommands } from "./helpers.js";

const ZH_LOCALE = { LANG: "zh_CN.UTF-8" };
const EN_LOCALE = { LANG: "en_US.UTF-8" };

/** The long (or only) flag of every option of a command, and of the program itself. */
function flags(name?: string): string[] {
  const program = buildProgram(memoryIo(), "en").command;
  const command = name === undefined ? program : program.commands.find((c) => c.name() === name);
  if (!command) throw new Error(`no command ${name}`);
  return command.options.map((o) => o.long ?? o.flags);
}

/** The `$ jjj …` lines of an Examples (示例) block. */
function exampleLines(text: string): string[] {
  return text.split("\n").filter((l) => l.startsWith("  $ jjj"));
}

describe("help in Chinese", () => {
  it("`jjj --help --lang zh`: headings, description, command summaries, every option, examples", async () => {
    const r = await jjj(["--help", "--lang", "zh"]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe("");
    for (const s of ["用法： jjj [options] [command]", "选项：", "命令：", "示例：", "环境变量："]) {
      expect(r.stdout).toContain(s);
    }
    expect(r.stdout).toContain("在终端中查看京津冀协同发展的事实与数字。");
    expect(r.stdout).toMatch(/^ {2}compare \[options\] +比较 2014 年与 2020 年（或任意两年）$/m);
    expect(r.stdout).toMatch(/^ {2}-V, --version +显示版本号$/m);
    expect(r.stdout).toMatch(/^ {2}-h, --help +显示帮助$/m);
    expect(r.stdout).toContain("标签和消息的语言（可选：zh、en）");
    for (const flag of flags()) expect(r.stdout).toContain(flag);
    expect(exampleLines(r.stdout).length).toBeGreaterThanOrEqual(2);
    for (const english of ["Usage:", "Options:", "Commands:", "Examples:", "show help", "(choices:"]) {
      expect(r.stdout).not.toContain(english);
    }
  });

  it("`jjj compare --help` follows a Chinese locale (LANG=zh_CN.UTF-8)", async () => {
    const r = await jjj(["compare", "--help"], { env: ZH_LOCALE });
    expect(r.code).toBe(0);
    const lines = r.stdout.split("\n");
    expect(lines[0]).toBe("jjj compare — 比较 2014 年与 2020 年（或任意两年）");
    expect(r.stdout).toContain("用法： jjj compare [options]");
    expect(r.stdout).toMatch(/^选项：$/m);
    expect(r.stdout).toMatch(/^示例：$/m);
    expect(r.stdout).toMatch(/^ {2}--from <year> +较早的年份（默认：2014）$/m);
    expect(r.stdout).toMatch(/^ {2}--to <year> +较晚的年份（默认：2020）$/m);
    expect(r.stdout).toContain("只比较这个主题的数量（见 `jjj themes`）");
    expect(r.stdout).toContain("退出码：0 成功（结果为空也算）");
    for (const flag of flags("compare")) expect(r.stdout).toContain(flag);
    expect(exampleLines(r.stdout)).toContain("  $ jjj compare --theme innovation --lang zh");
    expect(exampleLines(r.stdout).length).toBeGreaterThanOrEqual(2);
    expect(r.stdout).not.toContain("Options:");
  });

  it("`jjj help exit-codes --lang zh` is the topic in Chinese", async () => {
    const r = await jjj(["help", "exit-codes", "--lang", "zh"]);
    expect(r.code).toBe(0);
    expect(r.stdout.split("\n")[0]).toBe("jjj 的退出码：");
    expect(r.stdout).toContain("用法错误：未知的命令、选项、字段、主题或事实编号");
    expect(r.stdout).toMatch(/^ {2}130 {2}jjj present 或 jjj quiz 在终端中被 Ctrl-C/m);
    expect(r.stdout).not.toContain("a usage error");
  });

  it("`jjj help compare --lang zh` is the Chinese `jjj compare --help`", async () => {
    const viaHelp = await jjj(["help", "compare", "--lang", "zh"]);
    const viaOption = await jjj(["compare", "--help", "--lang", "zh"]);
    expect(viaHelp.code).toBe(0);
    expect(viaHelp.stdout).toBe(viaOption.stdout);
    expect(viaHelp.stdout).toContain("jjj compare — 比较 2014 年与 2020 年（或任意两年）");
    expect(viaHelp.stdout).toContain("选项：");
    expect(viaHelp.stdout).toContain("示例：");
    for (const flag of flags("compare")) expect(viaHelp.stdout).toContain(flag);
    expect(exampleLines(viaHelp.stdout).length).toBeGreaterThanOrEqual(2);
  });

  it("takes --lang=zh, anywhere in the arguments", async () => {
    const r = await jjj(["--lang=zh", "help", "formatting"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("输出格式：--format table|json|ndjson|csv|tsv|md（--json 是 --format json 的简写）");
    expect(r.stdout).toContain("示例：\n  $ jjj compare --format csv");
    const sub = await jjj(["chart", "--help", "--lang=zh"]);
    expect(sub.stdout).toContain("参数：");
    expect(sub.stdout).toContain("事实编号（见 `jjj chart`）");
  });

  for (const name of visibleCommands()) {
    it(`\`jjj ${name} --help --lang zh\` lists every option, in Chinese, with two examples`, async () => {
      const r = await jjj([name, "--help", "--lang", "zh"]);
      expect(r.code).toBe(0);
      expect(r.stdout).toMatch(new RegExp(`^jjj ${name} — \\p{Script=Han}`, "u"));
      expect(r.stdout).toContain(`用法： jjj ${name}`);
      expect(r.stdout).toContain("选项：");
      expect(r.stdout).toMatch(/^ {2}-h, --help +显示帮助$/m);
      for (const flag of flags(name)) expect(r.stdout).toContain(flag);
      expect(r.stdout).toMatch(/^示例：$/m);
      expect(exampleLines(r.stdout).length).toBeGreaterThanOrEqual(2);
      expect(r.stdout).not.toMatch(/Usage:|Options:|Arguments:|Examples:|\(choices:|\(default:/);
    });
  }

  it("`jjj help --lang zh` summarises the topics in Chinese", async () => {
    const r = await jjj(["help", "--help", "--lang", "zh"]);
    expect(r.stdout).toContain("一个命令，或以下之一：exit-codes、environment、formatting");
  });
});

describe("help in English", () => {
  it("is unchanged for an English locale", async () => {
    const r = await jjj(["compare", "--help"], { env: EN_LOCALE });
    expect(r.code).toBe(0);
    expect(r.stdout.split("\n")[0]).toBe("jjj compare — compare 2014 with 2020 (or any two years)");
    for (const s of ["Usage: jjj compare [options]", "Options:", "Examples:", "Environment:"]) {
      expect(r.stdout).toContain(s);
    }
    expect(r.stdout).toMatch(/^ {2}--from <year> +the earlier year \(default: "2014"\)$/m);
    expect(r.stdout).toContain('language of labels and messages (choices: "zh", "en")');
    expect(r.stdout).not.toMatch(/\p{Script=Han}{2}/u);
  });

  it("--lang en wins over a Chinese locale", async () => {
    const r = await jjj(["--help", "--lang", "en"], { env: ZH_LOCALE });
    expect(r.stdout).toContain("Usage: jjj [options] [command]");
    expect(r.stdout).toMatch(/^ {2}-V, --version +print the version$/m);
    expect(r.stdout).not.toContain("用法：");
  });

  it("`jjj help exit-codes` stays English without a Chinese locale", async () => {
    const r = await jjj(["help", "exit-codes"], { env: EN_LOCALE });
    expect(r.stdout.split("\n")[0]).toBe("Exit codes of jjj:");
  });
});

describe("wrapping Chinese help", () => {
  it("breaks between Chinese characters within the width, never before closing punctuation", () => {
    const text =
      "比较每个数量在两年之间的变化：两端的数值、变化量（占比以百分点计）、相对变化和年均复合增长率。来源的基准年不同时，使用该基准年并加以标注。";
    const lines = wrapWide(text, 30).split("\n");
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join("")).toBe(text);
    for (const line of lines) {
      expect(displayWidth(line)).toBeLessThanOrEqual(30);
      expect(line).not.toMatch(/^[，。；：、）]/);
      expect(line).not.toMatch(/（$/);
    }
  });

  it("keeps English words whole", () => {
    expect(wrapWide("只输出这些字段，例如 id,label.en,to.value（见 `jjj schema <command>`）", 24)).toBe(
      "只输出这些字段，例如\nid,label.en,to.value（见\n`jjj schema <command>`）",
    );
  });
});
