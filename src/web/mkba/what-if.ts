import { type EvaluationResult, evaluateModel } from "../../engine/evaluate-model";
import type { Model } from "../../engine/model-schema";

/** A deterministic result and how long the engine took for it, in milliseconds (performance.now). */
export interface TimedResult {
  readonly result: EvaluationResult;
  readonly milliseconds: number;
}

/** The model with some parameter values replaced; the others, and everything else, unchanged. */
export function modelWithValues(model: Model, values: Readonly<Record<string, number>>): Model {
  const names = Object.keys(values).filter((name) => name in model.parameters);
  if (names.length === 0) return model;
  const parameters = { ...model.parameters };
  for (const name of names) parameters[name] = { ...(parameters[name] as Model["parameters"][string]), value: values[name] as number };
  return { ...model, parameters };
}

/**
 * The deterministic results (NPV, BCR, stakeholders, flows, payback, switching values, tornado) at the what-if
 * values, timed. Monte Carlo is left to the worker. The target is ≤ 100 ms per slider move (issue 7).
 */
export function evaluateWhatIf(model: Model, values: Readonly<Record<string, number>>, now: () => number = () => performance.now()): TimedResult {
  const start = now();
  const { result } = evaluateModel(modelWithValues(model, values), { monteCarlo: false });
  return { result, milliseconds: now() - start };
}

/** The slider range of a parameter: its distribution's range, else 0 to twice the base (or −1 to 1 around 0). */
export function sliderRange(parameter: Model["parameters"][string]): { min: number; max: number; step: number } {
  const u = parameter.uncertainty;
  let min: number;
  let max: number;
  if (u && u.dist !== "normal") [min, max] = [u.min, u.max];
  else if (u?.dist === "normal") [min, max] = [u.min ?? u.mean - 3 * u.sd, u.max ?? u.mean + 3 * u.sd];
  else if (parameter.value === 0) [min, max] = [-1, 1];
  else [min, max] = parameter.value > 0 ? [0, 2 * parameter.value] : [2 * parameter.value, 0];
  min = Math.min(min, parameter.value);
  max = Math.max(max, parameter.value);
  return { min, max, step: (max - min) / 100 || 1 };
}
