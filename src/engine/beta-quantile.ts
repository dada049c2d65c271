import { betaCdf } from "./beta-cdf";

/**
 * The quantile (inverse CDF) of Beta(a, b): the x in [0, 1] with I_x(a, b) = p, by bisection to machine precision
 * (the CDF is monotone, so bisection cannot fail; about 60 CDF evaluations).
 * @example betaQuantile(0.25, 2, 1) // 0.5
 */
export function betaQuantile(p: number, a: number, b: number): number {
  if (Number.isNaN(p) || p < 0 || p > 1) return Number.NaN;
  if (p === 0) return 0;
  if (p === 1) return 1;
  let lo = 0;
  let hi = 1;
  for (let i = 0; i < 200 && hi - lo > 1e-16; i++) {
    const mid = 0.5 * (lo + hi);
    if (mid <= lo || mid >= hi) break;
    if (betaCdf(mid, a, b) < p) lo = mid;
    else hi = mid;
  }
  return 0.5 * (lo + hi);
}
