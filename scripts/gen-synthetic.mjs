#!/usr/bin/env node
// Write a synthetic jjj data file of N facts, valid against the dataset schema and meant to be
// merged onto the bundled data (it uses the bundled themes and places; its facts are in the
// default "user" layer):
//   node scripts/gen-synthetic.mjs 10000 > /tmp/facts-10k.json
// With `distinct`, every fact has its own source and place, and every 100 facts their own theme:
// the shape that would expose a look-up by linear search (quadratic time) anywhere.
//   node scripts/gen-synthetic.mjs 10000 distinct > /tmp/distinct-10k.json
// Deterministic: the same arguments always give the same file.
import { readFileSync } from "node:fs";

const n = Number(process.argv[2] ?? 1000);
const distinct = process.argv[3] === "distinct";
if (!Number.isInteger(n) || n < 1 || (process.argv[3] !== undefined && !distinct)) {
  console.error("usage: node scripts/gen-synthetic.mjs <number of facts> [distinct]");
  process.exit(2);
}
// The bundled themes, in their order.
const themes = JSON.parse(readFileSync(new URL("../data/article.json", import.meta.url), "utf8")).themes.map(
  (t) => t.id,
);
const places = ["region", "beijing", "tianjin", "hebei"];
const units = ["percent", "ug-per-m3", "km", "yuan-100m", "person-10k", "count"];
let seed = 20140226;
const rand = () => {
  seed = (seed * 1103515245 + 12345) % 2147483648;
  return seed / 2147483648;
};
const facts = [];
const sources = [{ id: "synthetic", kind: "official", title: { zh: "合成数据", en: "Synthetic data" } }];
const ownPlaces = [];
const ownThemes = [];
for (let i = 0; i < n; i++) {
  const id = `synthetic-${i}`;
  let theme = themes[i % themes.length];
  let place = places[i % places.length];
  let source = { ref: "synthetic" };
  if (distinct) {
    source = { ref: `synthetic-source-${i}` };
    sources.push({ id: source.ref, kind: "official", title: { zh: `合成来源 ${i}`, en: `Synthetic source ${i}` } });
    place = `synthetic-place-${i}`;
    ownPlaces.push({
      id: place,
      name: { zh: `合成地点 ${i}`, en: `Synthetic place ${i}` },
      kind: "site",
      within: "beijing",
    });
    theme = `synthetic-theme-${Math.floor(i / 100)}`;
    if (i % 100 === 0) {
      ownThemes.push({
        id: theme,
        order: 10 + i / 100,
        name: { zh: `合成主题 ${i / 100}`, en: `Synthetic theme ${i / 100}` },
        summary: { zh: "用于测试规模。", en: "For scale tests." },
      });
    }
  }
  const label = { zh: `合成指标 ${i}`, en: `Synthetic quantity ${i}` };
  const explanation = { zh: "用于测试规模的合成数据。", en: "Synthetic data for scale tests." };
  if (i % 10 === 9) {
    facts.push({
      id,
      kind: "event",
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
  // From 1 to 100: valid in every unit, shares included.
  const a = Math.round(rand() * 990) / 10 + 1;
  const b = Math.round(rand() * 990) / 10 + 1;
  const fact = {
    id,
    kind: "quantity",
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
  sources,
  themes: ownThemes,
  places: ownPlaces,
  facts,
};
process.stdout.write(`${JSON.stringify(file)}\n`);
