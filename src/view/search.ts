/** search: hits → JSON records and a table view. */
import type { SearchRecord } from "../contract/search.js";
import { t } from "../i18n/messages.js";
import type { SearchHit } from "../query/search.js";
import { themeName, type ViewContext } from "./common.js";
import { cell, type TableView } from "./types.js";

/** The JSON contract of one `search` hit. */
export function searchRecord(hit: SearchHit): SearchRecord {
  return {
    id: hit.id,
    kind: hit.kind,
    theme: hit.theme,
    label: hit.label,
    matched: hit.matched,
    score: hit.score,
    excerpt: hit.excerpt,
  };
}

export function searchTable(ctx: ViewContext, hits: SearchHit[], query: string): TableView {
  const { lang } = ctx;
  const kind = (k: SearchHit["kind"]) =>
    k === "theme" ? t("theme", lang).toLowerCase() : k === "event" ? t("kindEvent", lang) : "";
  return {
    title: lang === "zh" ? `搜索“${query}”：${hits.length} 条结果` : `Search “${query}”: ${hits.length} found`,
    columns: [
      { header: lang === "zh" ? "结果" : "Result", prose: true },
      { header: t("theme", lang), prose: true },
      { header: lang === "zh" ? "匹配" : "Found in", prose: true },
      { header: lang === "zh" ? "得分" : "Score", align: "right" },
    ],
    rows: hits.map((h) => [
      { text: h.label[lang], tone: "strong" as const, sub: [h.id, kind(h.kind)].filter(Boolean).join(" · ") },
      cell(themeName(ctx, h.theme)),
      { text: h.matched.join(", "), sub: h.excerpt },
      cell(String(h.score), "muted"),
    ]),
    stackable: true,
    notes: [lang === "zh" ? "`jjj show <编号>` 查看详情。" : "`jjj show <id>` for the details."],
    empty: lang === "zh" ? `没有与“${query}”匹配的结果。` : `Nothing matches “${query}”.`,
  };
}
