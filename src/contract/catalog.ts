/**
 * The published JSON contracts, by name: which command prints each, and whether it is an array of
 * records or one object. Free of zod (the schemas themselves are in index.ts), so `jjj schema`'s
 * listing, completion and help can name them without loading the validator.
 */
export const CONTRACTS = {
  overview: {
    output: "object",
    command: "jjj --json",
    description: "the overview screen: themes and headline figures",
  },
  themes: { output: "array", command: "jjj themes", description: "the nine themes in article order" },
  facts: { output: "array", command: "jjj facts", description: "every fact: quantities with values, and events" },
  show: { output: "object", command: "jjj show <id>", description: "one fact in full (same shape as a facts record)" },
  "show-source": {
    output: "array",
    command: "jjj show <id> --source",
    description: "the sources of one fact: section and paragraph, or publisher",
  },
  compare: { output: "array", command: "jjj compare", description: "each quantity at two years, and its change" },
  search: { output: "array", command: "jjj search <text>", description: "ranked hits for a search text" },
  timeline: { output: "array", command: "jjj timeline", description: "dated events and values, in date order" },
  export: {
    output: "object",
    command: "jjj export --json",
    description: "the whole dataset: sources, themes, places and facts",
  },
  "export-rows": {
    output: "array",
    command: "jjj export --format csv|tsv|ndjson",
    description: "the whole dataset as one row per value, change or event",
  },
  sources: {
    output: "array",
    command: "jjj sources",
    description: "every source, the article and each official publisher, with what it contributes",
  },
  "chart-list": { output: "array", command: "jjj chart", description: "what can be charted" },
  chart: {
    output: "array",
    command: "jjj chart <id>...",
    description: "the plotted series with their points, not the drawing",
  },
  "chart-bars": {
    output: "array",
    command: "jjj chart <id>... --bars",
    description: "one fact's bars, by year, period, place or category",
  },
  quiz: {
    output: "array",
    command: "jjj quiz --json",
    description: "a question set: questions, choices, the answer, its explanation and sources",
  },
  schema: { output: "array", command: "jjj schema", description: "the published schemas (this list)" },
  validate: {
    output: "array",
    command: "jjj validate <file>... --json",
    description: "every problem found in data files, with its fix ([] when there is none)",
  },
  dataset: {
    output: "object",
    command: "data/*.json",
    description: "a data file: the bundled article and supplement layers, or your own (--data, jjj validate)",
  },
} as const satisfies Record<string, { output: "array" | "object"; command: string; description: string }>;

export type ContractName = keyof typeof CONTRACTS;
export const CONTRACT_NAMES = Object.keys(CONTRACTS) as ContractName[];

export function isContractName(name: string): name is ContractName {
  return Object.hasOwn(CONTRACTS, name);
}
