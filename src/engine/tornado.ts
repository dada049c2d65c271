import type { CompiledModel } from "./compile-model";
import { distributionQuantile } from "./distribution-quantile";
import { npvInOneParameter } from "./npv-in-one-parameter";

/** One bar of a tornado diagram. */
export interface TornadoBar {
  readonly parameter: string;
  readonly low: number;
  readonly high: number;
  readonly npvLow: number;
  readonly npvHigh: number;
}

/** Lower quantile of a tornado bar (P10); uniform distributions use their min and max instead. */
export const TORNADO_LOW = 0.1;
/** Upper quantile of a tornado bar (P90). */
export const TORNADO_HIGH = 0.9;

/**
 * One-at-a-time sensitivity: for each parameter with uncertainty, NPV at its P10 and P90 (min and max for a
 * uniform distribution) with all other parameters at base, sorted by swing |npvHigh − npvLow| descending (ties keep
 * model order). NPV along one parameter comes from {@link npvInOneParameter}.
 * @example tornado(compiled)[0] // { parameter: "deelnemers", low: 40, high: 80, npvLow: …, npvHigh: … }
 */
export function tornado(compiled: CompiledModel): TornadoBar[] {
  const npvAlong = npvInOneParameter(compiled, compiled.baseValues);
  const bars: TornadoBar[] = [];
  compiled.parameterNames.forEach((parameter, slot) => {
    const u = compiled.uncertainties[slot];
    if (u === undefined) return;
    const low = u.dist === "uniform" ? u.min : distributionQuantile(u, TORNADO_LOW);
    const high = u.dist === "uniform" ? u.max : distributionQuantile(u, TORNADO_HIGH);
    const npvAt = npvAlong(slot);
    bars.push({ parameter, low, high, npvLow: npvAt(low), npvHigh: npvAt(high) });
  });
  const swing = (bar: TornadoBar): number => {
    const s = Math.abs(bar.npvHigh - bar.npvLow);
    return Number.isNaN(s) ? -1 : s;
  };
  return bars.sort((x, y) => swing(y) - swing(x));
}
