// The engine's public surface: pure calculation, no I/O. See docs/model-format.md.
export { betaCdf } from "./beta-cdf";
export { betaQuantile } from "./beta-quantile";
export { BOOTSTRAP_BLOCK, bootstrap } from "./bootstrap";
export { type Classification, classifyProfitability } from "./classify-profitability";
export { type CompiledExpression, compileExpression } from "./compile-expression";
export { type CompiledLine, type CompiledModel, compileModel } from "./compile-model";
export { type DiscountOptions, discountFactors } from "./discount-factors";
export { distributionQuantile, triangularQuantile } from "./distribution-quantile";
export { erfc } from "./erfc";
export { accumulateColumn, type ColumnBindings, ColumnPool, type ColumnValue, evaluateColumn } from "./evaluate-column";
export {
  type EvaluationResult,
  evaluateModel,
  type ModelEvaluation,
  type MonteCarloResult,
  type StakeholderResult,
} from "./evaluate-model";
export {
  type AvoidedProduct,
  type CostlierThanMaatwerk,
  type ExPostBusinessCase,
  type ExPostBusinessCaseInput,
  type ExPostCases,
  exPostBusinessCase,
  VERDICT_CODE,
  type Verdict,
} from "./ex-post-business-case";
export type { BinaryOperator, ExpressionNode, FunctionName } from "./expression-node";
export { expressionParameters } from "./expression-parameters";
export { fillBeta } from "./fill-beta";
export { fillDraws } from "./fill-draws";
export { fillGamma, type ScratchColumns } from "./fill-gamma";
export { findRoot } from "./find-root";
export { type Finding, type FindingCode, type FindingLevel, hasErrors } from "./finding";
export { fleissKappa } from "./fleiss-kappa";
export { type KappaBand, kappaBand } from "./kappa-band";
export { type KeyFigures, keyFigures } from "./key-figures";
export { formatPath } from "./format-path";
export { logGamma } from "./log-gamma";
export {
  type BenefitLine,
  type CostLine,
  DEFAULT_DISCOUNT_RATE,
  MAX_DRAWS,
  MAX_HORIZON,
  MODEL_FORMAT,
  type Model,
  type ModelInput,
  modelSchema,
  type ParameterLink,
  parameterLinkSchema,
  type Uncertainty,
} from "./model-schema";
export { type MonteCarloSummary, monteCarlo } from "./monte-carlo";
export { normalCdf } from "./normal-cdf";
export { normalQuantile } from "./normal-quantile";
export { npvInOneParameter } from "./npv-in-one-parameter";
export { type ParsedExpression, parseExpression } from "./parse-expression";
export { type ModelParse, parseModel } from "./parse-model";
export { parseModelJson } from "./parse-model-json";
export { paybackYear } from "./payback-year";
export { percentile } from "./percentile";
export { pertShape } from "./pert-shape";
export { netPresentValue, type PresentValues, presentValues } from "./present-values";
export { quickselect } from "./quickselect";
export { isReservedName, RESERVED_NAMES } from "./reserved-names";
export { type Sensitivity, sensitivity } from "./sensitivity";
export { BLOCK_SIZE, type SimulatedDraws, simulateDraws } from "./simulate-draws";
export { fillStandardNormal, standardNormal } from "./standard-normal";
export { type DrawSummary, summarizeDraws } from "./summarize-draws";
export { switchingValue } from "./switching-value";
export { switchingValues } from "./switching-values";
export { TORNADO_HIGH, TORNADO_LOW, type TornadoBar, tornado } from "./tornado";
export { type TruncatedNormal, truncatedNormal } from "./truncated-normal";
export { validateModel } from "./validate-model";
export { wilsonInterval } from "./wilson-interval";
export { withBaseValues } from "./with-base-values";
export { type Rng, xoshiro128ss } from "./xoshiro128ss";
export { type YearFlow, yearFlows } from "./year-flows";
