/** Helpers shared by the view builders. */
import type { Lang } from "../cli/lang.js";
import type { Dataset } from "../dataset/load.js";
import type { Locator, Text } from "../dataset/schema.js";
import { formatLocator } from "../render/format.js";

export interface ViewContext {
  dataset: Dataset;
  lang: Lang;
}

export function sectionOrder(dataset: Dataset): Map<string, number> {
  return new Map(dataset.themes.map((t) => [t.id, t.order]));
}

export function locator(ctx: ViewContext, loc: Locator): string {
  return formatLocator(loc, sectionOrder(ctx.dataset));
}

export function placeName(ctx: ViewContext, id: string | undefined): Text | undefined {
  if (!id) return undefined;
  return ctx.dataset.places.find((p) => p.id === id)?.name;
}

/** The JSON form of a locator: its fields, plus the section's heading for the article. */
export function locatorJson(ctx: ViewContext, loc: Locator) {
  const theme = ctx.dataset.themes.find((t) => t.id === loc.section);
  return {
    ref: loc.ref,
    section: loc.section ?? null,
    sectionHeading: loc.section === "lead" ? "导语" : (theme?.heading ?? null),
    paragraph: loc.paragraph ?? null,
    ...(loc.confidence ? { confidence: loc.confidence } : {}),
    ...(loc.note ? { note: loc.note } : {}),
  };
}
