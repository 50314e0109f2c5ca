/**
 * Field paths of JSON records: `label.zh`, `from.value`, `change.relative`. Used by `--fields`
 * (select and order) and by the flat formats (CSV, TSV, Markdown), which turn nested records into
 * dotted columns. Pure functions over plain JSON values.
 */
import type { Cell, Column, TableView } from "../view/types.js";

type JsonObject = Record<string, unknown>;

function isObject(value: unknown): value is JsonObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/**
 * Every field path of the records, in the order first seen: each top-level key, and the dotted
 * path of every key inside a nested object (arrays are not entered: they are one field).
 */
export function recordPaths(records: readonly unknown[]): string[] {
  const seen = new Set<string>();
  const walk = (value: unknown, prefix: string) => {
    if (!isObject(value)) return;
    for (const [key, inner] of Object.entries(value)) {
      const path = prefix ? `${prefix}.${key}` : key;
      seen.add(path);
      walk(inner, path);
    }
  };
  for (const r of records) walk(r, "");
  return [...seen];
}

/** The paths that have no paths below them: the columns of a flat table. */
export function leafPaths(paths: readonly string[]): string[] {
  return paths.filter((p) => !paths.some((q) => q.startsWith(`${p}.`)));
}

/** The value at a dotted path; null when a parent on the way is null, undefined when absent. */
export function getPath(record: unknown, path: string): unknown {
  return valueAt(record, path.split("."));
}

function valueAt(record: unknown, keys: readonly string[]): unknown {
  let value: unknown = record;
  for (const key of keys) {
    if (value === null) return null;
    if (!isObject(value) || !(key in value)) return undefined;
    value = value[key];
  }
  return value;
}

/**
 * A record with only the chosen fields, nested as in the original and in the order given:
 * pick(r, ["id", "label.en"]) → { id, label: { en } }. A null parent stays null.
 */
export function pickFields(record: unknown, fields: readonly string[]): JsonObject {
  const out: JsonObject = {};
  for (const field of fields) {
    const keys = field.split(".");
    let source: unknown = record;
    let target = out;
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i] as string;
      source = isObject(source) ? source[key] : undefined;
      const last = i === keys.length - 1;
      if (last || source === null || source === undefined) {
        if (!(key in target) || last) target[key] = source === undefined ? null : copy(source);
        break;
      }
      const next = target[key];
      if (isObject(next)) target = next;
      else {
        const fresh: JsonObject = {};
        target[key] = fresh;
        target = fresh;
      }
    }
  }
  return out;
}

/** A copy of a picked value, so that later picks never write into the record's own objects. */
function copy(value: unknown): unknown {
  return typeof value === "object" && value !== null ? structuredClone(value) : value;
}

/** One value as a flat cell: null → empty, arrays and objects left over → compact JSON. */
export function cellValue(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  return JSON.stringify(value);
}

/** The records as rows of cells for the given columns. */
export function flatRows(records: readonly unknown[], columns: readonly string[]): string[][] {
  const paths = columns.map((c) => c.split("."));
  return records.map((r) => paths.map((keys) => cellValue(valueAt(r, keys))));
}

/** Under a table of chosen values: they are the records' own, in the record's unit. */
const UNIT_NOTE =
  "Values are in each record's unit (83.1 yuan-100m); value × unitFactor is in baseUnit (8.31e9 yuan): add the fields unit,unitFactor,baseUnit.";

/** A plain table of chosen fields: what `--fields` gives in the table and md formats. */
export function fieldsTable(records: readonly unknown[], fields: readonly string[], empty?: string): TableView {
  const rows = flatRows(records, fields);
  const numeric = fields.map((f) =>
    records.some((r) => typeof getPath(r, f) === "number")
      ? records.every((r) => {
          const v = getPath(r, f);
          return v === null || v === undefined || typeof v === "number";
        })
      : false,
  );
  // Columns of ids and numbers keep their width; those with text (English or Chinese) may wrap.
  const prose = fields.map((_, i) => rows.some((r) => !/^[\w.+-]*$/.test(r[i] ?? "")));
  const columns: Column[] = fields.map((header, i) => ({
    header,
    prose: prose[i] === true,
    // Chosen fields are shown whole: text wraps inside its cell, ids and numbers keep their width.
    ...(prose[i] ? { wrap: true } : { nowrap: true }),
    align: numeric[i] ? "right" : "left",
  }));
  // Values as the records hold them, in their own unit: say how to reach the table's units.
  const units = fields.some((f) => /(^|\.)value$/.test(f));
  return {
    columns,
    rows: rows.map((r) => r.map((text): Cell => ({ text }))),
    notes: units ? [UNIT_NOTE] : [],
    stackable: true,
    ...(empty ? { empty } : {}),
  };
}
