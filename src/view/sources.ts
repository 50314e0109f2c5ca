/** sources: contributions → JSON records and a table view. */
import type { SourceRecord } from "../contract/sources.js";
import type { Contribution } from "../query/sources.js";
import type { ViewContext } from "./common.js";
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
  const zh = lang === "zh";
  return {
    title: zh ? "来源及其贡献" : "Sources and what they contribute",
    columns: [
      { header: zh ? "来源" : "Source", prose: true },
      { header: zh ? "类别" : "Kind" },
      { header: zh ? "事实" : "Facts", align: "right" },
      { header: zh ? "数值" : "Values", align: "right", nowrap: true },
      { header: zh ? "涉及的事实" : "Which facts", prose: true },
    ],
    rows: rows.map((c) => {
      const s = c.source;
      const who = s.publisher ? s.publisher[lang] : s.title[lang];
      const sub = [s.id, s.publisher ? s.title[lang] : "", s.note?.[lang] ?? ""].filter(Boolean).join(" · ");
      const parts = [`${c.values}`];
      if (c.changes) parts.push(zh ? `${c.changes} 项变化` : `${c.changes} change${c.changes === 1 ? "" : "s"}`);
      if (c.events) parts.push(zh ? `${c.events} 个事件` : `${c.events} event${c.events === 1 ? "" : "s"}`);
      return [
        { text: who, tone: "strong" as const, sub },
        cell(
          s.kind === "article" ? (zh ? "文章" : "article") : zh ? "官方" : "official",
          s.kind === "official" ? "accent" : undefined,
        ),
        cell(String(c.facts.length)),
        cell(parts.join("\n")),
        cell(c.facts.join(" ")),
      ];
    }),
    stackable: true,
    notes: [
      zh
        ? "数值 = 注明出自该来源的数值条数；变化 = 所述变化幅度（如“下降51%”），推算值由它们得出。"
        : "Values = the stated figures citing the source; changes = stated relative changes (such as “down 51%”), from which derived values are computed.",
    ],
    empty: zh ? "没有来源。" : "No sources.",
  };
}
