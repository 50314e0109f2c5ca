import type { Context } from "../../cli/context.js";
import { emitDocument, emitListing } from "../../cli/emit.js";
import { CONTRACT_NAMES, CONTRACTS, isContractName } from "../../contract/catalog.js";
import type { SchemaRecord } from "../../contract/schema.js";
import { usageError } from "../../core/errors.js";
import { unknownName } from "../../query/lookup.js";
import { cell, type TableView } from "../../view/types.js";

export async function run(ctx: Context, name: string | undefined): Promise<void> {
  if (name === undefined) {
    const records: SchemaRecord[] = CONTRACT_NAMES.map((n) => ({ name: n, ...CONTRACTS[n] }));
    return emitListing(
      ctx,
      records,
      (): TableView => ({
        columns: [
          { header: "name" },
          { header: "output" },
          { header: "printed by", prose: true },
          { header: "", prose: true },
        ],
        rows: records.map((r) => [cell(r.name, "accent"), cell(r.output), cell(r.command), cell(r.description)]),
        notes: ["`jjj schema <name>` prints its JSON Schema."],
      }),
    );
  }
  if (!isContractName(name)) return unknownName(name, CONTRACT_NAMES, "schema", "jjj schema");
  if (ctx.fields) {
    throw usageError(
      { zh: "--fields 不适用于 JSON Schema", en: "--fields does not apply to a JSON Schema" },
      { zh: "去掉它：schema 总是整体输出", en: "leave it out: a schema prints whole" },
    );
  }
  // zod is loaded here, and only here: it generates the JSON Schema from the contract.
  const { contractJsonSchema } = await import("../../contract/index.js");
  const schema = contractJsonSchema(name);
  return emitDocument(ctx, schema, () => JSON.stringify(schema, null, 2));
}
