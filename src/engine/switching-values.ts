import type { CompiledModel } from "./compile-model";
import { netPresentValue, presentValues } from "./present-values";
import { switchingValue } from "./switching-value";

/**
 * Switching values of all parameters: for each, the value at which NPV = 0 with all other parameters at their base
 * values (see {@link switchingValue}), or null when there is none in reach. Keyed by parameter name, in model order.
 * @example switchingValues(compileModel(appraisal)) // { zorgkosten: 8600000, welzijn: 3400000 }
 */
export function switchingValues(compiled: CompiledModel): Record<string, number | null> {
  const values = compiled.baseValues.slice();
  const base = presentValues(compiled, values);
  const scale = Math.abs(base.pvBenefits) + Math.abs(base.pvCosts);
  return Object.fromEntries(
    compiled.parameterNames.map((name, slot) => {
      const baseValue = compiled.baseValues[slot] as number;
      const npvAt = (x: number): number => {
        values[slot] = x;
        const npv = netPresentValue(compiled, values);
        values[slot] = baseValue;
        return npv;
      };
      return [name, switchingValue(npvAt, { base: baseValue, scale })];
    }),
  );
}
