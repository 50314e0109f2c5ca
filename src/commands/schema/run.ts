import type { Context } from "../../cli/context.js";
import { emitDocument, emitListing } from "../../cli/emit.js";
import { CONTRACT_NAMES, CONTRACTS, isContractName } from "../../contract/catalog.js";
import type { SchemaRecord } from "../../contract/schema.js";
import { usageError } from "../../core/errors.js";
import { msg, say } from "../../core/messages/index.js";
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
          { header: "printed by", prose: true, wrap: true },
          { header: "", prose: true, wrap: true },
        ],
        rows: records.map((r) => [cell(r.name, "accent"), cell(r.output), cell(r.command), cell(r.description)]),
        notes: [say(ctx.lang, "view.schemaNote")],
      }),
    );
  }
  if (!isContractName(name)) return unknownName(name, CONTRACT_NAMES, "schema", "jjj schema");
  if (ctx.fields) {
    throw usageError(msg("view.schemaNoFields"), msg("view.schemaNoFieldsHint"));
  }
  // zod is loaded here, and only here: it generates the JSON Schema from the contract.
  const { contractJsonSchema } = await import("../../contract/index.js");
  const schema = contractJsonSchema(name);
  return emitDocument(ctx, schema, () => JSON.stringify(schema, null, 2));
}
