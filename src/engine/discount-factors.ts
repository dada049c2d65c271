/** Options of {@link discountFactors}. */
export interface DiscountOptions {
  /** When true, year 0 is discounted too, so every year is discounted once more. Default false. */
  readonly firstYearDiscounted?: boolean;
}

/**
 * Present-value factors DF[0 … horizon−1] for a constant real rate or one rate per year.
 *
 * Convention (Dutch MKBA practice, "Werkwijzer discontovoet" 2020 and the MKBA guidance of the Ministry of Finance):
 * year 0 is the base year and is not discounted, DF[0] = 1 and DF[t] = 1 / ∏_{s=1..t} (1 + r_s). With
 * `firstYearDiscounted` the product runs over s = 0..t, so DF[t] = 1 / ∏_{s=0..t} (1 + r_s) (flows at year-end).
 * With an array, r_s is the rate of year s (r_0 only matters when the first year is discounted); a constant rate
 * uses the closed form (1 + r)^−t, which equals the product up to rounding.
 * Source: Ministerie van Financiën, "Rapport Werkgroep discontovoet 2020" (standard real rate 2.25%).
 * @example discountFactors(0.0225, 3) // Float64Array [1, 0.97799…, 0.95647…]
 * @example discountFactors(0.035, 2, { firstYearDiscounted: true }) // Float64Array [0.96618…, 0.93351…]
 */
export function discountFactors(
  rate: number | readonly number[],
  horizon: number,
  { firstYearDiscounted = false }: DiscountOptions = {},
): Float64Array {
  const factors = new Float64Array(horizon);
  const shift = firstYearDiscounted ? 1 : 0;
  if (typeof rate === "number") {
    for (let t = 0; t < horizon; t++) factors[t] = (1 + rate) ** -(t + shift);
    return factors;
  }
  let factor = 1;
  for (let t = 0; t < horizon; t++) {
    if (t > 0 || firstYearDiscounted) factor /= 1 + (rate[t] as number);
    factors[t] = factor;
  }
  return factors;
}
