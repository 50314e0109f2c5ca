/**
 * Append every item to a list. `list.push(...items)` passes each item as an argument, and a list
 * as long as a large dataset's lines (more than about 120,000) overflows the call stack.
 */
export function append<T>(list: T[], items: readonly T[]): void {
  for (const item of items) list.push(item);
}
