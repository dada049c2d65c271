import { quickselect } from "./quickselect";

/** Mean and the 5th, 50th and 95th percentiles of a set of draws. */
export interface DrawSummary {
  readonly mean: number;
  readonly p5: number;
  readonly p50: number;
  readonly p95: number;
}

/**
 * Type-7 percentile of `work[from..]` where every value before `from` is ≤ every value from it on and the wanted
 * order statistic lies at or after `from`: selects it in place, then the next one is the smallest value after it.
 */
function selectPercentile(work: Float64Array, p: number, from: number): number {
  const n = work.length;
  const h = (n - 1) * p;
  const k = Math.floor(h);
  quickselect(work, k, from, n - 1);
  const low = work[k] as number;
  if (k + 1 >= n || h === k) return low;
  let high = work[k + 1] as number;
  for (let i = k + 2; i < n; i++) {
    const x = work[i] as number;
    if (x < high) high = x;
  }
  return low + (h - k) * (high - low);
}

/**
 * Summarizes draws: the arithmetic mean (summed in draw order, so the result is reproducible) and the P5, P50 and
 * P95 by linear interpolation between order statistics, Hyndman & Fan type 7 (numpy's default, see
 * {@link percentile}). The order statistics are found by selection (linear time) rather than a full sort; the values
 * are identical. NaN values make every field NaN. `values` is left as it is unless `reorder` is true, which lets the
 * selection work in place instead of on a copy (the caller's order is then lost).
 * @example summarizeDraws(Float64Array.of(3, 1, 2)) // { mean: 2, p5: 1.1, p50: 2, p95: 2.9 }
 */
export function summarizeDraws(values: Float64Array, { reorder = false }: { readonly reorder?: boolean } = {}): DrawSummary {
  const n = values.length;
  let sum = 0;
  for (let i = 0; i < n; i++) sum += values[i] as number;
  if (Number.isNaN(sum) || n === 0) return { mean: Number.NaN, p5: Number.NaN, p50: Number.NaN, p95: Number.NaN };
  const work = reorder ? values : values.slice();
  // Ascending percentiles: after selecting the k-th value, later ones only need to search from k on.
  const p5 = selectPercentile(work, 0.05, 0);
  const p50 = selectPercentile(work, 0.5, Math.floor((n - 1) * 0.05));
  const p95 = selectPercentile(work, 0.95, Math.floor((n - 1) * 0.5));
  return { mean: sum / n, p5, p50, p95 };
}
