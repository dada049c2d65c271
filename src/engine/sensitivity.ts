import type { CompiledModel } from "./compile-model";
import { switchingValues } from "./switching-values";
import { type TornadoBar, tornado } from "./tornado";

/** One-at-a-time sensitivity of NPV at the base values. */
export interface Sensitivity {
  /** Per parameter, in model order: the value at which NPV = 0 (null when none is in reach). */
  readonly switchingValues: Readonly<Record<string, number | null>>;
  readonly tornado: readonly TornadoBar[];
}

/**
 * Switching values of every parameter and the tornado of the uncertain ones, at the base values (see
 * {@link switchingValues} and {@link tornado}). The costly part of a deterministic evaluation: each parameter's
 * root search evaluates NPV up to a few hundred times, so an app may compute it after the {@link keyFigures}.
 * @example sensitivity(compileModel(appraisal)).switchingValues // { zorgkosten: 8600000, welzijn: 3400000 }
 */
export function sensitivity(compiled: CompiledModel): Sensitivity {
  return { switchingValues: switchingValues(compiled), tornado: tornado(compiled) };
}
