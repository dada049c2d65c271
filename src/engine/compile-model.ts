import { type CompiledExpression, compileExpression } from "./compile-expression";
import { discountFactors } from "./discount-factors";
import type { ExpressionNode } from "./expression-node";
import { expressionParameters } from "./expression-parameters";
import type { Model, Uncertainty } from "./model-schema";
import { parseExpression } from "./parse-expression";

/**
 * One cost or benefit line reduced to "a value times fixed weights": the value v is the amount (costs) or
 * quantity × unitValue (benefits); the flow in year t is v × yearWeights[t] and the present value is v × pvWeight.
 */
export interface CompiledLine {
  readonly type: "cost" | "benefit";
  readonly id: string;
  /** JSON path of the line, e.g. `benefits[2]`. */
  readonly path: string;
  /** Index into {@link CompiledModel.stakeholderIds}. */
  readonly stakeholder: number;
  /** Costs and financial benefits are money; immaterial benefits are not. */
  readonly financial: boolean;
  readonly expression: ExpressionNode;
  readonly evaluate: CompiledExpression;
  /** The parameter slots the expression reads: a line's value changes only when one of these does. */
  readonly parameterSlots: readonly number[];
  readonly yearWeights: Float64Array;
  readonly pvWeight: number;
}

/** A validated model prepared once for fast repeated evaluation; parameters live in a flat vector by slot. */
export interface CompiledModel {
  readonly model: Model;
  readonly horizon: number;
  readonly discountFactors: Float64Array;
  readonly parameterNames: readonly string[];
  readonly baseValues: Float64Array;
  readonly uncertainties: readonly (Uncertainty | undefined)[];
  readonly stakeholderIds: readonly string[];
  readonly lines: readonly CompiledLine[];
}

const toNode = (value: number | string): ExpressionNode => {
  if (typeof value === "number") return { kind: "number", value };
  const parsed = parseExpression(value);
  if (!parsed.ok) throw new Error(`invalid expression: ${parsed.error.message}`);
  return parsed.node;
};

/**
 * Compiles a model (which must have passed {@link parseModel} without errors) once: discount factors, per-line
 * year weights and present-value weights, compiled expressions and the parameter vector.
 *
 * Cost line: weight (1 + optimismBias) in each year of `years`.
 * Benefit line, t in [startYear, startYear + duration) ∩ [0, horizon):
 * weight (1 − deadweight)(1 − displacement)(1 − attribution)(1 − dropOff)^(t − startYear)(1 − optimismBias).
 * pvWeight = Σ_t weight[t] × DF[t]; so PV = Σ_t flow[t] × DF[t] = v × pvWeight.
 * Source: the SROI guide (Social Value UK, 2012) for deadweight, displacement, attribution and drop-off;
 * HM Treasury Green Book (2022) for optimism bias; Dutch MKBA guidance (CPB/PBL, 2013) for discounting.
 * @example compileModel(model).lines[0].pvWeight // 1 + 0.7/1.035 = 1.6763… for a benefit in years 0 and 1 at 3.5%, dropOff 0.3
 */
export function compileModel(model: Model): CompiledModel {
  const horizon = model.horizon;
  const df = discountFactors(model.discountRate, horizon, { firstYearDiscounted: model.firstYearDiscounted });
  const parameterNames = Object.keys(model.parameters);
  const slots = new Map(parameterNames.map((name, slot) => [name, slot]));
  const parameters = parameterNames.map((name) => model.parameters[name]);
  const baseValues = Float64Array.from(parameters, (p) => p?.value ?? Number.NaN);
  const uncertainties = parameters.map((p) => p?.uncertainty);
  const stakeholderIds = model.stakeholders.map((s) => s.id);
  const stakeholderIndex = new Map(stakeholderIds.map((id, index) => [id, index]));
  const slotOf = (name: string): number => slots.get(name) ?? -1;
  const indexOf = (id: string): number => {
    const index = stakeholderIndex.get(id);
    if (index === undefined) throw new Error(`unknown stakeholder ${id}`);
    return index;
  };
  const slotsOf = (expression: ExpressionNode): number[] => expressionParameters(expression).map(slotOf);
  const pvOf = (weights: Float64Array): number => {
    let pv = 0;
    for (let t = 0; t < horizon; t++) pv += (weights[t] as number) * (df[t] as number);
    return pv;
  };

  const lines: CompiledLine[] = [];
  model.costs.forEach((cost, i) => {
    const yearWeights = new Float64Array(horizon);
    for (const year of cost.years) yearWeights[year] = 1 + cost.optimismBias;
    const expression = toNode(cost.amount);
    lines.push({
      type: "cost",
      id: cost.id,
      path: `costs[${i}]`,
      stakeholder: indexOf(cost.stakeholder),
      financial: true,
      expression,
      evaluate: compileExpression(expression, slotOf),
      parameterSlots: slotsOf(expression),
      yearWeights,
      pvWeight: pvOf(yearWeights),
    });
  });
  model.benefits.forEach((benefit, i) => {
    const yearWeights = new Float64Array(horizon);
    const start = benefit.startYear;
    const end = Math.min(horizon, start + (benefit.duration ?? horizon - start));
    const retained =
      (1 - benefit.deadweight) * (1 - benefit.displacement) * (1 - benefit.attribution) * (1 - benefit.optimismBias);
    for (let t = start; t < end; t++) yearWeights[t] = retained * (1 - benefit.dropOff) ** (t - start);
    const expression: ExpressionNode = {
      kind: "binary",
      operator: "*",
      left: toNode(benefit.quantity),
      right: toNode(benefit.unitValue),
    };
    lines.push({
      type: "benefit",
      id: benefit.id,
      path: `benefits[${i}]`,
      stakeholder: indexOf(benefit.stakeholder),
      financial: benefit.category === "financial",
      expression,
      evaluate: compileExpression(expression, slotOf),
      parameterSlots: slotsOf(expression),
      yearWeights,
      pvWeight: pvOf(yearWeights),
    });
  });
  return {
    model,
    horizon,
    discountFactors: df,
    parameterNames,
    baseValues,
    uncertainties,
    stakeholderIds,
    lines,
  };
}
