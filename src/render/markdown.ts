/** TableView → a Markdown table (GitHub-flavoured), for slides and notes. Never coloured. */
import type { Cell, TableView } from "../view/types.js";

/** A table cell: `|` escaped, line breaks as <br> (a Markdown table row is one line). */
export function mdCell(text: string): string {
  return text.replace(/\\/g, "\\\\").replace(/\|/g, "\\|").replace(/\r?\n/g, "<br>").trim();
}

/** A paragraph outside the table: escape what would start a list, heading, quote or rule. */
export function mdLine(text: string): string {
  return text.replace(/^([*+\-#>]|\d+[.)])(?=\s|$)/, "\\$1");
}

function cellText(c: Cell | undefined): string {
  if (!c) return "";
  return mdCell(c.sub ? `${c.text}\n${c.sub}` : c.text);
}

export function renderMarkdown(view: TableView): string {
  const parts: string[] = [];
  if (view.title) parts.push(`**${mdCell(view.title)}**`, "");
  parts.push(`| ${view.columns.map((c) => mdCell(c.header) || " ").join(" | ")} |`);
  parts.push(`| ${view.columns.map((c) => (c.align === "right" ? "---:" : "---")).join(" | ")} |`);
  for (const row of view.rows) {
    parts.push(`| ${view.columns.map((_, i) => cellText(row[i])).join(" | ")} |`);
  }
  const notes = [...view.notes, ...(view.source ? [view.source] : [])];
  for (const note of notes) parts.push("", mdLine(note));
  return `${parts.join("\n")}\n`;
}
