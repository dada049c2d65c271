// Shared helpers for the engine's tests (not exported from the barrel).
import { compileExpression } from "./compile-expression";
import { expressionParameters } from "./expression-parameters";
import type { ModelInput } from "./model-schema";
import { parseExpression } from "./parse-expression";

/** Parses and evaluates an expression with the given parameter values; throws on a syntax error. */
export function evaluateText(text: string, parameters: Readonly<Record<string, number>> = {}): number {
  const parsed = parseExpression(text);
  if (!parsed.ok) throw new Error(`${parsed.error.message} at ${parsed.error.position}`);
  const names = expressionParameters(parsed.node);
  const values = Float64Array.from(names, (n) => parameters[n] ?? Number.NaN);
  return compileExpression(parsed.node, (name) => names.indexOf(name))(values);
}

/** A minimal valid model, to be extended per test. */
export function baseModel(overrides: Partial<ModelInput> = {}): ModelInput {
  return {
    format: "baatwijzer.model/1",
    name: "Test",
    kind: "mkba",
    priceYear: 2024,
    horizon: 3,
    stakeholders: [{ id: "gemeente", name: "Gemeente" }],
    costs: [{ id: "c", label: "Kosten", stakeholder: "gemeente", amount: 100, years: [0] }],
    benefits: [],
    ...overrides,
  };
}
