/**
 * The largest and smallest of many numbers. `Math.max(...values)` passes every value as an
 * argument, and a list as long as a large dataset's (100,000 values) overflows the call stack.
 */
export function maxOf(values: Iterable<number>, floor = Number.NEGATIVE_INFINITY): number {
  let max = floor;
  for (const v of values) if (v > max) max = v;
  return max;
}

export function minOf(values: Iterable<number>, ceiling = Number.POSITIVE_INFINITY): number {
  let min = ceiling;
  for (const v of values) if (v < min) min = v;
  return min;
}
