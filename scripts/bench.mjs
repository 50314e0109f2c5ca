#!/usr/bin/env node
// The start-up benchmark: `npm run bench`. Alternates each jjj command with `node -e 0` (the
// floor: Node's own start-up), after a warm-up, and reports the median wall time, its ratio to
// the floor, and peak memory (max RSS, via GNU time where it is installed); then the scale series
// with synthetic data of 1,000, 10,000 and 100,000 facts. Exits 1 when a target is missed.
// Not part of `npm test`: machines are noisy, and tests never assert timings.
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const RUNS = Number(process.env.BENCH_RUNS ?? 21);
const WARMUP = 3;
const node = process.execPath;
const jjj = join(import.meta.dirname, "..", "bin", "jjj.js");
const env = { PATH: process.env.PATH, HOME: process.env.HOME, COLUMNS: "80", LANG: "en_US.UTF-8" };
const gnuTime = existsSync("/usr/bin/time") ? "/usr/bin/time" : null;

const TARGETS = [
  { args: ["compare", "--json"], time: 1.2, rss: 1.15 },
  { args: ["compare"], time: 1.3 },
  { args: ["themes"], time: 1.3 },
  { args: ["chart", "pm25"], time: 1.3 },
  // Off a terminal: every slide as plain text, chart included; the question set of a seed.
  { args: ["present", "--width", "80"], time: 1.4 },
  { args: ["quiz", "--seed", "7", "--json"], time: 1.3 },
];

function wall(cmd, args) {
  const t0 = process.hrtime.bigint();
  const r = spawnSync(cmd, args, { env, stdio: ["ignore", "ignore", "pipe"] });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  if (r.status !== 0) throw new Error(`${[cmd, ...args].join(" ")} exited ${r.status}: ${r.stderr}`);
  return ms;
}

function maxRss(cmd, args) {
  if (!gnuTime) return null;
  const r = spawnSync(gnuTime, ["-f", "%M", cmd, ...args], { env, stdio: ["ignore", "ignore", "pipe"] });
  const kb = Number(String(r.stderr).trim().split("\n").pop());
  return Number.isFinite(kb) ? kb : null;
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
};
const f1 = (x) => x.toFixed(1);
const f2 = (x) => x.toFixed(2);

let failed = false;
const rows = [];
const floorRss = median(Array.from({ length: 5 }, () => maxRss(node, ["-e", "0"])).filter((x) => x !== null)) ?? null;

for (const target of TARGETS) {
  const args = [jjj, ...target.args];
  try {
    for (let i = 0; i < WARMUP; i++) {
      wall(node, ["-e", "0"]);
      wall(node, args);
    }
    const base = [];
    const mine = [];
    for (let i = 0; i < RUNS; i++) {
      base.push(wall(node, ["-e", "0"]));
      mine.push(wall(node, args));
    }
    const ratio = median(mine) / median(base);
    const rss = median(Array.from({ length: 5 }, () => maxRss(node, args)).filter((x) => x !== null));
    const rssRatio = rss && floorRss ? rss / floorRss : null;
    const timeOk = ratio <= target.time;
    const rssOk = target.rss === undefined || rssRatio === null || rssRatio <= target.rss;
    if (!timeOk || !rssOk) failed = true;
    rows.push(
      `${`jjj ${target.args.join(" ")}`.padEnd(22)} ${f1(median(mine)).padStart(7)} ms  node ${f1(median(base)).padStart(6)} ms  ` +
        `${f2(ratio)}× (≤ ${target.time}×) ${timeOk ? "ok " : "MISS"}  ` +
        `rss ${rss ? `${(rss / 1024).toFixed(1)} MiB` : "n/a"}${rssRatio ? ` ${f2(rssRatio)}×` : ""}` +
        `${target.rss ? ` (≤ ${target.rss}×) ${rssOk ? "ok" : "MISS"}` : ""}`,
    );
  } catch (err) {
    failed = true;
    rows.push(`${`jjj ${target.args.join(" ")}`.padEnd(22)} FAILED: ${err.message.split("\n")[0]}`);
  }
}

console.log(`jjj start-up, median of ${RUNS} alternating runs (node ${process.version}, floor = node -e 0)`);
for (const r of rows) console.log(`  ${r}`);

// Scale: load + validate + compare --json with synthetic data merged onto the bundled data.
const dir = mkdtempSync(join(tmpdir(), "jjj-bench-"));
const scale = [];
for (const n of [1000, 10000, 100000]) {
  const file = join(dir, `facts-${n}.json`);
  writeFileSync(
    file,
    execFileSync(node, [join(import.meta.dirname, "gen-synthetic.mjs"), String(n)], { maxBuffer: 1 << 30 }),
  );
  const args = [jjj, "compare", "--json", "--data", file];
  const runs = n >= 100000 ? 3 : 5;
  const ms = median(Array.from({ length: runs }, () => wall(node, args)));
  const rss = maxRss(node, args);
  scale.push({ n, ms, rss });
}
console.log("scale: jjj compare --json --data <synthetic facts>");
for (const s of scale) {
  console.log(
    `  ${String(s.n).padStart(7)} facts  ${f1(s.ms).padStart(8)} ms  rss ${s.rss ? `${(s.rss / 1024).toFixed(0)} MiB` : "n/a"}`,
  );
}
const s100k = scale[2].ms;
const growth = scale[2].ms / scale[1].ms;
const under2s = s100k < 2000;
const linear = growth <= 11;
console.log(`  100,000 facts under 2 s: ${under2s ? "ok" : "MISS"} (${f2(s100k / 1000)} s)`);
console.log(`  100k / 10k cost: ${f2(growth)}× (≤ 11×) ${linear ? "ok" : "MISS"}`);
if (!under2s || !linear) failed = true;
process.exitCode = failed ? 1 : 0;
