import { normalCdf } from "./normal-cdf";
import { normalQuantile } from "./normal-quantile";

/**
 * A normal distribution N(mean, sd²) truncated to [min, max] (either bound may be absent), prepared for the
 * inverse-CDF method: x = mean + sd·Φ⁻¹(Φ(a) + u·(Φ(b) − Φ(a))) with a, b the standardized bounds.
 * When both bounds lie in the upper tail (a > 0) the computation runs on the mirrored distribution, where Φ is
 * small and keeps its precision (Φ near 1 would lose it).
 */
export interface TruncatedNormal {
  readonly mean: number;
  readonly sd: number;
  readonly min: number;
  readonly max: number;
  /** Probability mass of the untruncated normal inside [min, max]. */
  readonly mass: number;
  /** The quantile function; `quantile(u)` for u uniform on (0, 1) is a draw. */
  readonly quantile: (p: number) => number;
}

/**
 * Prepares a (possibly) truncated normal distribution; see {@link TruncatedNormal}.
 * Source: Devroye, "Non-Uniform Random Variate Generation" (1986) §II.2 (inversion).
 * @example truncatedNormal(0, 1, 0).quantile(0.5) // 0.6744897501960817 (the median of the half-normal)
 */
export function truncatedNormal(mean: number, sd: number, min?: number, max?: number): TruncatedNormal {
  const lower = min ?? Number.NEGATIVE_INFINITY;
  const upper = max ?? Number.POSITIVE_INFINITY;
  const a = (lower - mean) / sd;
  const b = (upper - mean) / sd;
  const mirrored = a > 0;
  const pa = mirrored ? normalCdf(-b) : normalCdf(a);
  const pb = mirrored ? normalCdf(-a) : normalCdf(b);
  const mass = pb - pa;
  const clamp = (x: number): number => Math.min(Math.max(x, lower), upper);
  const quantile = mirrored
    ? (p: number) => clamp(mean - sd * normalQuantile(pa + (1 - p) * mass))
    : (p: number) => clamp(mean + sd * normalQuantile(pa + p * mass));
  return { mean, sd, min: lower, max: upper, mass, quantile };
}
