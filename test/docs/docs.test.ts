import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { generateDocs, ROOT, splitLine } from "../../scripts/docs-gen.js";
import { COMMAND_NAMES, COMMANDS } from "../../src/commands/registry.js";
import { CONTRACT_NAMES } from "../../src/contract/catalog.js";
import { contractFieldPaths } from "../../src/contract/index.js";

const files = await generateDocs();

describe("the documentation (npm run docs regenerates it)", () => {
  it.each([...files.keys()])("%s shows the current output, registry and contracts", (path) => {
    const onDisk = existsSync(join(ROOT, path)) ? readFileSync(join(ROOT, path), "utf8") : "(missing)";
    expect(onDisk, `${path} is out of date: run \`npm run docs\``).toBe(files.get(path));
  });

  it("has a reference page for every command in the registry, and no other", () => {
    const pages = readdirSync(join(ROOT, "docs/reference")).sort();
    expect(pages).toEqual(COMMANDS.map((c) => `${c.name}.md`).sort());
  });

  it("keeps the README short, with compare's real output in it", () => {
    const readme = readFileSync(join(ROOT, "README.md"), "utf8");
    expect(readme.split("\n").length).toBeLessThanOrEqual(200);
    expect(readme).toContain("$ jjj compare --width 100 --color never");
    expect(readme).toMatch(/PM2\.5.*\b44\b/);
  });

  it("names every command in the README, and what a script author needs", () => {
    const readme = readFileSync(join(ROOT, "README.md"), "utf8");
    for (const name of COMMAND_NAMES)
      expect(readme, `README.md never names jjj ${name}`).toMatch(new RegExp(`\`jjj ${name}\\b`));
    for (const topic of ["exit code", "--format", "--fields", "jjj schema", "docs/json.md", "docs/reference/"])
      expect(readme).toContain(topic);
  });

  it("documents every published shape in docs/json.md, field by field", () => {
    const text = files.get("docs/json.md") ?? "";
    for (const name of CONTRACT_NAMES) {
      expect(text, `the shape of \`${name}\``).toContain(`## ${name}\n`);
      for (const field of contractFieldPaths(name).filter((p) => !p.includes(".")))
        expect(text, `field \`${field}\` of \`${name}\``).toContain(`\`${field}\``);
    }
  });

  it("splits a command line as a shell does", () => {
    expect(splitLine("jjj search 'technology contracts' --lang zh")).toEqual([
      "jjj",
      "search",
      "technology contracts",
      "--lang",
      "zh",
    ]);
  });
});
