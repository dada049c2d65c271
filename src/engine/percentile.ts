/**
 * The p-quantile of ascending-sorted values by linear interpolation between order statistics, Hyndman & Fan
 * type 7 (the default of numpy.percentile/`method="linear"`, R's quantile() and Excel's PERCENTILE.INC):
 * h = (n − 1)p, Q = x[⌊h⌋] + (h − ⌊h⌋)(x[⌊h⌋ + 1] − x[⌊h⌋]).
 * Source: R. J. Hyndman & Y. Fan, "Sample quantiles in statistical packages", Amer. Statist. 50 (1996) 361–365.
 * @example percentile(Float64Array.of(1, 2, 3, 4), 0.5) // 2.5
 */
export function percentile(sorted: ArrayLike<number>, p: number): number {
  const n = sorted.length;
  if (n === 0) return Number.NaN;
  const h = (n - 1) * p;
  const lo = Math.floor(h);
  const a = sorted[lo] as number;
  if (lo >= n - 1) return sorted[n - 1] as number;
  const b = sorted[lo + 1] as number;
  return a + (h - lo) * (b - a);
}
