import { type Classification, classifyProfitability } from "./classify-profitability";
import { compileModel } from "./compile-model";
import type { Finding } from "./finding";
import type { Model } from "./model-schema";
import { monteCarlo } from "./monte-carlo";
import { paybackYear } from "./payback-year";
import { presentValues } from "./present-values";
import type { DrawSummary } from "./summarize-draws";
import { switchingValues } from "./switching-values";
import { type TornadoBar, tornado } from "./tornado";
import { xoshiro128ss } from "./xoshiro128ss";
import { type YearFlow, yearFlows } from "./year-flows";

/** Present values of one stakeholder. */
export interface StakeholderResult {
  readonly pvBenefits: number;
  readonly pvCosts: number;
  readonly npv: number;
}

/** The Monte Carlo part of a result. */
export interface MonteCarloResult {
  readonly draws: number;
  readonly seed: number;
  readonly npv: DrawSummary | null;
  readonly bcr: DrawSummary | null;
  readonly probabilityPositiveNpv: number;
}

/** The result of evaluating a model; the shape of `baatwijzer model evaluate --json`. Numbers are unrounded. */
export interface EvaluationResult {
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
  readonly switchingValues: Readonly<Record<string, number | null>>;
  readonly tornado: readonly TornadoBar[];
  readonly monteCarlo?: MonteCarloResult;
}

/** A result plus warnings found while computing it. */
export interface ModelEvaluation {
  readonly result: EvaluationResult;
  readonly findings: readonly Finding[];
}

/**
 * Evaluates a model that passed {@link parseModel}: present values in total and per stakeholder, BCR and financial
 * BCR, classification, undiscounted flows per year, payback year, switching values, tornado and — when the model
 * asks for it and `monteCarlo` is not false — a seeded Monte Carlo run (xoshiro128** seeded with `monteCarlo.seed`).
 * Deterministic: the same model gives byte-identical JSON.
 * @example evaluateModel(parseModel(sroi).model!).result.bcr // 1.4362782608695652
 */
export function evaluateModel(model: Model, { monteCarlo: runMonteCarlo = true }: { readonly monteCarlo?: boolean } = {}): ModelEvaluation {
  const compiled = compileModel(model);
  const base = presentValues(compiled, compiled.baseValues);
  const findings: Finding[] = [];
  const ratio = (numerator: number): number | null => (base.pvCosts > 0 ? numerator / base.pvCosts : null);
  if (!(base.pvCosts > 0) && model.costs.length > 0) {
    findings.push({ level: "warning", code: "no_costs", path: "costs", message: "de contante waarde van de kosten is niet positief; de baten-kostenverhouding is niet gedefinieerd" });
  }
  const flows = yearFlows(compiled, compiled.baseValues);
  let monteCarloResult: MonteCarloResult | undefined;
  if (model.monteCarlo && runMonteCarlo) {
    const { draws, seed } = model.monteCarlo;
    if (compiled.uncertainties.every((u) => u === undefined)) {
      findings.push({ level: "warning", code: "no_uncertainty", path: "monteCarlo", message: "geen enkele parameter heeft een onzekerheid; alle trekkingen zijn gelijk" });
    }
    const summary = monteCarlo(compiled, { draws, rng: xoshiro128ss(seed) });
    if (summary.nonFiniteDraws > 0) {
      findings.push({ level: "warning", code: "non_finite_draws", path: "monteCarlo", message: `${summary.nonFiniteDraws} van de ${draws} trekkingen gaven geen eindige netto contante waarde (deling door nul?); de samenvatting is weggelaten` });
    }
    monteCarloResult = { draws, seed, npv: summary.npv, bcr: summary.bcr, probabilityPositiveNpv: summary.probabilityPositiveNpv };
  }
  const result: EvaluationResult = {
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
    switchingValues: switchingValues(compiled),
    tornado: tornado(compiled),
    ...(monteCarloResult ? { monteCarlo: monteCarloResult } : {}),
  };
  return { result, findings };
}
