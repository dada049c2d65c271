import type { CompiledModel } from "./compile-model";
import { npvInOneParameter } from "./npv-in-one-parameter";
import { presentValues } from "./present-values";
import { switchingValue } from "./switching-value";

/**
 * Switching values of all parameters: for each, the value at which NPV = 0 with all other parameters at their base
 * values (see {@link switchingValue}), or null when there is none in reach. Keyed by parameter name, in model order.
 * NPV along one parameter comes from {@link npvInOneParameter}: only the lines that read it are re-evaluated.
 * @example switchingValues(compileModel(appraisal)) // { zorgkosten: 8600000, welzijn: 3400000 }
 */
export function switchingValues(compiled: CompiledModel): Record<string, number | null> {
  const base = presentValues(compiled, compiled.baseValues);
  const scale = Math.abs(base.pvBenefits) + Math.abs(base.pvCosts);
  const npvAlong = npvInOneParameter(compiled, compiled.baseValues);
  return Object.fromEntries(
    compiled.parameterNames.map((name, slot) => [name, switchingValue(npvAlong(slot), { base: compiled.baseValues[slot] as number, scale })]),
  );
}
