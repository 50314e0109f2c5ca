import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { needProgram } from "./helpers/outside.js";
import { jjj, sh } from "./helpers.js";

const dir = mkdtempSync(join(tmpdir(), "jjj-completion-"));

async function script(shell: string, lang = "en"): Promise<string> {
  const r = await jjj(["completion", shell, "--lang", lang]);
  expect(r.code).toBe(0);
  const file = join(dir, `jjj.${shell}`);
  writeFileSync(file, r.stdout);
  return file;
}

describe("bash completion, in a real bash", () => {
  /** What bash offers for a command line ending in the word being completed (compgen via the script). */
  async function complete(...words: string[]): Promise<string[]> {
    const file = await script("bash");
    const quoted = words.map((w) => `'${w.replace(/'/g, "'\\''")}'`).join(" ");
    const r = sh(
      `source '${file}'; COMP_WORDS=(jjj ${quoted}); COMP_CWORD=${words.length}; COMPREPLY=(); _jjj; printf '%s\\n' "\${COMPREPLY[@]}"`,
    );
    expect(r.stderr).toBe("");
    return r.stdout.split("\n").filter(Boolean);
  }

  it("registers itself for jjj", async () => {
    const file = await script("bash");
    expect(sh(`source '${file}'; complete -p jjj`).stdout).toBe("complete -F _jjj jjj\n");
  });

  it("completes commands", async () => {
    expect(await complete("")).toEqual(
      expect.arrayContaining([
        "themes",
        "facts",
        "show",
        "compare",
        "search",
        "timeline",
        "export",
        "schema",
        "completion",
        "help",
      ]),
    );
    expect(await complete("s")).toEqual(["show", "sources", "search", "schema"]);
    expect(await complete("ti")).toEqual(["timeline"]);
  });

  it("completes fact ids after show, also after global options", async () => {
    expect(await complete("show", "pm25-")).toEqual([
      "pm25-13-cities",
      "pm25-2-26-cities",
      "pm25-beijing",
      "pm25-tianjin",
      "pm25-hebei",
    ]);
    expect(await complete("--lang", "zh", "show", "tech-contracts-a")).toEqual(["tech-contracts-annual"]);
  });

  it("completes theme ids after --theme and -t", async () => {
    expect(await complete("compare", "--theme", "")).toHaveLength(9);
    expect(await complete("facts", "-t", "eco")).toEqual(["ecology"]);
    expect(await complete("timeline", "--theme", "in")).toEqual(["innovation"]);
  });

  it("completes options and their choices, also as --opt=value", async () => {
    expect(await complete("compare", "--fo")).toEqual(["--format"]);
    expect(await complete("compare", "--format", "")).toEqual(["table", "json", "ndjson", "csv", "tsv", "md"]);
    expect(await complete("compare", "--format", "=", "c")).toEqual(["csv"]);
    expect(await complete("timeline", "--kind", "")).toEqual(["event", "value"]);
    expect(await complete("completion", "")).toEqual(["bash", "zsh", "fish"]);
    expect(await complete("show", "--s")).toEqual(["--source"]);
  });

  it("completes each item of --fields from the command's contract", async () => {
    expect(await complete("compare", "--fields", "id,to.v")).toEqual(["id,to.value"]);
    expect(await complete("themes", "--fields", "name.")).toEqual(["name.zh", "name.en"]);
  });

  it("completes help topics and schema names", async () => {
    expect(await complete("help", "ex")).toEqual(["export", "exit-codes"]);
    expect(await complete("schema", "show")).toEqual(["show", "show-source"]);
  });
});

describe("zsh completion", () => {
  it("is valid zsh, and offers commands, ids and values with descriptions", async (ctx) => {
    needProgram(ctx, "zsh");
    const file = await script("zsh", "zh");
    expect(sh(`zsh -n '${file}'`)).toMatchObject({ code: 0, stderr: "" });
    // zsh's completion builtins, stubbed to print what the script offers.
    const stubs = `
compdef() { :; }
compset() { [[ $1 == -P ]] || return 1; local m="\${(M)PREFIX##$~2}"; [[ -n $m ]] || return 1; IPREFIX+=$m; PREFIX=\${PREFIX#$m}; }
_describe() { local -a items out; items=("\${(@P)4}"); for i in $items; do [[ \${i%%:*} == \${PREFIX}* ]] && out+=("$IPREFIX$i"); done; print -rl -- $out; }
source '${file}'
t() { words=(jjj "$@"); CURRENT=\${#words}; PREFIX=\${words[CURRENT]}; IPREFIX=""; _jjj; }`;
    const run = (line: string) => {
      const r = sh(`zsh -c '${`${stubs}\n${line}`.replace(/'/g, "'\\''")}'`);
      expect(r.stderr).toBe("");
      return r.stdout.split("\n").filter(Boolean);
    };
    expect(run("t sh")).toEqual(["show:完整显示一个事实及其来源"]);
    expect(run("t show pm25-b")).toEqual(["pm25-beijing:PM2.5年均浓度（北京）"]);
    expect(run("t compare --theme eco")).toEqual(["ecology:生态治理"]);
    expect(run("t compare --format=c")).toEqual(["--format=csv"]);
    expect(run("t compare --fields id,to.v")).toEqual(["id,to.value"]);
  });
});

describe("fish completion, in a real fish", () => {
  it("offers commands, ids and values with descriptions", async (ctx) => {
    needProgram(ctx, "fish");
    const file = await script("fish");
    const complete = (line: string) => {
      const r = sh(`fish -c "source '${file}'; complete -C '${line}'"`);
      expect(r.stderr).toBe("");
      return r.stdout.split("\n").filter(Boolean);
    };
    expect(complete("jjj sh")).toEqual(["show\tshow one fact in full, with its source"]);
    expect(complete("jjj show pm25-b")).toEqual(["pm25-beijing\tPM2.5 annual mean (Beijing)"]);
    expect(complete("jjj --lang zh show pm25-b")).toEqual(["pm25-beijing\tPM2.5 annual mean (Beijing)"]);
    expect(complete("jjj compare --theme eco")).toEqual(["ecology\tEnvironmental clean-up"]);
    expect(complete("jjj compare --format c")).toEqual(["csv"]);
    expect(complete("jjj compare --fields id,to.v")).toEqual(["id,to.value"]);
    expect(complete("jjj help exit")).toEqual(["exit-codes\tthe exit codes and what they mean"]);
  });
});

describe("completion stays a script", () => {
  it("rejects data formats", async () => {
    const r = await jjj(["completion", "bash", "--json"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("prints a bash script");
  });
});
