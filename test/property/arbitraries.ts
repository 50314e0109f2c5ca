/**
 * fast-check arbitraries for jjj: data files that are valid by construction, and the checks that
 * an output is valid for its format. Runs per property: JJJ_PROPERTY_RUNS (default 200; set it to
 * thousands for a long run), with JJJ_PROPERTY_SEED to replay a failure.
 */
import { parse as parseCsv } from "csv-parse/sync";
import fc from "fast-check";
import { MAX_YEAR, MIN_YEAR, QUALIFIERS, UNIT_IDS } from "../../src/dataset/constants.js";

export const RUNS = Number(process.env.JJJ_PROPERTY_RUNS ?? 200);

/** Options for fc.assert: the number of runs, and the seed when one is given to replay. */
export function params<T>(runs = RUNS): fc.Parameters<T> {
  const seed = process.env.JJJ_PROPERTY_SEED;
  return { numRuns: runs, ...(seed ? { seed: Number(seed) } : {}) };
}

// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point.
const REFUSED = /[\u0000-\u001f\u007f-\u009f\u00ad\u061c\u180e\u200b-\u200f\u2028-\u202e\u2060-\u206f\ufeff]/;

const text = (max = 16): fc.Arbitrary<string> =>
  fc.oneof(
    // Text that validate takes: no control, bidi or invisible character (data/README.md, Cross-checks).
    fc.string({ minLength: 1, maxLength: max, unit: "grapheme" }).filter((s) => !REFUSED.test(s)),
    fc.constantFrom(
      "京津冀",
      "PM2.5年均浓度",
      "Our district",
      "本区 · 学校",
      "a|b",
      'quote "q"',
      "<b>tag</b>",
      "# 行 二",
    ),
  );

const bilingual = fc.record({ zh: text(), en: text() });

/** Kebab-case ids, distinct, with a prefix so that they never collide with each other's kind. */
function ids(prefix: string, min: number, max: number): fc.Arbitrary<string[]> {
  return fc
    .uniqueArray(fc.stringMatching(/^[a-z0-9]{1,6}(?:-[a-z0-9]{1,4}){0,2}$/), { minLength: min, maxLength: max })
    .map((xs) => xs.map((x) => `${prefix}-${x}`));
}

const year = fc.integer({ min: MIN_YEAR, max: MAX_YEAR });

const isoDate = fc
  .tuple(
    year,
    fc.option(fc.integer({ min: 1, max: 12 }), { nil: undefined }),
    fc.integer({ min: 1, max: 28 }),
    fc.boolean(),
  )
  .map(([y, m, d, withDay]) =>
    m === undefined
      ? String(y)
      : `${y}-${String(m).padStart(2, "0")}${withDay ? `-${String(d).padStart(2, "0")}` : ""}`,
  );

/** A number as a source might state it: whole or with up to three decimals, within the unit's range. */
function amount(unit: string): fc.Arbitrary<number> {
  const max = unit === "percent" ? 100 : 1e7;
  return fc.oneof(
    fc.integer({ min: 0, max: Math.min(max, 100000) }),
    fc.integer({ min: 0, max: max * 1000 }).map((n) => n / 1000),
  );
}

export interface DataFile {
  sources: { id: string; kind: "official"; title: { zh: string; en: string } }[];
  themes: { id: string; order: number; name: { zh: string; en: string }; summary: { zh: string; en: string } }[];
  places: { id: string; name: { zh: string; en: string }; kind: string; within?: string }[];
  facts: Record<string, unknown>[];
}

