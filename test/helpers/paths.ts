/** Paths of the repository, the bundled data files and the article text. */
import { readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { type Dataset, loadDataset } from "../../src/dataset/load.js";

export const ROOT = fileURLToPath(new URL("../..", import.meta.url));

/** Every data file the build checks: data/*.json except JSON Schemas. */
export function dataFiles(): string[] {
  return readdirSync(join(ROOT, "data"))
    .filter((f) => f.endsWith(".json") && !f.endsWith(".schema.json"))
    .sort()
    .map((f) => `data/${f}`);
}

export function readDataFile(file: string): string {
  return readFileSync(join(ROOT, file), "utf8");
}

/** The dataset as validated from the files on disk, independent of the bundling code. */
export function datasetFromFiles(): Dataset {
  return loadDataset(dataFiles().map((file) => ({ file, text: readDataFile(file) })));
}

export const DEFAULT_ARTICLE = "../shared/source/article.zh.txt";

/** The article text: $JJJ_ARTICLE, else ../shared/source/article.zh.txt from the repository root. */
export function articlePath(): string {
  const fromEnv = process.env.JJJ_ARTICLE;
  return fromEnv ? resolve(ROOT, fromEnv) : resolve(ROOT, DEFAULT_ARTICLE);
}

export function packageVersion(): string {
  return (JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { version: string }).version;
}

/** The nine themes, in article order. */
export const THEME_IDS = [
  "function-relief",
  "one-core-two-wings",
  "transport",
  "government-relocation",
  "ecology",
  "innovation",
  "paired-assistance",
  "livelihood",
  "mechanisms",
];
