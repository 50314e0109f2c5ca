/**
 * Look-ups by a user's id. An id is taken without the whitespace around it (a trailing CR from a
 * CSV file included). A look-up that finds nothing returns undefined; the `find…` forms turn that
 * into a usage error that echoes the id with its invisible characters shown and suggests close ids
 * (never the same one).
 */
import { usageError } from "../core/errors.js";
import type { NameKind } from "../core/messages/en.js";
import { msg } from "../core/messages/index.js";
import { suggest } from "../core/suggest.js";
import { echo } from "../core/text.js";
import type { Dataset } from "../dataset/load.js";
import type { Fact, Theme } from "../dataset/schema.js";

export { suggest };

/** An id as typed or read from a file, without the whitespace around it ("pm25\r" → "pm25"). */
export function cleanId(input: string): string {
  return input.trim();
}

/** A usage error for an unknown name, with the closest candidates ("did you mean …") and where to find them all. */
export function unknownName(input: string, candidates: readonly string[], what: NameKind, listCommand: string): never {
  const clean = cleanId(input);
  const close = suggest(clean, candidates).filter((c) => c !== clean && c !== input);
  const list = close.map((c) => `"${c}"`).join(", ");
  throw usageError(
    msg("error.unknownName", { what, input: echo(input) }),
    close.length
      ? msg("hint.didYouMean", { list, command: listCommand })
      : msg("hint.listAll", { command: listCommand }),
  );
}

/** The theme of this id, or undefined. */
export function themeById(dataset: Dataset, id: string): Theme | undefined {
  const clean = cleanId(id);
  return dataset.themes.find((t) => t.id === clean);
}

/** The fact of this id, or undefined. */
export function factById(dataset: Dataset, id: string): Fact | undefined {
  const clean = cleanId(id);
  return dataset.facts.find((f) => f.id === clean);
}

export function findTheme(dataset: Dataset, id: string): Theme {
  return (
    themeById(dataset, id) ??
    unknownName(
      id,
      dataset.themes.map((t) => t.id),
      "theme",
      "jjj themes",
    )
  );
}

export function findFact(dataset: Dataset, id: string): Fact {
  return (
    factById(dataset, id) ??
    unknownName(
      id,
      dataset.facts.map((f) => f.id),
      "factId",
      "jjj facts",
    )
  );
}

export function factsOfTheme(dataset: Dataset, themeId?: string): Fact[] {
  const wanted = themeId === undefined ? undefined : cleanId(themeId);
  const order = new Map(dataset.themes.map((t) => [t.id, t.order]));
  return dataset.facts
    .filter((f) => !wanted || f.theme === wanted)
    .map((f, i) => ({ f, i }))
    .sort((a, b) => (order.get(a.f.theme) ?? 0) - (order.get(b.f.theme) ?? 0) || a.i - b.i)
    .map((x) => x.f);
}