/** A data file that loads on its own (--data-only): its own themes, places and sources, every reference resolved. */
export const dataFile: fc.Arbitrary<DataFile> = fc
  .record({
    sourceIds: ids("src", 1, 3),
    themeIds: ids("theme", 1, 4),
    placeIds: ids("place", 1, 3),
    factIds: ids("fact", 0, 8),
  })
  .chain(({ sourceIds, themeIds, placeIds, factIds }) => {
    const ref = fc.record({ ref: fc.constantFrom(...sourceIds) });
    const quantity = (id: string) =>
      fc.constantFrom(...UNIT_IDS).chain((unit) =>
        fc.record(
          {
            id: fc.constant(id),
            kind: fc.constant("quantity"),
            theme: fc.constantFrom(...themeIds),
            label: bilingual,
            explanation: bilingual,
            place: fc.constantFrom(...placeIds),
            unit: fc.constant(unit),
            better: fc.constantFrom("higher", "lower"),
            values: fc.uniqueArray(
              fc.record(
                {
                  value: amount(unit),
                  stated: text(),
                  year,
                  qualifier: fc.constantFrom(...QUALIFIERS),
                  source: ref,
                },
                { requiredKeys: ["value", "stated", "year", "source"] },
              ),
              { maxLength: 4, selector: (v) => v.year },
            ),
            changes: fc.array(
              fc
                .record({
                  from: year,
                  span: fc.integer({ min: 1, max: 10 }),
                  percent: fc.integer({ min: -99, max: 500 }),
                  stated: text(),
                  source: ref,
                })
                .filter((c) => c.from + c.span <= MAX_YEAR)
                .map(({ span, ...c }) => ({
                  from: c.from,
                  to: c.from + span,
                  percent: c.percent,
                  stated: c.stated,
                  source: c.source,
                })),
              { maxLength: 2 },
            ),
          },
          { requiredKeys: ["id", "kind", "theme", "label", "explanation", "place", "unit", "values"] },
        ),
      );
    const event = (id: string) =>
      fc.record(
        {
          id: fc.constant(id),
          kind: fc.constant("event"),
          theme: fc.constantFrom(...themeIds),
          label: bilingual,
          explanation: bilingual,
          place: fc.constantFrom(...placeIds),
          date: isoDate,
          approximate: fc.constant(true as const),
          source: ref,
        },
        { requiredKeys: ["id", "kind", "theme", "label", "explanation", "place", "date", "source"] },
      );
    return fc.record({
      sources: fc.tuple(
        ...sourceIds.map((id) =>
          fc.record({ id: fc.constant(id), kind: fc.constant("official" as const), title: bilingual }),
        ),
      ),
      themes: fc.tuple(
        ...themeIds.map((id, i) =>
          fc.record({ id: fc.constant(id), order: fc.constant(10 + i), name: bilingual, summary: bilingual }),
        ),
      ),
      places: fc.tuple(
        ...placeIds.map((id, i) =>
          fc.record(
            {
              id: fc.constant(id),
              name: bilingual,
              kind: fc.constantFrom("region", "city", "district", "site"),
              within: i === 0 ? fc.constant(undefined) : fc.constantFrom(...placeIds.slice(0, i)),
            },
            { requiredKeys: ["id", "name", "kind"] },
          ),
        ),
      ),
      facts: fc.tuple(...factIds.map((id) => fc.oneof(quantity(id), event(id)))),
    });
  })
  .map((d) => ({
    sources: [...d.sources],
    // Shuffle nothing: themes in order of `order`, as the loaded dataset sorts them.
    themes: [...d.themes],
    places: [...d.places].map((p) => (p.within === undefined ? { id: p.id, name: p.name, kind: p.kind } : p)),
    facts: [...d.facts] as Record<string, unknown>[],
  }));

/** Is `stdout` valid output of `format`? Returns a reason when it is not. */
export function invalidFor(format: string, stdout: string): string | undefined {
  if (!stdout.endsWith("\n")) return "output does not end with a newline";
  try {
    switch (format) {
      case "json":
        JSON.parse(stdout);
        return undefined;
      case "ndjson":
        for (const line of stdout.split("\n").filter((l) => l !== "")) JSON.parse(line);
        return undefined;
      case "csv": {
        const rows = parseCsv(stdout, { relax_column_count: false }) as string[][];
        if (!rows.length) return "CSV without a header row";
        return undefined;
      }
      case "tsv": {
        const lines = stdout.split("\n").filter((l) => l !== "");
        const tabs = lines.map((l) => l.split("\t").length);
        return tabs.every((n) => n === tabs[0]) ? undefined : "TSV rows of different lengths";
      }
      default:
        return undefined;
    }
  } catch (err) {
    return `not valid ${format}: ${(err as Error).message}`;
  }
}
