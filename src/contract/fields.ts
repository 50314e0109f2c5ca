/** The field paths `--fields` accepts, read from the contracts' zod schemas when asked for. */
import { isContractName } from "./catalog.js";
import { contractFieldPaths } from "./index.js";

/** The fields `--fields` accepts for a contract, or undefined for a command without a published contract. */
export function contractFields(name: string): readonly string[] | undefined {
  return isContractName(name) && name !== "dataset" ? contractFieldPaths(name) : undefined;
}
