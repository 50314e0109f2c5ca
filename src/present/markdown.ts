/**
 * The deck as Markdown slides, for other presentation tools: slides separated by `---` on a line
 * of its own (as Marp, reveal.js and Slidev read them), never coloured. Pure.
 */
import { PLAIN } from "../core/color.js";
import { mdCell, mdLine } from "../render/markdown.js";
import type { ChartSlide, ClosingSlide, Deck, Slide, ThemeSlide, TitleSlide } from "./deck.js";

/** Width and plot height of a chart in a Markdown slide's code block. */
const MD_CHART = { width: 76, height: 12 };

/** Inline text: no accidental emphasis or code from the *, _ and ` in figures (89.8*). */
function md(text: string): string {
  return mdLine(text.replace(/([\\*_`])/g, "\\$1"));
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
    `**${s.span}**`,
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
  return [`## ${md(s.heading)}`, "", "```text", ...lines, "```", "", ...foot(s)];
}

function closing(s: ClosingSlide): string[] {
  const c = s.columns;
  return [
    `## ${md(s.title)}`,
    "",
    `| ${mdCell(c.label)} | ${c.from} | ${c.to} | ${mdCell(c.change)} | ${mdCell(c.trend)} |`,
    "| --- | ---: | ---: | ---: | --- |",
    ...s.rows.map(
      (r) =>
        `| ${mdCell(r.label)} (${mdCell([r.unit, r.source].filter(Boolean).join(", "))}) | ${mdCell(r.from)} | ${mdCell(r.to)} | ${mdCell(r.change)} | ${mdCell(r.trend)} |`,
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
