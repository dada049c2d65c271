import type { CompiledModel } from "./compile-model";
import { accumulateColumn, ColumnPool } from "./evaluate-column";
import { fillDraws } from "./fill-draws";
import type { Rng } from "./xoshiro128ss";

/** Per-draw present values of benefits and costs. */
export interface SimulatedDraws {
  readonly pvBenefits: Float64Array;
  readonly pvCosts: Float64Array;
}

/** Draws per block: a block's columns (~60 × 1024 × 8 bytes) stay in the CPU cache. */
export const BLOCK_SIZE = 1024;

/**
 * Runs the Monte Carlo draws, vectorised and cache-blocked: the draws are processed in blocks of
 * {@link BLOCK_SIZE}. Per block, each uncertain parameter gets a column of draws, filled in model order from `rng`
 * (so the seed fixes everything); parameters without uncertainty stay at base. Then each line's expression is
 * evaluated over the block's columns and accumulated as PV += v × pvWeight ({@link accumulateColumn}), lines in model
 * order. Working in blocks keeps every column in cache (the numexpr idea), where whole-run columns would stream
 * megabytes through memory; nothing is allocated per draw or per block.
 * @example simulateDraws(compiled, { draws: 10_000, rng: xoshiro128ss(42) }).pvBenefits.length // 10000
 */
export function simulateDraws(
  compiled: CompiledModel,
  { draws, rng }: { readonly draws: number; readonly rng: Rng },
): SimulatedDraws {
  const pvBenefits = new Float64Array(draws);
  const pvCosts = new Float64Array(draws);
  const uncertain = compiled.parameterNames.flatMap((name, slot) => {
    const u = compiled.uncertainties[slot];
    return u === undefined ? [] : [{ name, u }];
  });
  const values = new Map<string, number>(
    compiled.parameterNames.map((name, slot) => [name, compiled.baseValues[slot] as number]),
  );
  // Workspaces by block length: the full block, and once at most a shorter last block.
  const workspaces = new Map<number, { columns: Map<string, Float64Array>; pool: ColumnPool }>();
  const workspace = (length: number) => {
    let found = workspaces.get(length);
    if (!found) {
      // one allocation for all columns of a block (fewer, larger buffers keep the garbage collector quiet)
      const block = new Float64Array(length * uncertain.length);
      const columns = new Map(uncertain.map(({ name }, k) => [name, block.subarray(k * length, (k + 1) * length)]));
      found = { columns, pool: new ColumnPool(length) };
      workspaces.set(length, found);
    }
    return found;
  };
  for (let start = 0; start < draws; start += BLOCK_SIZE) {
    const end = Math.min(draws, start + BLOCK_SIZE);
    const { columns, pool } = workspace(end - start);
    for (const { name, u } of uncertain) fillDraws(u, columns.get(name) as Float64Array, { rng, scratch: pool });
    const bindings = {
      draws: end - start,
      columnOf: (name: string) => columns.get(name),
      valueOf: (name: string) => values.get(name) ?? Number.NaN,
    };
    const benefits = pvBenefits.subarray(start, end);
    const costs = pvCosts.subarray(start, end);
    for (const line of compiled.lines) {
      accumulateColumn(line.expression, line.pvWeight, line.type === "cost" ? costs : benefits, bindings, pool);
    }
  }
  return { pvBenefits, pvCosts };
}
