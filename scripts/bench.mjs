#!/usr/bin/env node
// The start-up benchmark: `npm run bench`. Alternates each jjj command with `node -e 0` (the
// floor: Node's own start-up), after a warm-up, and reports the median wall time, its ratio to
// the floor, and peak memory (max RSS, via GNU time where it is installed); then the scale series
// with synthetic data of 1,000, 10,000 and 100,000 facts. Exits 1 when a target is missed.
// Not part of `npm test`: machines are noisy, and tests never assert timings.
// BENCH_RUNS sets the number of runs; BENCH_STARTUP_ONLY=1 skips the scale series,
// BENCH_SCALE_ONLY=1 the start-up.
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, statSync, writeFileSync } from "node:fs";
import { constants, tmpdir } from "node:os";
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

/**
 * Ctrl-C (or a closed terminal) signals the command being timed as well as the benchmark. The
 * benchmark ignores it, since it runs one synchronous command after another and a handler of its
 * own would never run; when the command ends by that signal, the benchmark stops here, through
 * its "exit" handlers.
 */
for (const signal of ["SIGINT", "SIGHUP"]) process.on(signal, () => {});
function stopped(r) {
  if (r.signal) process.exit(128 + constants.signals[r.signal]);
}

function wall(cmd, args) {
  const t0 = process.hrtime.bigint();
  const r = spawnSync(cmd, args, { env, stdio: ["ignore", "ignore", "pipe"] });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  stopped(r);
  if (r.status !== 0) throw new Error(`${[cmd, ...args].join(" ")} exited ${r.status}: ${r.stderr}`);
  return ms;
}

