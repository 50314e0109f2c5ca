/** The zod schema of every published contract, its JSON Schema and its field paths. Loaded by `jjj schema`, `--fields` and the tests. */

import { DatasetFile } from "../dataset/schema.js";
import { z } from "../dataset/zod.js";
import { CONTRACTS, type ContractName } from "./catalog.js";
import { ChartableRecord, ChartBarsRecord, ChartSeriesRecord } from "./chart.js";
import { CompareRecord } from "./compare.js";
import { ExportDocument, ExportRow } from "./export.js";
import { FactRecord } from "./facts.js";
import { OverviewDocument } from "./overview.js";
import { QuizRecord } from "./quiz.js";
import { SchemaRecord } from "./schema.js";
import { SearchRecord } from "./search.js";
import { ShowSourceRecord } from "./show.js";
import { SourceRecord } from "./sources.js";
import { ThemeRecord } from "./themes.js";
import { TimelineRecord } from "./timeline.js";
import { ValidateRecord } from "./validate.js";

/** For an array contract, the schema of one record; for an object contract, of the object. */
export const SCHEMAS: Record<ContractName, z.ZodType> = {
  overview: OverviewDocument,
  themes: ThemeRecord,
  facts: FactRecord,
  show: FactRecord,
  "show-source": ShowSourceRecord,
  compare: CompareRecord,
  search: SearchRecord,
  timeline: TimelineRecord,
  export: ExportDocument,
  "export-rows": ExportRow,
  sources: SourceRecord,
  "chart-list": ChartableRecord,
  chart: ChartSeriesRecord,
  "chart-bars": ChartBarsRecord,
  quiz: QuizRecord,
  schema: SchemaRecord,
  validate: ValidateRecord,
  dataset: DatasetFile,
};

type JsonSchema = Record<string, unknown>;

/** Drop `additionalProperties: false` everywhere: consumers must accept fields added later. */
function open(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(open);
  if (typeof node !== "object" || node === null) return node;
  const out: JsonSchema = {};
  for (const [k, v] of Object.entries(node)) {
    if (k === "additionalProperties" && v === false) continue;
    out[k] = open(v);
  }
  return out;
}

/**
 * The JSON Schema (draft 2020-12) of what a command prints. Published open: objects may gain fields
 * within a major version. `strict` closes every object, so the tests catch a field that real output
 * has and the schema does not document.
 */
export function contractJsonSchema(name: ContractName, options: { strict?: boolean } = {}): JsonSchema {
  const info = CONTRACTS[name];
  const base = SCHEMAS[name];
  const schema = info.output === "array" ? z.array(base) : base;
  const json = z.toJSONSchema(schema, {
    io: name === "dataset" ? "input" : "output",
    unrepresentable: "any",
  }) as JsonSchema;
  const described = {
    ...json,
    title: `jjj ${name}`,
    description: `${info.description}. Printed by \`${info.command}\`. Stable within a major version: fields may be added, never renamed or removed.`,
  };
  return (options.strict ? described : open(described)) as JsonSchema;
}

/** Object schemas a node can be: itself, or the object variants of an anyOf/oneOf (nullable objects, unions). */
function objectVariants(node: JsonSchema): JsonSchema[] {
  const variants = (node.anyOf ?? node.oneOf ?? node.allOf) as JsonSchema[] | undefined;
  if (variants) return variants.flatMap(objectVariants);
  return node.type === "object" && node.properties ? [node] : [];
}

/** Field paths of a record schema: each property, and dotted paths into nested objects (not arrays). */
export function schemaFieldPaths(node: JsonSchema): string[] {
  const out: string[] = [];
  const walk = (n: JsonSchema, prefix: string) => {
    for (const variant of objectVariants(n)) {
      for (const [key, child] of Object.entries(variant.properties as Record<string, JsonSchema>)) {
        const path = prefix ? `${prefix}.${key}` : key;
        if (!out.includes(path)) out.push(path);
        walk(child, path);
      }
    }
  };
  walk(node, "");
  return out;
}

/** The field paths `--fields` accepts for a contract (the fields of one record, or of the object). */
export function contractFieldPaths(name: ContractName): string[] {
  const json = z.toJSONSchema(SCHEMAS[name], { io: "output", unrepresentable: "any" }) as JsonSchema;
  return schemaFieldPaths(json);
}
