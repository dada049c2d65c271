import type { CompiledModel } from "./compile-model";

/** Undiscounted costs and benefits of one year. */
export interface YearFlow {
  readonly year: number;
  readonly costs: number;
  readonly benefits: number;
}

/**
 * Undiscounted flows per year index at a parameter vector: flow[t] = Σ_lines v × yearWeights[t].
 * @example yearFlows(compiled, compiled.baseValues)[1] // { year: 1, costs: 0, benefits: 149940 } in the SROI example
 */
export function yearFlows(compiled: CompiledModel, values: Float64Array): YearFlow[] {
  const costs = new Float64Array(compiled.horizon);
  const benefits = new Float64Array(compiled.horizon);
  for (const line of compiled.lines) {
    const v = line.evaluate(values);
    const target = line.type === "cost" ? costs : benefits;
    for (let t = 0; t < compiled.horizon; t++) {
      const w = line.yearWeights[t] as number;
      if (w !== 0) target[t] = (target[t] as number) + v * w;
    }
  }
  return Array.from({ length: compiled.horizon }, (_, year) => ({
    year,
    costs: costs[year] as number,
    benefits: benefits[year] as number,
  }));
}
