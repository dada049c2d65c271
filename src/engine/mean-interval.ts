import { bootstrap } from "./bootstrap";
import { percentile } from "./percentile";
import type { Rng } from "./xoshiro128ss";

/** A sample mean with its 95% bootstrap percentile interval. */
export interface MeanWithInterval {
  readonly mean: number;
  /** 2.5th and 97.5th percentile (type 7) of the resampled means. */
  readonly interval95: readonly [number, number];
}

/**
 * The mean of `values` with the 95% percentile interval of the nonparametric bootstrap of the mean: `draws`
 * resamples of n values with replacement ({@link bootstrap}), the mean of each, and the 2.5th and 97.5th
 * percentile of those means by the project's type-7 convention ({@link percentile}). The same interval treatment
 * as the ex-post business case, so a cost per trajectory and the business case's net result read alike.
 * The mean is summed in value order; the interval always lies within [min, max] of the values and is
 * reproducible bit for bit for the same rng state. Throws a RangeError for no values (via bootstrap).
 * Source: B. Efron & R. J. Tibshirani, "An Introduction to the Bootstrap" (1993) ch. 13 (percentile interval).
 * @example meanWithInterval(Float64Array.of(4, 4, 4), { draws: 1000, rng: xoshiro128ss(1) })
 *   // { mean: 4, interval95: [4, 4] }
 */
export function meanWithInterval(values: Float64Array, { draws, rng }: { readonly draws: number; readonly rng: Rng }): MeanWithInterval {
  const means = bootstrap(values, "mean", { draws, rng });
  means.sort();
  let total = 0;
  for (let i = 0; i < values.length; i++) total += values[i] as number;
  return { mean: total / values.length, interval95: [percentile(means, 0.025), percentile(means, 0.975)] };
}

/**
 * The ratio of two groups' means, mean(a) ÷ mean(b), with the 95% percentile interval of the bootstrap that
 * resamples each group independently (first all draws of a, then of b, from the one rng) — e.g. the cost of
 * an own trajectory as a share of a provider's (Oirschot: about one half). Null when mean(b) is 0; draws
 * whose resampled mean(b) is 0 are left out of the interval.
 * @example ratioOfMeans(Float64Array.of(1, 1), Float64Array.of(2, 2), { draws: 100, rng }) // { ratio: 0.5, interval95: [0.5, 0.5] }
 */
export function ratioOfMeans(
  a: Float64Array,
  b: Float64Array,
  { draws, rng }: { readonly draws: number; readonly rng: Rng },
): { readonly ratio: number; readonly interval95: readonly [number, number] | null } | null {
  const mean = (values: Float64Array) => values.reduce((sum, v) => sum + v, 0) / values.length;
  const meanB = mean(b);
  if (meanB === 0) return null;
  const drawsA = bootstrap(a, "mean", { draws, rng });
  const drawsB = bootstrap(b, "mean", { draws, rng });
  const ratios: number[] = [];
  for (let d = 0; d < draws; d++) if ((drawsB[d] as number) !== 0) ratios.push((drawsA[d] as number) / (drawsB[d] as number));
  const sorted = Float64Array.from(ratios).sort();
  return { ratio: mean(a) / meanB, interval95: sorted.length === 0 ? null : [percentile(sorted, 0.025), percentile(sorted, 0.975)] };
}
