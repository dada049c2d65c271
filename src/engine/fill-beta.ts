import { fillGamma, type ScratchColumns } from "./fill-gamma";
import type { Rng } from "./xoshiro128ss";

/**
 * Fills `out` with Beta(a, b) draws as X/(X + Y) with X ~ Gamma(a), Y ~ Gamma(b) independent ({@link fillGamma}).
 * Source: L. Devroye, "Non-Uniform Random Variate Generation" (1986) §IX.4.1.
 * @example fillBeta(new Float64Array(10_000), 3, 3, { rng: xoshiro128ss(1) }) // mean ≈ 0.5
 */
export function fillBeta(
  out: Float64Array,
  a: number,
  b: number,
  { rng, scratch }: { readonly rng: Rng; readonly scratch?: ScratchColumns },
): Float64Array {
  const options = scratch ? { rng, scratch } : { rng };
  fillGamma(out, a, options);
  const y = fillGamma(scratch?.acquire() ?? new Float64Array(out.length), b, options);
  for (let i = 0; i < out.length; i++) {
    const x = out[i] as number;
    out[i] = x / (x + (y[i] as number));
  }
  scratch?.release(y);
  return out;
}
