import { compileModel } from "./compile-model";
import type { Finding } from "./finding";
import { type KeyFigures, keyFigures, type StakeholderResult } from "./key-figures";
import type { Model } from "./model-schema";
import { monteCarlo } from "./monte-carlo";
import { type Sensitivity, sensitivity } from "./sensitivity";
import type { DrawSummary } from "./summarize-draws";
import { xoshiro128ss } from "./xoshiro128ss";

export type { StakeholderResult };

/** The Monte Carlo part of a result. */
export interface MonteCarloResult {
  readonly draws: number;
  readonly seed: number;
  readonly npv: DrawSummary | null;
  readonly bcr: DrawSummary | null;
  readonly probabilityPositiveNpv: number;
}

/** The result of evaluating a model; the shape of `baatwijzer model evaluate --json`. Numbers are unrounded. */
export interface EvaluationResult extends KeyFigures, Sensitivity {
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
  const figures = keyFigures(compiled);
  const findings: Finding[] = [];
  if (!(figures.pvCosts > 0) && model.costs.length > 0) {
    findings.push({ level: "warning", code: "no_costs", path: "costs", message: "de contante waarde van de kosten is niet positief; de baten-kostenverhouding is niet gedefinieerd" });
  }
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
  // Key figures first, then the sensitivity, then Monte Carlo: the key order of the JSON result.
  const result: EvaluationResult = {
    ...figures,
    ...sensitivity(compiled),
    ...(monteCarloResult ? { monteCarlo: monteCarloResult } : {}),
  };
  return { result, findings };
}
