/** Decimal helpers: figures are stated in decimal, so arithmetic is rounded back to decimal places. */

/** Number of decimal places in a number's shortest decimal form: 44 → 0, 83.1 → 1, 62.85 → 2. */
export function decimals(n: number): number {
  if (Number.isInteger(n)) return 0;
  const s = String(Math.abs(n));
  if (s.includes("e")) {
    const [mant = "", exp = "0"] = s.split("e");
    const frac = mant.split(".")[1]?.length ?? 0;
    return Math.max(0, frac - Number(exp));
  }
  const dot = s.indexOf(".");
  return dot < 0 ? 0 : s.length - dot - 1;
}

/** Round half away from zero to `places` decimals, without binary drift (1.005 → 1.01). */
export function round(n: number, places: number): number {
  if (!Number.isFinite(n)) return n;
  const m = 10 ** places;
  const abs = Math.abs(n);
  // Nudge by a relative epsilon so that a decimal half (1.005, stored as 1.00499…) rounds up.
  const rounded = Math.round(abs * m * (1 + Number.EPSILON)) / m;
  return (n < 0 ? -rounded : rounded) || 0;
}

/** Half the last stated digit: the rounding half-width of a stated figure (44 → 0.5, 40.7 → 0.05). */
export function halfUnit(n: number): number {
  return 0.5 * 10 ** -decimals(n);
}

/**
 * Shift a number's decimal point by `exp` places exactly, as a decimal string:
 * shift(83.1, 8) → "8310000000", shift(1.2, 4) → "12000", shift(62.85, -1) → "6.285".
 */
export function shift(n: number, exp: number): string {
  const negative = n < 0;
  const plain = String(Math.abs(n)).includes("e")
    ? Math.abs(n).toFixed(Math.min(100, decimals(n)))
    : String(Math.abs(n));
  let [int = "0", frac = ""] = plain.split(".");
  if (int.includes("e")) return String(Number(`${n}e${exp}`));
  if (exp >= 0) {
    frac = frac.padEnd(exp, "0");
    int = int + frac.slice(0, exp);
    frac = frac.slice(exp);
  } else {
    const k = -exp;
    int = int.padStart(k + 1, "0");
    frac = int.slice(int.length - k) + frac;
    int = int.slice(0, int.length - k);
  }
  int = int.replace(/^0+(?=\d)/, "");
  frac = frac.replace(/0+$/, "");
  return `${negative ? "-" : ""}${int}${frac ? `.${frac}` : ""}`;
}
