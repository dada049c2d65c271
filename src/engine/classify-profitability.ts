/** The verdict on a model. */
export type Classification = "financially_profitable" | "societally_profitable" | "not_profitable";

/**
 * Classifies a result: "financially_profitable" when financialBcr ≥ 1 (financial benefits alone cover the costs),
 * else "societally_profitable" when bcr ≥ 1 (all benefits cover them), else "not_profitable".
 * Compared as PV differences (pvFinancialBenefits ≥ pvCosts, pvBenefits ≥ pvCosts), which equals the ratio test for
 * positive costs and stays defined when the present value of costs is 0.
 * @example classifyProfitability({ pvBenefits: 8e6, pvFinancialBenefits: 6.6e6, pvCosts: 1e7 }) // "not_profitable"
 */
export function classifyProfitability({
  pvBenefits,
  pvFinancialBenefits,
  pvCosts,
}: {
  readonly pvBenefits: number;
  readonly pvFinancialBenefits: number;
  readonly pvCosts: number;
}): Classification {
  if (pvFinancialBenefits >= pvCosts) return "financially_profitable";
  if (pvBenefits >= pvCosts) return "societally_profitable";
  return "not_profitable";
}
