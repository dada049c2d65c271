import { betaQuantile } from "./beta-quantile";
import type { Uncertainty } from "./model-schema";
import { pertShape } from "./pert-shape";
import { truncatedNormal } from "./truncated-normal";

/**
 * The p-quantile of a parameter distribution (inverse CDF):
 * uniform min + p(max − min); triangular by its closed-form inverse CDF; PERT via the Beta quantile;
 * normal (truncated when bounds are given) via Φ⁻¹.
 * Source: Evans, Hastings & Peacock, "Statistical Distributions" (3rd ed., 2000), ch. 40 (triangular).
 * @example distributionQuantile({ dist: "triangular", min: 0, mode: 0, max: 1 }, 0.19) // 0.1
 */
export function distributionQuantile(u: Uncertainty, p: number): number {
  switch (u.dist) {
    case "uniform":
      return u.min + p * (u.max - u.min);
    case "triangular":
      return triangularQuantile(u.min, u.mode, u.max, p);
    case "pert": {
      const { alpha, beta } = pertShape(u.min, u.mode, u.max);
      return u.min + (u.max - u.min) * betaQuantile(p, alpha, beta);
    }
    case "normal":
      return truncatedNormal(u.mean, u.sd, u.min, u.max).quantile(p);
  }
}

/**
 * Inverse CDF of the triangular distribution on [min, max] with the given mode:
 * p < F(mode): min + √(p(max − min)(mode − min)); else max − √((1 − p)(max − min)(max − mode)).
 * @example triangularQuantile(0, 1, 2, 0.5) // 1
 */
export function triangularQuantile(min: number, mode: number, max: number, p: number): number {
  const range = max - min;
  const split = (mode - min) / range;
  return p < split ? min + Math.sqrt(p * range * (mode - min)) : max - Math.sqrt((1 - p) * range * (max - mode));
}
