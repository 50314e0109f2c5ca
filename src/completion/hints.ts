/**
 * What an option's or argument's value completes to, when commander's own definition does not say
 * (its `.choices()` do). Without a hint, completion goes by name: an option `--theme` completes
 * theme ids, an argument `<id>` fact ids. So a new command gets completion from its definition alone.
 */
import type { Argument, Option } from "@commander-js/extra-typings";

export type ValueSource = "themes" | "facts" | "help-topics";

const HINTS = new WeakMap<Option | Argument, ValueSource | readonly string[]>();

export function completeWith<T extends Option | Argument>(target: T, values: ValueSource | readonly string[]): T {
  HINTS.set(target, values);
  return target;
}

export function completionHint(target: Option | Argument): ValueSource | readonly string[] | undefined {
  return HINTS.get(target);
}
