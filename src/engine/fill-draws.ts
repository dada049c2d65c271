import { triangularQuantile } from "./distribution-quantile";
import { fillBeta } from "./fill-beta";
import type { ScratchColumns } from "./fill-gamma";
import type { Uncertainty } from "./model-schema";
import { pertShape } from "./pert-shape";
import { fillStandardNormal, standardNormal } from "./standard-normal";
import { truncatedNormal } from "./truncated-normal";
import type { Rng } from "./xoshiro128ss";

/** A truncated normal with at least this mass inside its bounds is drawn by rejection (≤ 2 tries per draw on average). */
const REJECTION_MIN_MASS = 0.5;

/**
 * Fills `out` with independent draws of a parameter distribution, consuming `rng` in a fixed order (so a seed fixes
 * the result). Each column is produced in bulk, without a function call or allocation per draw:
 * - uniform: min + u(max − min);
 * - triangular: inverse CDF (one uniform per draw);
 * - PERT: min + (max − min)·X/(X + Y) with X ~ Gamma(α), Y ~ Gamma(β) (a Beta(α, β) draw), see {@link pertShape};
 * - normal: ziggurat; truncated normal (min and/or max given): rejection of ziggurat draws when at least half of the
 *   mass lies inside the bounds, else the inverse CDF restricted to [Φ(a), Φ(b)], which never loops.
 * `scratch` (optional) lends temporary columns of the same length, so repeated calls allocate nothing.
 * Source: L. Devroye, "Non-Uniform Random Variate Generation" (1986), §II.2 (inversion), §IX.4 (beta from gammas).
 * @example fillDraws({ dist: "uniform", min: 0, max: 10 }, new Float64Array(3), { rng: xoshiro128ss(7) })
 */
export function fillDraws(
  u: Uncertainty,
  out: Float64Array,
  { rng, scratch }: { readonly rng: Rng; readonly scratch?: ScratchColumns },
): Float64Array {
  switch (u.dist) {
    case "uniform":
      return fillUniform(out, u.min, u.max, rng);
    case "triangular":
      return fillTriangular(out, u.min, u.mode, u.max, rng);
    case "pert": {
      const { alpha, beta } = pertShape(u.min, u.mode, u.max);
      fillBeta(out, alpha, beta, scratch ? { rng, scratch } : { rng });
      return scale(out, u.min, u.max - u.min);
    }
    case "normal":
      if (u.min === undefined && u.max === undefined) return scale(fillStandardNormal(out, rng), u.mean, u.sd);
      return fillTruncatedNormal(out, u.mean, u.sd, u.min, u.max, rng);
  }
}

// One small function per loop, so each is optimised on its own with monomorphic feedback.

/** out[i] ← offset + factor · out[i]. */
function scale(out: Float64Array, offset: number, factor: number): Float64Array {
  for (let i = 0; i < out.length; i++) out[i] = offset + factor * (out[i] as number);
  return out;
}

function fillUniform(out: Float64Array, min: number, max: number, rng: Rng): Float64Array {
  return scale(rng.fill(out), min, max - min);
}

function fillTriangular(out: Float64Array, min: number, mode: number, max: number, rng: Rng): Float64Array {
  rng.fill(out);
  for (let i = 0; i < out.length; i++) out[i] = triangularQuantile(min, mode, max, out[i] as number);
  return out;
}

function fillTruncatedNormal(
  out: Float64Array,
  mean: number,
  sd: number,
  min: number | undefined,
  max: number | undefined,
  rng: Rng,
): Float64Array {
  const truncated = truncatedNormal(mean, sd, min, max);
  if (truncated.mass < REJECTION_MIN_MASS) {
    const { quantile } = truncated;
    rng.fill(out);
    for (let i = 0; i < out.length; i++) out[i] = quantile(out[i] as number);
    return out;
  }
  const lower = truncated.min;
  const upper = truncated.max;
  scale(fillStandardNormal(out, rng), mean, sd);
  for (let i = 0; i < out.length; i++) {
    let x = out[i] as number;
    while (x < lower || x > upper) x = mean + sd * standardNormal(rng);
    out[i] = x;
  }
  return out;
}
