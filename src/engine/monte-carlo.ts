import type { CompiledModel } from "./compile-model";
import { simulateDraws } from "./simulate-draws";
import { type DrawSummary, summarizeDraws } from "./summarize-draws";
import type { Rng } from "./xoshiro128ss";

/** Summary of a Monte Carlo run. */
export interface MonteCarloSummary {
  /** NPV summary; null when some draw gave a non-finite NPV (see `nonFiniteDraws`). */
  readonly npv: DrawSummary | null;
  /** BCR summary; null when some draw had PV costs ≤ 0 (the ratio is then undefined) or a non-finite result. */
  readonly bcr: DrawSummary | null;
  /** Share of draws with NPV > 0. */
  readonly probabilityPositiveNpv: number;
  /** Number of draws whose NPV is not a finite number (e.g. a division by a parameter drawn as 0). */
  readonly nonFiniteDraws: number;
}

/**
 * Monte Carlo uncertainty analysis: draws all uncertain parameters jointly and independently
 * ({@link simulateDraws}), and summarizes NPV and BCR per draw by mean and P5/P50/P95 (type 7 percentiles), plus
 * the probability that NPV > 0. The options object carries the random source; the same rng state gives the same
 * numbers bit for bit.
 * Source: HM Treasury, Green Book (2022) annex A5 (uncertainty, Monte Carlo); Vose, "Risk Analysis" (2008).
 * @example monteCarlo(compiled, { draws: 10_000, rng: xoshiro128ss(42) }).probabilityPositiveNpv // e.g. 0.93
 */
export function monteCarlo(
  compiled: CompiledModel,
  { draws, rng }: { readonly draws: number; readonly rng: Rng },
): MonteCarloSummary {
  const { pvBenefits, pvCosts } = simulateDraws(compiled, { draws, rng });
  // NPV and BCR per draw, written over the PV columns (ours, not returned): no further allocation.
  const { positive, nonFinite, bcrDefined } = toNpvAndBcr(pvBenefits, pvCosts);
  const finite = nonFinite === 0;
  return {
    npv: finite ? summarizeDraws(pvBenefits, { reorder: true }) : null,
    bcr: finite && bcrDefined ? summarizeDraws(pvCosts, { reorder: true }) : null,
    probabilityPositiveNpv: positive / draws,
    nonFiniteDraws: nonFinite,
  };
}

/** Overwrites benefits[i] with the NPV and costs[i] with the BCR of draw i, and counts what the summary needs. */
function toNpvAndBcr(benefits: Float64Array, costs: Float64Array): { positive: number; nonFinite: number; bcrDefined: boolean } {
  let positive = 0;
  let nonFinite = 0;
  let undefinedBcr = 0;
  for (let i = 0; i < benefits.length; i++) {
    const b = benefits[i] as number;
    const c = costs[i] as number;
    const net = b - c;
    benefits[i] = net;
    costs[i] = b / c;
    positive += net > 0 ? 1 : 0;
    nonFinite += Number.isFinite(net) ? 0 : 1;
    undefinedBcr += c > 0 ? 0 : 1;
  }
  return { positive, nonFinite, bcrDefined: undefinedBcr === 0 };
}
