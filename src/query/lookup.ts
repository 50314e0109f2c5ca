import { usageError } from "../core/errors.js";
import { suggest } from "../core/suggest.js";
import type { Dataset } from "../dataset/load.js";
import type { Fact, Theme } from "../dataset/schema.js";

export { suggest };

/** A usage error for an unknown name, with the closest candidates ("did you mean …") and where to find them all. */
export function unknownName(
  input: string,
  candidates: readonly string[],
  what: string | { zh: string; en: string },
  listCommand: string,
): never {
  const kind = typeof what === "string" ? { zh: what, en: what } : what;
  const close = suggest(input, candidates);
  const list = close.map((c) => `"${c}"`).join(", ");
  const hint = close.length
    ? {
        zh: `是否想找 ${list}？（\`${listCommand}\` 列出全部）`,
        en: `did you mean ${list}? (\`${listCommand}\` lists them all)`,
      }
    : { zh: `\`${listCommand}\` 列出全部`, en: `\`${listCommand}\` lists them all` };
  throw usageError({ zh: `未知的${kind.zh} "${input}"`, en: `unknown ${kind.en} "${input}"` }, hint);
}

export function findTheme(dataset: Dataset, id: string): Theme {
  const theme = dataset.themes.find((t) => t.id === id);
  if (theme) return theme;
  return unknownName(
    id,
    dataset.themes.map((t) => t.id),
    { zh: "主题", en: "theme" },
    "jjj themes",
  );
}

export function findFact(dataset: Dataset, id: string): Fact {
  const fact = dataset.facts.find((f) => f.id === id);
  if (fact) return fact;
  return unknownName(
    id,
    dataset.facts.map((f) => f.id),
    { zh: "事实编号", en: "fact id" },
    "jjj facts",
  );
}

export function factsOfTheme(dataset: Dataset, themeId?: string): Fact[] {
  const order = new Map(dataset.themes.map((t) => [t.id, t.order]));
  return dataset.facts
    .filter((f) => !themeId || f.theme === themeId)
    .map((f, i) => ({ f, i }))
    .sort((a, b) => (order.get(a.f.theme) ?? 0) - (order.get(b.f.theme) ?? 0) || a.i - b.i)
    .map((x) => x.f);
}
