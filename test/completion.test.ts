import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { needProgram } from "./helpers/outside.js";
import { jjj, sh } from "./helpers.js";

/** The answers of one shell run, each after a line "--". */
function answers(stdout: string): string[][] {
  return stdout
    .split(/^--\n/m)
    .slice(1)
    .map((a) => a.split("\n").filter(Boolean));
}

const dir = mkdtempSync(join(tmpdir(), "jjj-completion-"));

async function script(shell: string, lang = "en"): Promise<string> {
  const r = await jjj(["completion", shell, "--lang", lang]);
  expect(r.code).toBe(0);
  const file = join(dir, `jjj.${shell}`);
  writeFileSync(file, r.stdout);
  return file;
}

describe("bash completion, in a real bash", () => {
  /**
   * What bash offers for each command line (its last word being completed), compgen via the
   * script: one bash for all of them, each answer after a line "--".
   */
  async function complete(...lines: string[][]): Promise<string[][]> {
    const file = await script("bash");
    const quote = (w: string) => `'${w.replace(/'/g, "'\\''")}'`;
    const calls = lines.map(
      (words) =>
        `echo --; COMP_WORDS=(jjj ${words.map(quote).join(" ")}); COMP_CWORD=${words.length}; COMPREPLY=(); _jjj; printf '%s\\n' "\${COMPREPLY[@]}"`,
    );
    const r = sh(`source '${file}'\n${calls.join("\n")}`);
    expect(r.stderr).toBe("");
    return answers(r.stdout);
  }

  it("registers itself for jjj", async () => {
    const file = await script("bash");
    expect(sh(`source '${file}'; complete -p jjj`).stdout).toBe("complete -F _jjj jjj\n");
  });

  it("completes commands", async () => {
    const [all, s, ti] = await complete([""], ["s"], ["ti"]);
    expect(all).toEqual(
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
    expect(s).toEqual(["show", "sources", "search", "schema"]);
    expect(ti).toEqual(["timeline"]);
  });

  it("completes fact ids after show, also after global options", async () => {
    const [show, afterLang] = await complete(["show", "pm25-"], ["--lang", "zh", "show", "tech-contracts-a"]);
    expect(show).toEqual(["pm25-13-cities", "pm25-2-26-cities", "pm25-beijing", "pm25-tianjin", "pm25-hebei"]);
    expect(afterLang).toEqual(["tech-contracts-annual"]);
  });

  it("completes theme ids after --theme and -t", async () => {
    const [all, eco, inn] = await complete(
      ["compare", "--theme", ""],
      ["facts", "-t", "eco"],
      ["timeline", "--theme", "in"],
    );
    expect(all).toHaveLength(9);
    expect(eco).toEqual(["ecology"]);
    expect(inn).toEqual(["innovation"]);
  });

  it("completes options and their choices, also as --opt=value", async () => {
    expect(
      await complete(
        ["compare", "--fo"],
        ["compare", "--format", ""],
        ["compare", "--format", "=", "c"],
        ["timeline", "--kind", ""],
        ["completion", ""],
        ["show", "--s"],
      ),
    ).toEqual([
      ["--format"],
      ["table", "json", "ndjson", "csv", "tsv", "md"],
      ["csv"],
      ["event", "value"],
      ["bash", "zsh", "fish"],
      ["--source"],
    ]);
  });

  it("completes each item of --fields from the command's contract", async () => {
    expect(await complete(["compare", "--fields", "id,to.v"], ["themes", "--fields", "name."])).toEqual([
      ["id,to.value"],
      ["name.zh", "name.en"],
    ]);
  });

  it("completes help topics and schema names", async () => {
    expect(await complete(["help", "ex"], ["schema", "show"])).toEqual([
      ["export", "exit-codes"],
      ["show", "show-source"],
    ]);
  });
});

describe("zsh completion", () => {
  it("is valid zsh, and offers commands, ids and values with descriptions", async (ctx) => {
    needProgram(ctx, "zsh");
    const file = await script("zsh", "zh");
    expect(sh(`zsh -f -n '${file}'`)).toMatchObject({ code: 0, stderr: "" });
    // zsh's completion builtins, stubbed to print what the script offers.
    const stubs = `
compdef() { :; }
compset() { [[ $1 == -P ]] || return 1; local m="\${(M)PREFIX##$~2}"; [[ -n $m ]] || return 1; IPREFIX+=$m; PREFIX=\${PREFIX#$m}; }
_describe() { local -a items out; items=("\${(@P)4}"); for i in $items; do [[ \${i%%:*} == \${PREFIX}* ]] && out+=("$IPREFIX$i"); done; print -rl -- $out; }
source '${file}'
t() { words=(jjj "$@"); CURRENT=\${#words}; PREFIX=\${words[CURRENT]}; IPREFIX=""; _jjj; }`;
    // One zsh for all lines, each in a subshell so that none sees another's state.
    const lines = [
      "t sh",
      "t show pm25-b",
      "t compare --theme eco",
      "t compare --format=c",
      "t compare --fields id,to.v",
    ];
    const body = `${stubs}\n${lines.map((l) => `print -- --; (${l})`).join("\n")}`;
    const r = sh(`zsh -f -c '${body.replace(/'/g, "'\\''")}'`);
    expect(r.stderr).toBe("");
    expect(answers(r.stdout)).toEqual([
      ["show:完整显示一个事实及其来源"],
      ["pm25-beijing:PM2.5年均浓度（北京）"],
      ["ecology:生态治理"],
      ["--format=csv"],
      ["id,to.value"],
    ]);
  });
});

describe("fish completion, in a real fish", () => {
  it("offers commands, ids and values with descriptions", async (ctx) => {
    needProgram(ctx, "fish");
    const file = await script("fish");
    // One fish for all lines.
    const lines = [
      "jjj sh",
      "jjj show pm25-b",
      "jjj --lang zh show pm25-b",
      "jjj compare --theme eco",
      "jjj compare --format c",
      "jjj compare --fields id,to.v",
      "jjj help exit",
    ];
    const r = sh(
      `fish --no-config -c "source '${file}'; ${lines.map((l) => `printf '%s\\n' --; complete -C '${l}'`).join("; ")}"`,
    );
    expect(r.stderr).toBe("");
    expect(answers(r.stdout)).toEqual([
      ["show\tshow one fact in full, with its source"],
      ["pm25-beijing\tPM2.5 annual mean (Beijing)"],
      ["pm25-beijing\tPM2.5 annual mean (Beijing)"],
      ["ecology\tEnvironmental clean-up"],
      ["csv"],
      ["id,to.value"],
      ["exit-codes\tthe exit codes and what they mean"],
    ]);
  });
});

describe("completion stays a script", () => {
  it("rejects data formats", async () => {
    const r = await jjj(["completion", "bash", "--json"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("prints a bash script");
  });
});
