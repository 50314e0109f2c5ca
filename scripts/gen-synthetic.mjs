#!/usr/bin/env node
// Write a synthetic jjj data file of N facts, valid against the dataset schema and meant to be
// merged onto the bundled data (it uses the bundled themes and places):
//   node scripts/gen-synthetic.mjs 10000 > /tmp/facts-10k.json
// Deterministic: the same N always gives the same file.
const n = Number(process.argv[2] ?? 1000);
if (!Number.isInteger(n) || n < 1) {
  console.error("usage: node scripts/gen-synthetic.mjs <number of facts>");
  process.exit(2);
}
const themes = [
  "function-relief",
  "one-core-two-wings",
  "transport",
  "government-relocation",
  "ecology",
  "innovation",
  "paired-assistance",
  "livelihood",
  "mechanisms",
];
const places = ["region", "beijing", "tianjin", "hebei"];
const units = ["percent", "ug-per-m3", "km", "yuan-100m", "person-10k", "count"];
let seed = 20140226;
const rand = () => {
  seed = (seed * 1103515245 + 12345) % 2147483648;
  return seed / 2147483648;
};
const source = { ref: "synthetic" };
const facts = [];
for (let i = 0; i < n; i++) {
  const id = `synthetic-${i}`;
  const theme = themes[i % themes.length];
  const place = places[i % places.length];
  const label = { zh: `合成指标 ${i}`, en: `Synthetic quantity ${i}` };
  const explanation = { zh: "用于测试规模的合成数据。", en: "Synthetic data for scale tests." };
  if (i % 10 === 9) {
    facts.push({
      id,
      kind: "event",
      layer: "article",
      theme,
      label,
      explanation,
      place,
      date: `20${14 + (i % 7)}-0${1 + (i % 9)}`,
      source,
    });
    continue;
  }
  const unit = units[i % units.length];
  const a = Math.round(rand() * 1000) / 10 + 1;
  const b = Math.round(rand() * 1000) / 10 + 1;
  const fact = {
    id,
    kind: "quantity",
    layer: "article",
    theme,
    label,
    explanation,
    place,
    unit,
    better: i % 2 ? "higher" : "lower",
    values: [
      { value: a, stated: String(a), year: 2014, source },
      { value: b, stated: String(b), year: 2020, source },
    ],
  };
  if (i % 5 === 0) {
    fact.values = [{ value: b, stated: String(b), year: 2020, source }];
    fact.changes = [{ from: 2014, to: 2020, percent: -25, stated: "下降25%", source }];
  }
  facts.push(fact);
}
const file = {
  description: `Synthetic data: ${n} facts for scale tests.`,
  sources: [{ id: "synthetic", kind: "official", title: { zh: "合成数据", en: "Synthetic data" } }],
  facts,
};
process.stdout.write(`${JSON.stringify(file)}\n`);
