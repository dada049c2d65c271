import { type Classification, classifyProfitability } from "./classify-profitability";
import type { CompiledModel } from "./compile-model";
import { paybackYear } from "./payback-year";
import { presentValues } from "./present-values";
import { type YearFlow, yearFlows } from "./year-flows";

/** Present values of one stakeholder. */
export interface StakeholderResult {
  readonly pvBenefits: number;
  readonly pvCosts: number;
  readonly npv: number;
}

/** The deterministic key figures of a model at its base values: everything but the sensitivity and Monte Carlo. */
export interface KeyFigures {
  readonly pvBenefits: number;
  readonly pvCosts: number;
  readonly npv: number;
  /** pvBenefits / pvCosts; null when pvCosts ≤ 0. */
  readonly bcr: number | null;
  /** PV of financial benefits / pvCosts; null when pvCosts ≤ 0. */
  readonly financialBcr: number | null;
  readonly classification: Classification;
  readonly stakeholders: Readonly<Record<string, StakeholderResult>>;
  readonly years: readonly YearFlow[];
  readonly paybackYear: number | null;
}

/**
 * The key figures at the base values: present values in total and per stakeholder, NPV, BCR and financial BCR,
 * classification, undiscounted flows per year and the payback year. One evaluation of each line (plus one per line
 * for the yearly flows), so cheap enough for every move of a what-if slider; the sensitivity, which evaluates NPV
 * hundreds of times, is {@link sensitivity}.
 * @example keyFigures(compileModel(sroi)).bcr // 1.4362782608695652
 */
export function keyFigures(compiled: CompiledModel): KeyFigures {
  const base = presentValues(compiled, compiled.baseValues);
  const ratio = (numerator: number): number | null => (base.pvCosts > 0 ? numerator / base.pvCosts : null);
  const flows = yearFlows(compiled, compiled.baseValues);
  return {
    pvBenefits: base.pvBenefits,
    pvCosts: base.pvCosts,
    npv: base.npv,
    bcr: ratio(base.pvBenefits),
    financialBcr: ratio(base.pvFinancialBenefits),
    classification: classifyProfitability(base),
    stakeholders: Object.fromEntries(
      compiled.stakeholderIds.map((id, i) => {
        const pvBenefits = base.stakeholderBenefits[i] as number;
        const pvCosts = base.stakeholderCosts[i] as number;
        return [id, { pvBenefits, pvCosts, npv: pvBenefits - pvCosts }];
      }),
    ),
    years: flows,
    paybackYear: paybackYear(flows, compiled.discountFactors),
  };
}
