import type { Rng } from "./xoshiro128ss";

/** How many 32-bit outputs are taken from the rng at a time (see the note on the rng state below). */
export const BOOTSTRAP_BLOCK = 4096;

/**
 * What to compute on each resample: "sum" or "mean" (summed in resample order, computed without materialising the
 * resample), or any function of the resample.
 */
export type BootstrapStatistic = "sum" | "mean" | ((sample: Float64Array) => number);

const TWO_POW_32 = 2 ** 32;
const TWO_POW_MINUS_32 = 2 ** -32;
/** Up to this many values, x·n for a 32-bit x is exact in a double (< 2^53), so Lemire's method applies. */
const LEMIRE_LIMIT = 2 ** 21;

/**
 * The nonparametric bootstrap of a statistic: `draws` times, draw n values from `values` with replacement (each
 * index uniformly from 0 … n − 1, independently) and compute `statistic` on that resample. Returns the statistic
 * of every draw, in draw order; a percentile interval is then e.g. `percentile(sorted, 0.025)` and `0.975`.
 * Indices come from the rng's 32-bit outputs without modulo bias: by Lemire's multiply-shift with rejection
 * (n ≤ 2^21), or by masking to the next power of two with rejection (larger n). The same rng state gives the same
 * replicates bit for bit, and "sum" gives exactly what a function summing the resample in order gives.
 * Speed: the work is draws × n index draws; indices are made in blocks and consumed in a tight loop, "sum" and
 * "mean" add the drawn values directly, a function statistic gets one resample buffer that is reused for every
 * draw (no allocation per draw) — it must not keep that buffer.
 * The rng is read in blocks of {@link BOOTSTRAP_BLOCK} outputs, so afterwards its state has moved on by a whole
 * number of blocks (the unused rest of the last block is dropped).
 * Throws a RangeError for no values or a draw count that is not a positive integer.
 * Source: B. Efron, "Bootstrap methods: another look at the jackknife", Ann. Statist. 7 (1979) 1–26; B. Efron &
 * R. J. Tibshirani, "An Introduction to the Bootstrap" (1993) ch. 6 and 13 (percentile interval); D. Lemire,
 * "Fast random integer generation in an interval", ACM TOMACS 29 (2019) art. 3.
 * @example bootstrap(Float64Array.of(1, 2, 3), "mean", { draws: 2000, rng: xoshiro128ss(1) })
 *   // 2000 resampled means, each between 1 and 3
 */
export function bootstrap(
  values: Float64Array,
  statistic: BootstrapStatistic,
  { draws, rng }: { readonly draws: number; readonly rng: Rng },
): Float64Array {
  const n = values.length;
  if (n === 0) throw new RangeError("bootstrap needs at least one value");
  if (!(Number.isInteger(draws) && draws >= 1)) throw new RangeError(`bootstrap draws must be a positive integer, got ${draws}`);
  const out = new Float64Array(draws);
  const indices = new IndexStream(n, rng);
  const chunk = new Int32Array(Math.min(n, BOOTSTRAP_BLOCK));
  if (typeof statistic === "function") {
    const sample = new Float64Array(n);
    for (let d = 0; d < draws; d++) {
      for (let start = 0; start < n; start += chunk.length) {
        const count = Math.min(chunk.length, n - start);
        indices.fill(chunk, count);
        for (let j = 0; j < count; j++) sample[start + j] = values[chunk[j] as number] as number;
      }
      out[d] = statistic(sample);
    }
    return out;
  }
  for (let d = 0; d < draws; d++) {
    let total = 0;
    for (let left = n; left > 0; left -= chunk.length) {
      const count = Math.min(chunk.length, left);
      indices.fill(chunk, count);
      for (let j = 0; j < count; j++) total += values[chunk[j] as number] as number;
    }
    out[d] = statistic === "mean" ? total / n : total;
  }
  return out;
}

/** Uniform indices 0 … n − 1 from an rng's 32-bit outputs, read a block at a time. */
class IndexStream {
  private readonly raw = new Int32Array(BOOTSTRAP_BLOCK);
  private used = BOOTSTRAP_BLOCK;
  private readonly n: number;
  private readonly rng: Rng;
  /** Lemire: low parts below 2^32 mod n are rejected. */
  private readonly threshold: number;
  /** Masking: 2^⌈log2 n⌉ − 1. */
  private readonly mask: number;

  constructor(n: number, rng: Rng) {
    this.n = n;
    this.rng = rng;
    this.threshold = n <= LEMIRE_LIMIT ? TWO_POW_32 % n : -1;
    this.mask = 2 ** Math.ceil(Math.log2(n)) - 1;
  }

  /** Writes `count` indices to the start of `out`. */
  fill(out: Int32Array, count: number): void {
    const { raw, n, threshold, mask } = this;
    let used = this.used;
    let i = 0;
    while (i < count) {
      if (used === BOOTSTRAP_BLOCK) {
        this.rng.fillInt32(raw);
        used = 0;
      }
      if (threshold >= 0) {
        // x·n = high·2^32 + low; high is uniform on 0 … n − 1 once low < 2^32 mod n is rejected. For n ≤ 2^21 the
        // product is below 2^53, so high and low are exact in doubles.
        for (; used < BOOTSTRAP_BLOCK && i < count; used++) {
          const product = ((raw[used] as number) >>> 0) * n;
          const high = (product * TWO_POW_MINUS_32) | 0;
          if (product - high * TWO_POW_32 >= threshold) out[i++] = high;
        }
      } else {
        for (; used < BOOTSTRAP_BLOCK && i < count; used++) {
          const index = ((raw[used] as number) & mask) >>> 0;
          if (index < n) out[i++] = index;
        }
      }
    }
    this.used = used;
  }
}