function maxRss(cmd, args) {
  if (!gnuTime) return null;
  const r = spawnSync(gnuTime, ["-f", "%M", cmd, ...args], { env, stdio: ["ignore", "ignore", "pipe"] });
  stopped(r);
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

for (const target of process.env.BENCH_SCALE_ONLY === "1" ? [] : TARGETS) {
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

if (rows.length) {
  console.log(`jjj start-up, median of ${RUNS} alternating runs (node ${process.version}, floor = node -e 0)`);
  for (const r of rows) console.log(`  ${r}`);
}

if (process.env.BENCH_STARTUP_ONLY === "1") {
  process.exitCode = failed ? 1 : 0;
  process.exit();
}

// Scale: load + validate (`jjj validate`) and load + validate + compare (`jjj compare --json`) with
// synthetic data merged onto the bundled data, then the same with a source and a place per fact
// (where a look-up by linear search would show as quadratic time).
const dir = mkdtempSync(join(tmpdir(), "jjj-bench-"));
// About 180 MB of synthetic files: removed however the benchmark ends, Ctrl-C included (see stopped).
process.on("exit", () => rmSync(dir, { recursive: true, force: true }));
const scale = [];
for (const [n, mode] of [
  [1000, ""],
  [10000, ""],
  [100000, ""],
  [10000, "distinct"],
  [50000, "distinct"],
]) {
  const file = join(dir, `facts-${n}${mode ? `-${mode}` : ""}.json`);
  writeFileSync(
    file,
    execFileSync(node, [join(import.meta.dirname, "gen-synthetic.mjs"), String(n), ...(mode ? [mode] : [])], {
      maxBuffer: 1 << 30,
    }),
  );
  const runs = n >= 50000 ? 3 : 5;
  const row = { n, mode };
  for (const [name, args] of [
    ["validate", [jjj, "validate", file]],
    ["compare", [jjj, "compare", "--json", "--data", file]],
  ]) {
    row[name] = { ms: median(Array.from({ length: runs }, () => wall(node, args))), rss: maxRss(node, args) };
  }
  scale.push(row);
}
// The floor at 100,000 facts: plain Node reading and parsing the same file, then serialising and
// writing compare's output (made beforehand, not timed), with no validation and no comparison.
const bigFile = join(dir, "facts-100000.json");
const bigOutput = join(dir, "compare-100000.json");
writeFileSync(
  bigOutput,
  execFileSync(node, [jjj, "compare", "--json", "--data", bigFile], { env, maxBuffer: 1 << 30 }),
);
const floorScript = `
const { readFileSync, writeSync, openSync } = require("node:fs");
const output = JSON.parse(readFileSync(${JSON.stringify(bigOutput)}, "utf8"));
const t0 = performance.now();
JSON.parse(new TextDecoder().decode(readFileSync(${JSON.stringify(bigFile)})));
const t1 = performance.now();
const fd = openSync("/dev/null", "w");
for (let i = 0; i < output.length; i += 512) writeSync(fd, JSON.stringify(output.slice(i, i + 512)));
const t2 = performance.now();
console.log(JSON.stringify([t1 - t0, t2 - t1]));`;
const floors = Array.from({ length: 3 }, () =>
  JSON.parse(execFileSync(node, ["-e", floorScript], { env, maxBuffer: 1 << 30 })),
);
const [readParse, writeOut] = [0, 1].map((k) => median(floors.map((f) => f[k])));

const mib = (kb) => (kb ? `${(kb / 1024).toFixed(0)} MiB` : "n/a");
console.log(
  "scale: jjj validate <file> and jjj compare --json --data <file>, synthetic facts merged onto the bundled data",
);
for (const s of scale) {
  console.log(
    `  ${String(s.n).padStart(7)} facts${s.mode ? ` (${s.mode})` : "".padEnd(11)}  validate ${f1(s.validate.ms).padStart(8)} ms ` +
      `rss ${mib(s.validate.rss).padStart(8)}   compare --json ${f1(s.compare.ms).padStart(8)} ms rss ${mib(s.compare.rss).padStart(8)}`,
  );
}
const at = (n, mode = "") => scale.find((s) => s.n === n && s.mode === mode);
const s100k = at(100000).compare.ms;
const under2s = s100k < 2000;
console.log(`  compare --json, 100,000 facts under 2 s: ${under2s ? "ok" : "MISS"} (${f2(s100k / 1000)} s)`);
console.log(
  `  plain node on the same 100,000 facts: read + JSON.parse ${f2(readParse / 1000)} s, ` +
    `JSON.stringify + write of compare's ${(statSync(bigOutput).size / 1e6).toFixed(0)} MB ${f2(writeOut / 1000)} s ` +
    `(no validation, no comparison)`,
);
// Linear: ten times the facts cost at most 11 times the time (start-up makes it less); five times, 5.5.
let linear = true;
for (const [name, big, small, factor] of [
  ["validate", at(100000), at(10000), 11],
  ["compare", at(100000), at(10000), 11],
  ["validate", at(50000, "distinct"), at(10000, "distinct"), 5.5],
  ["compare", at(50000, "distinct"), at(10000, "distinct"), 5.5],
]) {
  const growth = big[name].ms / small[name].ms;
  const ok = growth <= factor;
  if (!ok) linear = false;
  console.log(
    `  ${name}: ${big.n}${big.mode ? ` ${big.mode}` : ""} / ${small.n} cost ${f2(growth)}× (≤ ${factor}×) ${ok ? "ok" : "MISS"}`,
  );
}
// Every other listing, once at 10,000 and once at 100,000 facts: a look-up by linear search or a
// quadratic pairing anywhere shows as growth far beyond ten times.
const LISTINGS = [
  ["themes", "--json"],
  ["facts", "--json"],
  ["facts", "--format", "csv"],
  ["timeline", "--json"],
  ["search", "synthetic", "--json"],
  ["sources", "--json"],
  ["export", "--format", "ndjson"],
  ["quiz", "--seed", "7", "--json"],
  ["chart", "--json"],
];
console.log("every listing, 100,000 facts / 10,000 facts (one run each):");
for (const args of LISTINGS) {
  const [small, large] = [10000, 100000].map((n) => wall(node, [jjj, ...args, "--data", join(dir, `facts-${n}.json`)]));
  const growth = large / small;
  const ok = growth <= 11;
  if (!ok) linear = false;
  console.log(
    `  ${`jjj ${args.join(" ")}`.padEnd(28)} ${f2(large / 1000).padStart(6)} s / ${f2(small / 1000)} s = ${f2(growth)}× (≤ 11×) ${ok ? "ok" : "MISS"}`,
  );
}
if (!under2s || !linear) failed = true;
process.exitCode = failed ? 1 : 0;
