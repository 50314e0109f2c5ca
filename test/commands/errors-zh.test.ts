import { describe, expect, it } from "vitest";
import { memoryIo } from "../../src/cli/io.js";
import { main } from "../../src/main.js";

async function run(argv: string[], env: Record<string, string> = {}) {
  const io = memoryIo({ env });
  const code = await main(argv, io);
  return { code, stdout: io.stdout(), stderr: io.stderr() };
}

describe("error messages in Chinese", () => {
  it("names an unknown fact id and suggests the closest, with --lang zh", async () => {
    const r = await run(["show", "pm2.5", "--lang", "zh"]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toBe('jjj: 未知的事实编号 "pm2.5"\n提示：是否想找 "pm25"？（`jjj facts` 列出全部）\n');
  });

  it("follows the locale when --lang is not given", async () => {
    const r = await run(["compare", "--from", "2020", "--to", "2014"], { LANG: "zh_CN.UTF-8" });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("jjj: --from 2020 不早于 --to 2014");
  });

  it("translates commander's own errors: an unknown option", async () => {
    const r = await run(["compare", "--bogus", "--lang", "zh"]);
    expect(r.code).toBe(2);
    expect(r.stderr.split("\n")[0]).toBe('jjj: 未知选项 "--bogus"');
  });

  it("says a bad year in both languages, naming the value", async () => {
    const zh = await run(["compare", "--from", "abc", "--lang", "zh"]);
    const en = await run(["compare", "--from", "abc", "--lang", "en"]);
    expect(zh.stderr).toContain('--from 应为 2000 到 2035 之间的年份，而不是 "abc"');
    expect(en.stderr).toContain('--from must be a year from 2000 to 2035, not "abc"');
  });
});
