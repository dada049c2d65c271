import { findRoot } from "./find-root";

/** How far the bracket search reaches: steps of s·2^k, k = 0 … MAX_EXPANSIONS (s = 0.1% of |base|, or 0.001). */
const MAX_EXPANSIONS = 80;

/**
 * The switching value (omslagpunt) of one input: the x at which f(x) = 0, nearest to `base`, found numerically
 * because expressions may be non-linear in a parameter.
 *
 * Method: from `base`, step outward to both sides alternately at distances s·2^k (s = 0.1% of |base|, or 0.001
 * when base is 0; up to s·2^80, about 10^21 times the base) until f changes sign between two consecutive points;
 * then Brent's method solves in that bracket to machine precision. A root is accepted only when |f| there is
 * negligible (≤ 1e-9 × `scale`, or ≤ 1e-6 × the smaller |f| at the bracket ends), which rejects sign changes across
 * a pole (e.g. of 1/x). Returns `base` when f(base) = 0, and null when no sign change is found in the range
 * (f never crosses zero there, e.g. the parameter is unused or only moves NPV within one sign).
 * @example switchingValue((x) => x + 1.4e6 - 1e7, { base: 6.6e6, scale: 1.8e7 }) // 8600000
 */
export function switchingValue(
  f: (x: number) => number,
  { base, scale }: { readonly base: number; readonly scale: number },
): number | null {
  const f0 = f(base);
  if (!Number.isFinite(f0)) return null;
  if (f0 === 0) return base;
  const step = base === 0 ? 1e-3 : Math.abs(base) * 1e-3;
  const sides = [
    { direction: 1, x: base, fx: f0, open: true },
    { direction: -1, x: base, fx: f0, open: true },
  ];
  for (let k = 0; k <= MAX_EXPANSIONS; k++) {
    for (const side of sides) {
      if (!side.open) continue;
      const x = base + side.direction * step * 2 ** k;
      if (!Number.isFinite(x)) {
        side.open = false;
        continue;
      }
      const fx = f(x);
      if (!Number.isFinite(fx)) continue;
      if (fx === 0) return x;
      if (fx > 0 !== side.fx > 0) {
        const root = findRoot(f, side.direction > 0 ? { lower: side.x, upper: x } : { lower: x, upper: side.x });
        const fr = Number.isNaN(root) ? Number.NaN : f(root);
        if (Math.abs(fr) <= 1e-9 * scale || Math.abs(fr) <= 1e-6 * Math.min(Math.abs(fx), Math.abs(side.fx))) {
          return root;
        }
      }
      side.x = x;
      side.fx = fx;
    }
  }
  return null;
}
