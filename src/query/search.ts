/**
 * Full-text search over the dataset, in Chinese and English at once, whatever --lang says.
 * Text is normalised before matching: full-width forms folded (NFKC), case folded, and everything
 * but letters and digits dropped, so "PM2.5", "pm25" and "ＰＭ２.５" are the same, and so are
 * "Xiong'an" and "xiongan". A query of several words (split at spaces) finds what matches them all.
 *
 * Latin script matches whole words, with their plurals ("air" finds "air quality", not "airport";
 * "county" finds "counties"); Chinese, which has no spaces, matches anywhere. A fact's everyday
 * keywords (`keywords`: smog, 雾霾…) count nearly as much as its label.
 */
import type { SearchRecord } from "../contract/search.js";
import { datasetIndex } from "../dataset/ids.js";
import type { Dataset } from "../dataset/load.js";
import type { Fact, Text, Theme } from "../dataset/schema.js";
import { UNITS, unitLabel } from "../dataset/units.js";

/** A field search looks in: "id", "label.zh", "explanation.en", "place.zh", "unit.en"… */
export type SearchField = SearchRecord["matched"][number];

/** How much a match in each field is worth; an id also ranks exact > prefix > anywhere. */
const WEIGHTS = {
  idExact: 100,
  idPrefix: 80,
  id: 60,
  labelExact: 70,
  labelPrefix: 55,
  label: 50,
  keywords: 45,
  explanation: 20,
  place: 15,
  unit: 10,
} as const;

export interface SearchHit {
  kind: "quantity" | "event" | "theme";
  id: string;
  /** The theme the hit belongs to (a theme's own id). */
  theme: string;
  label: Text;
  /** Fields that matched, best first. */
  matched: SearchField[];
  score: number;
  /** The best-matching text, shortened around the match. */
  excerpt: string;
}

interface Normalised {
  text: string;
  /** For each UTF-16 unit of `text`, the index in the original it came from. */
  at: number[];
}

/** Fold full-width forms and case, and keep only letters and digits. */
export function normalise(text: string): string {
  return text
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]/gu, "");
}

/** Each character's normal form, worked out once per run (texts share most of their characters). */
const folded = new Map<string, string>();

function normaliseWithMap(text: string): Normalised {
  let out = "";
  const at: number[] = [];
  let i = 0;
  for (const ch of text) {
    let n = folded.get(ch);
    if (n === undefined) {
      n = normalise(ch);
      folded.set(ch, n);
    }
    out += n;
    for (let k = 0; k < n.length; k++) at.push(i);
    i += ch.length;
  }
  return { text: out, at };
}

/** Does a term contain Latin letters or digits only (matched as whole words)? */
function isLatin(term: string): boolean {
  return /^[\p{Script=Latin}\p{N}]+$/u.test(term);
}

