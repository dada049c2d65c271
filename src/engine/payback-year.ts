import type { YearFlow } from "./year-flows";

/**
 * The payback year (terugverdientijd): the first year index t at which the cumulative discounted net flow
 * Σ_{s ≤ t} (benefits[s] − costs[s]) × DF[s] is ≥ 0; null when it stays negative over the whole horizon.
 * Note: by this definition a project whose year 0 has no flows at all pays back in year 0.
 * @example paybackYear([{ year: 0, costs: 100, benefits: 0 }, { year: 1, costs: 0, benefits: 120 }], [1, 0.9]) // 1
 */
export function paybackYear(flows: readonly YearFlow[], discountFactors: ArrayLike<number>): number | null {
  let cumulative = 0;
  for (const flow of flows) {
    cumulative += (flow.benefits - flow.costs) * (discountFactors[flow.year] as number);
    if (cumulative >= 0) return flow.year;
  }
  return null;
}
