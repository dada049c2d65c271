import { compileModel } from "../../engine/compile-model";
import type { Model } from "../../engine/model-schema";
import { BLOCK_SIZE, simulateDraws } from "../../engine/simulate-draws";
import { type DrawSummary, summarizeDraws } from "../../engine/summarize-draws";
import { xoshiro128ss } from "../../engine/xoshiro128ss";

/** Equal-width bins of the NPV draws, for the histogram. */
export interface Histogram {
  /** bins + 1 edges, from the smallest to the largest draw. */
  readonly edges: readonly number[];
  readonly counts: readonly number[];
}

export interface MonteCarloRun {
  readonly draws: number;
  readonly seed: number;
  readonly npv: DrawSummary | null;
  readonly bcr: DrawSummary | null;
  readonly probabilityPositiveNpv: number;
  readonly histogram: Histogram | null;
}

/** Draws per progress report: a whole number of engine blocks, so the chunks give exactly the draws of one run. */
export const CHUNK = 4 * BLOCK_SIZE;

/**
 * Bins values into `bins` equal-width bins between their min and max (the max falls in the last bin).
 * @example histogram(Float64Array.of(0, 1, 2, 3), 2) // { edges: [0, 1.5, 3], counts: [2, 2] }
 */
export function histogram(values: Float64Array, bins: number): Histogram {
  let min = Number.POSITIVE_INFINITY;
  let max = Number.NEGATIVE_INFINITY;
  for (const v of values) {
    if (v < min) min = v;
    if (v > max) max = v;
  }
  const width = (max - min) / bins;
  const counts = new Array<number>(bins).fill(0);
  for (const v of values) counts[width === 0 ? 0 : Math.min(bins - 1, Math.floor((v - min) / width))]! += 1;
  return { edges: Array.from({ length: bins + 1 }, (_, i) => (i === bins ? max : min + i * width)), counts };
}

/**
 * The engine's Monte Carlo (same seed, same draws as `evaluateModel`) run in chunks of {@link CHUNK} draws, so a
 * worker can report progress; also keeps the NPV draws for a histogram. The summaries equal the engine's bit for
 * bit, because the chunks are whole blocks of the same random stream.
 */
export function runMonteCarlo(
  model: Model,
  { draws, seed, bins = 30, onProgress = () => {} }: { draws: number; seed: number; bins?: number; onProgress?: (done: number, total: number) => void },
): MonteCarloRun {
  const compiled = compileModel(model);
  const rng = xoshiro128ss(seed);
  const npv = new Float64Array(draws);
  const bcr = new Float64Array(draws);
  let positive = 0;
  let finite = true;
  let bcrDefined = true;
  for (let start = 0; start < draws; start += CHUNK) {
    const n = Math.min(CHUNK, draws - start);
    const { pvBenefits, pvCosts } = simulateDraws(compiled, { draws: n, rng });
    for (let i = 0; i < n; i++) {
      const b = pvBenefits[i] as number;
      const c = pvCosts[i] as number;
      const net = b - c;
      npv[start + i] = net;
      bcr[start + i] = b / c;
      if (net > 0) positive += 1;
      if (!Number.isFinite(net)) finite = false;
      if (!(c > 0)) bcrDefined = false;
    }
    onProgress(start + n, draws);
  }
  const shown = finite ? histogram(npv, bins) : null;
  return {
    draws,
    seed,
    npv: finite ? summarizeDraws(npv, { reorder: true }) : null,
    bcr: finite && bcrDefined ? summarizeDraws(bcr, { reorder: true }) : null,
    probabilityPositiveNpv: positive / draws,
    histogram: shown,
  };
}
