/** sources: contributions → JSON records and a table view. */
import type { SourceRecord } from "../contract/sources.js";
import { say } from "../core/messages/index.js";
import type { Contribution } from "../query/sources.js";
import type { ViewContext } from "./common.js";
import { hiddenNote } from "./common.js";
import { cell, type TableView } from "./types.js";

/** The JSON contract of one `sources` row. */
export function sourceRecord(c: Contribution): SourceRecord {
  const s = c.source;
  return {
    id: s.id,
    kind: s.kind,
    title: s.title,
    publisher: s.publisher ?? null,
    note: s.note ?? null,
    facts: c.facts.length,
    values: c.values,
    changes: c.changes,
    events: c.events,
    factIds: c.facts,
  };
}

export function sourcesTable(ctx: ViewContext, rows: readonly Contribution[]): TableView {
  const { lang } = ctx;
  return {
    title: say(lang, "view.sourcesTitle"),
    columns: [
      { header: say(lang, "word.id"), nowrap: true },
      { header: say(lang, "view.publisher"), prose: true, wrap: true },
      { header: say(lang, "view.kind") },
      { header: say(lang, "word.facts"), align: "right" },
      { header: say(lang, "view.values"), align: "right" },
      { header: say(lang, "view.changes"), align: "right", optional: true },
      { header: say(lang, "view.events"), align: "right", optional: true },
      { header: say(lang, "view.title"), prose: true, optional: true },
    ],
    rows: rows.map((c) => {
      const s = c.source;
      const who = s.publisher ? s.publisher[lang] : s.title[lang];
      return [
        cell(s.id, "accent"),
        cell(who, "strong"),
        cell(
          say(lang, s.kind === "article" ? "view.kindArticle" : "layer.supplement"),
          s.kind === "official" ? "accent" : undefined,
        ),
        cell(String(c.facts.length)),
        cell(String(c.values)),
        cell(String(c.changes)),
        cell(String(c.events)),
        cell(s.publisher ? s.title[lang] : (s.note?.[lang] ?? "")),
      ];
    }),
    stackable: true,
    hiddenNote: hiddenNote(lang),
    notes: [say(lang, "view.sourcesNote")],
    empty: say(lang, "view.noSources"),
  };
}
