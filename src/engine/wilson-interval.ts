import { normalQuantile } from "./normal-quantile";

/**
 * The Wilson score interval for a binomial proportion: the values of p for which |p̂ − p| ≤ z·√(p(1 − p)/n), i.e.
 *   centre = (p̂ + z²/2n) / (1 + z²/n),  half-width = z/(1 + z²/n) · √(p̂(1 − p̂)/n + z²/4n²),
 * with p̂ = successes/trials and z the two-sided normal quantile of `confidence` (1.959963984540054 for 95%).
 * Unlike the Wald interval p̂ ± z√(p̂(1 − p̂)/n) it stays inside [0, 1], is never empty at p̂ = 0 or 1, and keeps
 * close to its nominal coverage for small n — the situation of a review panel judging a few dozen cases.
 * Convention: the bounds are exactly 0 at p̂ = 0 and exactly 1 at p̂ = 1 (no rounding residue), and always contain
 * p̂; no trials gives [NaN, NaN]. Counts need not be integers (weighted counts are allowed).
 * Matches scipy.stats.binomtest(k, n).proportion_ci(method="wilson") and R's prop.test(correct = FALSE).
 * Source: E. B. Wilson, "Probable inference, the law of succession, and statistical inference", J. Amer. Statist.
 * Assoc. 22 (1927) 209–212; L. D. Brown, T. T. Cai & A. DasGupta, "Interval estimation for a binomial proportion",
 * Statist. Sci. 16 (2001) 101–133 (who recommend it for small n).
 * @example wilsonInterval(8, 10) // [0.49016247153664…, 0.94331784854562…]
 */
export function wilsonInterval(
  successes: number,
  trials: number,
  { confidence = 0.95 }: { readonly confidence?: number } = {},
): readonly [number, number] {
  if (!(trials >= 0 && successes >= 0 && successes <= trials && Number.isFinite(trials))) {
    throw new RangeError(`wilsonInterval needs 0 ≤ successes ≤ trials, got ${successes} of ${trials}`);
  }
  if (!(confidence > 0 && confidence < 1)) throw new RangeError(`confidence must lie in (0, 1), got ${confidence}`);
  if (trials === 0) return [Number.NaN, Number.NaN];
  const z = normalQuantile(1 - (1 - confidence) / 2);
  const p = successes / trials;
  const z2n = (z * z) / trials;
  const centre = (p + z2n / 2) / (1 + z2n);
  const half = (z / (1 + z2n)) * Math.sqrt((p * (1 - p)) / trials + z2n / (4 * trials));
  const low = successes === 0 ? 0 : Math.min(p, Math.max(0, centre - half));
  const high = successes === trials ? 1 : Math.max(p, Math.min(1, centre + half));
  return [low, high];
}
