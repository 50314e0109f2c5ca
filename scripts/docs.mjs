#!/usr/bin/env node
// Regenerate README.md and data/README.md from docs/*.template.md, with the real output of the
// current build: `npm run docs`. `node scripts/docs.mjs --check` exits 1 when they are out of date.
// Placeholders, each alone on a line:
//   @@RUN <command> [@@TRIM n]  a console block: the command (jjj = this build) and its output
//   @@FILE <path>@@             a JSON block with the file
//   @@TABLE <data file>@@       the fact table of a data file; @@TABLESRC@@ the code that makes it
//   @@SOURCES@@                 the official sources of data/supplement.json
//   @@UNITS@@                   the unit table of src/dataset/units.ts
import { execSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const ROOT = join(import.meta.dirname, "..");
const check = process.argv.includes("--check");
const env = { PATH: process.env.PATH, HOME: process.env.HOME, LANG: "en_US.UTF-8", TERM: "xterm" };
const sh = (cmd) => {
  try {
    return execSync(cmd, { cwd: ROOT, env, encoding: "utf8", shell: "/bin/bash" });
  } catch (e) {
    return e.stdout;
  }
};

const TABLE_SRC = `node -e '
const d = require(\`./\${process.argv[1]}\`);
const when = (v) => [(v.year ?? v.date ?? (v.period && \`\${v.period.from}–\${v.period.to}\`) ?? "as published") + (v.approximate ? " approx." : "") + (v.yearInferred || v.asOf ? " ‡" : ""), v.source?.confidence, v.place, v.category?.en].filter(Boolean).join(", ");
console.log("| Fact id | Kind | Theme | Values: stored \`value\` “as stated” (when) | Unit |\\n|---|---|---|---|---|");
for (const f of d.facts) {
  const cells = f.kind === "event" ? [\`date \${f.date}\${f.approximate ? " approx." : ""}\${f.yearInferred || f.asOf ? " ‡" : ""}\`] : [...f.values.map((v) => \`\\\`\${v.value}\\\` “\${v.stated}” (\${when(v)})\`), ...(f.changes ?? []).map((c) => \`change \\\`\${c.percent}%\\\` “\${c.stated}” (\${c.from}–\${c.to}\${c.yearInferred ? " ‡" : ""}\${c.source.confidence ? \`, \${c.source.confidence}\` : ""})\`)];
  console.log(\`| \\\`\${f.id}\\\` | \${f.kind} | \${f.theme} | \${cells.join("<br>")} | \${f.unit ? \`\\\`\${f.unit}\\\`\` : "—"} |\`);
}' data/article.json`;

execSync(
  "node_modules/.bin/esbuild src/dataset/units.ts --bundle --format=esm --log-level=warning --outfile=.build/units.mjs",
  {
    cwd: ROOT,
  },
);
const { UNITS } = await import(`${join(ROOT, ".build", "units.mjs")}?${Date.now()}`);
const sup = JSON.parse(readFileSync(join(ROOT, "data", "supplement.json"), "utf8"));

function expand(template) {
  const result = [];
  for (const line of readFileSync(join(ROOT, template), "utf8").split("\n")) {
    const run = line.match(/^@@RUN (.*?)(?: @@TRIM (\d+))?$/);
    const table = line.match(/^@@TABLE (\S+)@@$/);
    if (run) {
      const shown = run[1];
      const real = shown.replace(/(^|[|;&(]\s*)jjj\b/g, "$1node bin/jjj.js");
      let output = sh(`( ${real} ) 2>&1`).replace(/\n$/, "");
      if (run[2]) {
        const lines = output.split("\n");
        if (lines.length > Number(run[2])) output = [...lines.slice(0, Number(run[2])), "…"].join("\n");
      }
      result.push("```console", `$ ${shown}`, output, "```");
    } else if (table) {
      result.push(sh(TABLE_SRC.replace(/data\/article\.json$/, table[1])).replace(/\n$/, ""));
    } else if (line.startsWith("@@FILE ")) {
      result.push("```json", readFileSync(join(ROOT, line.slice(7, -2)), "utf8").replace(/\n$/, ""), "```");
    } else if (line === "@@TABLESRC@@") {
      result.push(TABLE_SRC);
    } else if (line === "@@SOURCES@@") {
      result.push("| Source id | Title | Publisher | Note |", "|---|---|---|---|");
      for (const s of sup.sources)
        result.push(
          `| \`${s.id}\` | ${s.title.zh}<br>${s.title.en} | ${s.publisher ? `${s.publisher.zh}<br>${s.publisher.en}` : ""} | ${s.note ? s.note.en : ""} |`,
        );
    } else if (line === "@@KEYWORDS@@") {
      result.push("| Id | Chinese | English |", "|---|---|---|");
      for (const file of ["article.json", "supplement.json"]) {
        const d = JSON.parse(readFileSync(join(ROOT, "data", file), "utf8"));
        for (const x of [...(d.themes ?? []), ...d.facts])
          if (x.keywords) result.push(`| \`${x.id}\` | ${x.keywords.zh.join("、")} | ${x.keywords.en.join(", ")} |`);
      }
    } else if (line === "@@UNITS@@") {
      result.push("| Unit id | Chinese | English | Base unit | Factor | Share |", "|---|---|---|---|---|---|");
      for (const [id, u] of Object.entries(UNITS)) {
        const f = u.factor === 1 ? "1" : `10${String(Math.log10(u.factor)).replace(/\d/g, (d) => "⁰¹²³⁴⁵⁶⁷⁸⁹"[d])}`;
        result.push(
          `| \`${id}\` | ${u.zh ? u.zh : "(none; the counter word)"} | ${u.en} | ${u.base} | ${f} | ${u.share ? "yes" : ""} |`,
        );
      }
    } else result.push(line);
  }
  return result.join("\n");
}

const targets = [
  ["docs/README.template.md", "README.md"],
  ["docs/data-README.template.md", "data/README.md"],
];
let stale = false;
for (const [template, out] of targets) {
  const text = expand(template);
  const path = join(ROOT, out);
  if (check) {
    // Compare after the formatter has had its say, as the committed files have.
    writeFileSync(`${path}.check.md`, text);
    execSync(`node_modules/.bin/biome format --write ${out}.check.md`, { cwd: ROOT, stdio: "ignore" });
    const fresh = readFileSync(`${path}.check.md`, "utf8");
    execSync(`rm -f ${out}.check.md`, { cwd: ROOT });
    if (fresh !== readFileSync(path, "utf8")) {
      console.error(`${out} is out of date: run \`npm run docs\``);
      stale = true;
    }
  } else {
    writeFileSync(path, text);
    execSync(`node_modules/.bin/biome format --write ${out}`, { cwd: ROOT, stdio: "ignore" });
    console.log(`wrote ${out}`);
  }
}
process.exitCode = stale ? 1 : 0;
