import type { CompiledModel } from "../../engine/compile-model";
import { type KeyFigures, keyFigures } from "../../engine/key-figures";
import type { Model } from "../../engine/model-schema";
import { type Sensitivity, sensitivity } from "../../engine/sensitivity";
import { withBaseValues } from "../../engine/with-base-values";

/** A computed value and how long the engine took for it, in milliseconds (performance.now). */
export interface Timed<T> {
  readonly value: T;
  readonly milliseconds: number;
}

/** The sensitivity at some what-if values, with the NPV it is centred on (the tornado's bars are relative to it). */
export interface WhatIfSensitivity extends Sensitivity {
  readonly npv: number;
  /** Parameter name → the value the sensitivity was computed at (the what-if value, else the base value). */
  readonly values: Readonly<Record<string, number>>;
}

const clock = () => performance.now();

/** The model with some parameter values replaced; the others, and everything else, unchanged. */
export function modelWithValues(model: Model, values: Readonly<Record<string, number>>): Model {
  const names = Object.keys(values).filter((name) => Object.hasOwn(model.parameters, name));
  if (names.length === 0) return model;
  const parameters = { ...model.parameters };
  for (const name of names) parameters[name] = { ...(parameters[name] as Model["parameters"][string]), value: values[name] as number };
  return { ...model, parameters };
}

/**
 * The slider path: the key figures (NPV, BCR, classification, per stakeholder, flows per year, payback) at the
 * what-if values, on the model compiled once when it was edited (re-based, not compiled again). One evaluation per
 * line, so it stays far below the ≤ 100 ms of issue 7 for any model the format allows; timed for the page.
 */
export function whatIfKeyFigures(compiled: CompiledModel, values: Readonly<Record<string, number>>, now: () => number = clock): Timed<KeyFigures> {
  const start = now();
  const value = keyFigures(withBaseValues(compiled, values));
  return { value, milliseconds: now() - start };
}

/**
 * The deferred part: switching values and tornado at the what-if values. It evaluates NPV hundreds of times per
 * parameter, so the studio computes it after the key figures have been shown (see use-deferred-sensitivity.ts).
 * Together with {@link whatIfKeyFigures} it is exactly `evaluateModel(modelWithValues(…), { monteCarlo: false })`.
 */
export function whatIfSensitivity(compiled: CompiledModel, values: Readonly<Record<string, number>>, now: () => number = clock): Timed<WhatIfSensitivity> {
  const start = now();
  const rebased = withBaseValues(compiled, values);
  const npv = keyFigures(rebased).npv;
  const at = Object.fromEntries(rebased.parameterNames.map((name, slot) => [name, rebased.baseValues[slot] as number]));
  const value = { ...sensitivity(rebased), npv, values: at };
  return { value, milliseconds: now() - start };
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
