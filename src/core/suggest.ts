import { distance } from "fastest-levenshtein";

/**
 * Up to `max` candidates close to `input`: prefix and substring matches first, then by edit
 * distance. Never the input itself: a "did you mean" that names what was typed helps nobody.
 */
export function suggest(input: string, candidates: readonly string[], max = 3): string[] {
  const q = input.toLowerCase();
  const scored: { c: string; score: number }[] = [];
  for (const c of candidates) {
    if (c === input) continue;
    const lc = c.toLowerCase();
    let score = distance(q, lc);
    if (lc.startsWith(q) || q.startsWith(lc)) score = Math.min(score, 1);
    else if (lc.includes(q)) score = Math.min(score, 2);
    scored.push({ c, score });
  }
  const limit = Math.max(2, Math.floor(q.length / 2));
  return scored
    .filter((s) => s.score <= limit)
    .sort((a, b) => a.score - b.score || a.c.localeCompare(b.c))
    .slice(0, max)
    .map((s) => s.c);
}
