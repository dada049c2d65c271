import { erfc } from "./erfc";

/**
 * The standard normal cumulative distribution function Φ(x) = ½·erfc(−x/√2), accurate in both tails.
 * Source: Abramowitz & Stegun 26.2.29; erfc after Cody (1969).
 * @example normalCdf(1.2815515655446004) // 0.9 (to 1e-15)
 */
export const normalCdf = (x: number): number => 0.5 * erfc(-x / Math.SQRT2);
