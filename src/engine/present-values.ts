import type { CompiledModel } from "./compile-model";

/** Present values of a model at one parameter vector, in total and per stakeholder (by stakeholder index). */
export interface PresentValues {
  readonly pvBenefits: number;
  readonly pvFinancialBenefits: number;
  readonly pvCosts: number;
  readonly npv: number;
  readonly stakeholderBenefits: Float64Array;
  readonly stakeholderCosts: Float64Array;
}

/**
 * Present values at a parameter vector: PV = Σ_lines v(values) × pvWeight, i.e. Σ_t flow[t] × DF[t], for costs and
 * benefits alike; NPV = PV benefits − PV costs. Lines are summed in model order.
 * @example presentValues(compileModel(model), compiled.baseValues).npv // −2e6 for the one-year appraisal example
 */
export function presentValues(compiled: CompiledModel, values: Float64Array): PresentValues {
  const stakeholderBenefits = new Float64Array(compiled.stakeholderIds.length);
  const stakeholderCosts = new Float64Array(compiled.stakeholderIds.length);
  let pvBenefits = 0;
  let pvFinancialBenefits = 0;
  let pvCosts = 0;
  for (const line of compiled.lines) {
    const pv = line.evaluate(values) * line.pvWeight;
    if (line.type === "cost") {
      pvCosts += pv;
      stakeholderCosts[line.stakeholder] = (stakeholderCosts[line.stakeholder] as number) + pv;
    } else {
      pvBenefits += pv;
      if (line.financial) pvFinancialBenefits += pv;
      stakeholderBenefits[line.stakeholder] = (stakeholderBenefits[line.stakeholder] as number) + pv;
    }
  }
  return { pvBenefits, pvFinancialBenefits, pvCosts, npv: pvBenefits - pvCosts, stakeholderBenefits, stakeholderCosts };
}

/**
 * NPV at a parameter vector without per-stakeholder bookkeeping (the inner loop of switching values and tornado).
 * @example netPresentValue(compiled, compiled.baseValues) // same as presentValues(…).npv
 */
export function netPresentValue(compiled: CompiledModel, values: Float64Array): number {
  let benefits = 0;
  let costs = 0;
  for (const line of compiled.lines) {
    const pv = line.evaluate(values) * line.pvWeight;
    if (line.type === "cost") costs += pv;
    else benefits += pv;
  }
  return benefits - costs;
}
