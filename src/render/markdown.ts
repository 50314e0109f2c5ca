/** TableView → a Markdown table (GitHub-flavoured), for slides and notes. Never coloured. */
import { visibleLine } from "../core/text.js";
import type { Cell, TableView } from "../view/types.js";

/**
 * Inline text, inert: one line (a break in data is shown as \n, never a new heading or slide), no
 * HTML (`<` and `&` as entities, so `<img onerror=…>` is shown, not run) and no Markdown syntax
 * (emphasis, code, links, headings, tables) from the text: `89.8*` stays `89.8*`.
 */
export function mdInline(text: string): string {
  return visibleLine(text)
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/([\\*_`[\]#|~!])/g, "\\$1");
}

/** A table cell: inert inline text, jjj's own line breaks (a value and its note) as <br>. */
export function mdCell(text: string): string {
  return text.split(/\r?\n/).map(mdInline).join("<br>").trim();
}

/**
 * Prose from data (an explanation, a summary): inert like mdInline, its line breaks kept, and no
 * line may start a list, a quote, a heading, a rule or a code block.
 */
export function mdProse(text: string): string {
  return text
    .split(/\r?\n/)
    .map((line) =>
      mdInline(line)
        .trimStart()
        .replace(/^([+\-=>])/, "\\$1")
        .replace(/^(\d+)([.)])/, "$1\\$2"),
    )
    .join("\n");
}

/** A paragraph outside the table: escape what would start a list, heading, quote or rule. */
export function mdLine(text: string): string {
  // CommonMark escapes the "." or ")" after a list number, not the number: 1\. item
  return text.replace(/^([*+\-#>])(?=\s|$)/, "\\$1").replace(/^(\d+)([.)])(?=\s|$)/, "$1\\$2");
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
