/**
 * The article's paragraph convention (see data/README.md and ../shared/README.md):
 * - section "lead": the non-empty lines after the two title lines and before the first heading;
 * - any other section: the lines after the theme's `heading` line, up to the next heading;
 * paragraphs are the non-empty lines, numbered from 1.
 */
export type Sections = Map<string, string[]>;

/** `headings` maps a section id to its heading line (without indentation). */
export function splitSections(text: string, headings: ReadonlyMap<string, string>): Sections {
  const lines = text.split(/\r?\n/).map((l) => l.trim());
  const headingAt = new Map<number, string>();
  for (const [id, heading] of headings) {
    const at = lines.indexOf(heading.trim());
    if (at >= 0) headingAt.set(at, id);
  }
  const sections: Sections = new Map([["lead", []]]);
  let current = "lead";
  lines.forEach((line, i) => {
    if (i < 2) return; // the two title lines
    const id = headingAt.get(i);
    if (id !== undefined) {
      current = id;
      sections.set(id, []);
      return;
    }
    if (line !== "") sections.get(current)?.push(line);
  });
  return sections;
}

/** Paragraph `n` (1-based) of a section, or undefined. */
export function paragraph(sections: Sections, section: string, n: number): string | undefined {
  return sections.get(section)?.[n - 1];
}