/** Where words start in a normalised text: after a space or other break in the original, or where the script changes. */
function wordStarts(n: Normalised, text: string): Set<number> {
  const starts = new Set<number>([0]);
  const latin = (ch: string | undefined) => ch !== undefined && /[\p{Script=Latin}\p{N}]/u.test(ch);
  for (let k = 1; k < n.text.length; k++) {
    const prev = n.at[k - 1] ?? 0;
    const here = n.at[k] ?? 0;
    if (here === prev) continue;
    // What the normal form dropped between the two: an apostrophe or a point stays inside a word.
    const between = text.slice(prev + 1, here);
    if (/[^'’.]/u.test(between) || latin(text[prev]) !== latin(text[here])) starts.add(k);
  }
  return starts;
}

/**
 * Where `term` occurs in `n` as a whole word (or a plural of it, or it as a plural of a word):
 * the index, or −1. Chinese terms match anywhere.
 */
function findTerm(n: Normalised, text: string, term: string): number {
  if (!isLatin(term)) return n.text.indexOf(term);
  const starts = wordStarts(n, text);
  const ends = new Set([...starts, n.text.length]);
  const stems = [term];
  if (term.endsWith("ies")) stems.push(`${term.slice(0, -3)}y`);
  else if (term.endsWith("es")) stems.push(term.slice(0, -2), term.slice(0, -1));
  else if (term.endsWith("s")) stems.push(term.slice(0, -1));
  const forms = new Set<string>();
  for (const stem of stems) {
    forms.add(stem);
    forms.add(`${stem}s`);
    forms.add(`${stem}es`);
    if (stem.endsWith("y")) forms.add(`${stem.slice(0, -1)}ies`);
  }
  for (const form of forms) {
    for (let i = n.text.indexOf(form); i >= 0; i = n.text.indexOf(form, i + 1)) {
      if (starts.has(i) && ends.has(i + form.length)) return i;
    }
  }
  return -1;
}

/** The search terms of a query: its words, normalised; empty words dropped. */
export function searchTerms(query: string): string[] {
  return query
    .split(/\s+/)
    .map(normalise)
    .filter((t) => t.length > 0);
}

interface Candidate {
  field: SearchField;
  text: string;
  /** Score of a match anywhere, at the start, and of the whole text. */
  weight: number;
  prefix: number;
  exact: number;
}

function excerpt(text: string, n: Normalised, index: number, length: number): string {
  const max = 60;
  if ([...text].length <= max) return text;
  const start = n.at[index] ?? 0;
  const end = (n.at[index + length - 1] ?? start) + 1;
  let from = Math.max(0, start - 24);
  let to = Math.min(text.length, Math.max(end, from + max));
  // In spaced (Latin) text, cut at spaces rather than inside words.
  const wordChar = /[\p{L}\p{N}]/u;
  if (from > 0 && wordChar.test(text[from - 1] ?? "") && /\s/.test(text.slice(from, start))) {
    from = text.indexOf(" ", from) + 1;
  }
  if (to < text.length && wordChar.test(text[to] ?? "") && /\s/.test(text.slice(end, to))) {
    to = text.lastIndexOf(" ", to);
  }
  return `${from > 0 ? "…" : ""}${text.slice(from, to).trim()}${to < text.length ? "…" : ""}`;
}

function both(
  field: "label" | "explanation" | "place" | "unit" | "keywords",
  text: Text | undefined,
): [SearchField, string][] {
  if (!text) return [];
  return [
    [`${field}.zh` as SearchField, text.zh],
    [`${field}.en` as SearchField, text.en],
  ];
}

/** What facts and themes both have: an id, a label (a theme's name) and an explanation (its summary). */
function named(id: string, label: Text, explanation: Text): Candidate[] {
  return [
    { field: "id", text: id, weight: WEIGHTS.id, prefix: WEIGHTS.idPrefix, exact: WEIGHTS.idExact },
    ...both("label", label).map(([field, text]) => ({
      field,
      text,
      weight: WEIGHTS.label,
      prefix: WEIGHTS.labelPrefix,
      exact: WEIGHTS.labelExact,
    })),
    ...both("explanation", explanation).map(([field, text]) => flat(field, text, WEIGHTS.explanation)),
  ];
}

function factCandidates(dataset: Dataset, fact: Fact): Candidate[] {
  const place = (id: string | undefined) => (id === undefined ? undefined : datasetIndex(dataset).places.get(id));
  /** A place and those it lies in (a village in its county), short of the whole region. */
  const within = (id: string | undefined): string[] => {
    const p = place(id);
    return p && p.kind !== "region" ? [p.id, ...within(p.within)] : [];
  };
  const places = [fact.place, ...(fact.kind === "quantity" ? fact.values.map((v) => v.place) : [])];
  const placeTexts = [...new Set([fact.place, ...places.flatMap(within)])].flatMap((id) =>
    both("place", place(id)?.name),
  );
  const unitTexts: [SearchField, string][] =
    fact.kind === "quantity"
      ? [
          ...both("unit", unitLabel(fact.unit, fact.counter)),
          ["unit.zh", UNITS[fact.unit].zh],
          ["unit.en", UNITS[fact.unit].en],
        ]
      : [];
  // Everyday words for the fact (smog, 雾霾), where the data gives them: one text per language.
  const keywords = (fact as { keywords?: { zh?: readonly string[]; en?: readonly string[] } }).keywords;
  const keywordTexts = keywords
    ? both("keywords", { zh: (keywords.zh ?? []).join("，"), en: (keywords.en ?? []).join(", ") })
    : [];
  return [
    ...named(fact.id, fact.label, fact.explanation),
    ...keywordTexts.filter(([, text]) => text !== "").map(([field, text]) => flat(field, text, WEIGHTS.keywords)),
    ...placeTexts.map(([field, text]) => flat(field, text, WEIGHTS.place)),
    ...unitTexts.filter(([, text]) => text !== "").map(([field, text]) => flat(field, text, WEIGHTS.unit)),
  ];
}

function themeCandidates(theme: Theme): Candidate[] {
  return [
    ...named(theme.id, theme.name, theme.summary),
    ...(theme.heading ? [flat("explanation.zh", theme.heading, WEIGHTS.explanation)] : []),
  ];
}

/** An id matches a term as a whole (pm25), at its start, or as one of its dash-separated parts. */
function idIndex(id: string, term: string): number {
  const n = normalise(id);
  if (n === term || n.startsWith(term)) return 0;
  let at = 0;
  for (const part of id.split("-")) {
    const p = normalise(part);
    if (p === term || p === `${term}s` || `${p}s` === term) return at + 1;
    at += p.length;
  }
  return -1;
}

function flat(field: SearchField, text: string, weight: number): Candidate {
  return { field, text, weight, prefix: weight, exact: weight };
}

/**
 * Score one item: each term takes the best field it matches; every term must match somewhere.
 * A term matching several fields adds one point per extra field, to break ties.
 */
function scoreItem(terms: string[], candidates: Candidate[]) {
  let score = 0;
  const matched = new Map<SearchField, number>();
  let best: { rank: number; excerpt: string } | undefined;
  // Each candidate's text is normalised once, not once per term.
  const normalised = candidates.map((c) => normaliseWithMap(c.text));
  for (const term of terms) {
    let termBest = 0;
    for (const [i, c] of candidates.entries()) {
      const n = normalised[i] as Normalised;
      const index = c.field === "id" ? idIndex(c.text, term) : findTerm(n, c.text, term);
      if (index < 0) continue;
      const weight = n.text === term ? c.exact : index === 0 ? c.prefix : c.weight;
      if (weight > termBest) termBest = weight;
      matched.set(c.field, Math.max(matched.get(c.field) ?? 0, weight));
      // The excerpt shows text a person reads: an id only when nothing else matched.
      const rank = c.field === "id" ? 0 : weight;
      if (!best || rank > best.rank) best = { rank, excerpt: excerpt(c.text, n, index, term.length) };
    }
    if (termBest === 0) return undefined;
    score += termBest;
  }
  const fields = [...matched].sort((a, b) => b[1] - a[1]).map(([f]) => f);
  return { score: score + fields.length - 1, matched: fields, excerpt: best?.excerpt ?? "" };
}

/** Every fact and theme that matches the query, best first (ties: theme order, then data order). */
export function search(dataset: Dataset, query: string, options: { theme?: string } = {}): SearchHit[] {
  const terms = searchTerms(query);
  if (terms.length === 0) return [];
  const { order } = datasetIndex(dataset);
  const hits: SearchHit[] = [];
  for (const theme of dataset.themes) {
    if (options.theme && theme.id !== options.theme) continue;
    const s = scoreItem(terms, themeCandidates(theme));
    if (s) hits.push({ kind: "theme", id: theme.id, theme: theme.id, label: theme.name, ...s });
  }
  for (const fact of dataset.facts) {
    if (options.theme && fact.theme !== options.theme) continue;
    const s = scoreItem(terms, factCandidates(dataset, fact));
    if (s) hits.push({ kind: fact.kind, id: fact.id, theme: fact.theme, label: fact.label, ...s });
  }
  // A stable sort: ties keep data order (themes first, then facts).
  return hits.sort((a, b) => b.score - a.score || (order.get(a.theme) ?? 0) - (order.get(b.theme) ?? 0));
}
