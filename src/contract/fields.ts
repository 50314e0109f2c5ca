/** The field paths of each contract, generated from the zod schemas by the build (see generate.ts). */
import generated from "./fields.generated.json" with { type: "json" };

const FIELDS: Readonly<Record<string, readonly string[]>> = generated;

/** The fields `--fields` accepts for a contract, or undefined for a command without a published contract. */
export function contractFields(name: string): readonly string[] | undefined {
  return Object.hasOwn(FIELDS, name) ? FIELDS[name] : undefined;
}
