/**
 * The deck as Markdown slides, for other presentation tools: slides separated by `---` on a line
 * of its own (as Marp, reveal.js and Slidev read them), never coloured. Pure.
 */
import { PLAIN } from "../core/color.js";
import { mdInline, mdLine } from "../render/markdown.js";
import type { ChartSlide, ClosingSlide, Deck, Slide, ThemeSlide, TitleSlide } from "./deck.js";

/** Width and plot height of a chart in a Markdown slide's code block. */
const MD_CHART = { width: 76, height: 12 };

/**
 * Inline text, inert: one line (a break in data is shown as \n, never a new heading or slide), no
 * HTML (`<` and `&` as entities, so `<img onerror=…>` is shown, not run) and no Markdown syntax
 * (emphasis, code, links, headings, lists, tables) from the text: `89.8*` stays `89.8*`.
 */
function md(text: string): string {
  return mdLine(inline(text));
}

export const inline: (text: string) => string = mdInline;

/** A table cell: inert inline text (its `|` escaped too). */
function cell(text: string): string {
  return inline(text).trim();
}

/** A fence longer than any run of backticks in the lines it holds. */
function fence(lines: readonly string[]): string {
  const longest = Math.max(0, ...lines.map((l) => Math.max(0, ...(l.match(/`+/g) ?? []).map((r) => r.length))));
  return "`".repeat(Math.max(3, longest + 1));
}

function foot(slide: Slide): string[] {
  return [...slide.notes.map((n) => md(n)), `_${md(slide.source)}_`].flatMap((l) => [l, ""]);
}

function title(s: TitleSlide): string[] {
  return [
    `# ${md(s.title)}`,
    "",
    md(s.subtitle),
    "",
    `**${md(s.span)}**`,
    "",
    ...s.agenda.map((a) => `- ${md(a.text)}`),
    "",
    ...foot(s),
  ];
}

function theme(s: ThemeSlide): string[] {
  const figures = s.figures.flatMap((f) => [
    `- **${md(f.unit ? `${f.big} ${f.unit}` : f.big)}** · ${md(f.label)}  `,
    `  ${md(f.context)} · _${md(f.source)}_`,
  ]);
  return [`## ${s.order} · ${md(s.title)} (${md(s.alt)})`, "", md(s.summary), "", ...figures, "", ...foot(s)];
}

function chart(s: ChartSlide): string[] {
  const lines = s.draw(MD_CHART.width, MD_CHART.height, { paint: PLAIN, ascii: false }).map((l) => l.trimEnd());
  const f = fence(lines);
  return [`## ${md(s.heading)}`, "", `${f}text`, ...lines, f, "", ...foot(s)];
}

function closing(s: ClosingSlide): string[] {
  const c = s.columns;
  return [
    `## ${md(s.title)}`,
    "",
    `| ${cell(c.label)} | ${cell(c.from)} | ${cell(c.to)} | ${cell(c.change)} | ${cell(c.trend)} |`,
    "| --- | ---: | ---: | ---: | --- |",
    ...s.rows.map(
      (r) =>
        `| ${cell(r.label)} (${cell([r.unit, r.source].filter(Boolean).join(", "))}) | ${cell(r.from)} | ${cell(r.to)} | ${cell(r.change)} | ${cell(r.trend)} |`,
    ),
    "",
    ...foot(s),
  ];
}

function slideMarkdown(slide: Slide): string {
  const lines =
    slide.kind === "title"
      ? title(slide)
      : slide.kind === "theme"
        ? theme(slide)
        : slide.kind === "chart"
          ? chart(slide)
          : closing(slide);
  return lines.join("\n").trimEnd();
}

export function deckMarkdown(deck: Deck): string {
  return `${deck.slides.map(slideMarkdown).join("\n\n---\n\n")}\n`;
}
