import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { BOOTSTRAP_BLOCK, bootstrap } from "./bootstrap";
import { xoshiro128ss } from "./xoshiro128ss";

const sum = (s: Float64Array) => s.reduce((a, b) => a + b, 0);
const mean = (s: Float64Array) => sum(s) / s.length;

describe("bootstrap", () => {
  it("gives the same replicates for the same seed and different ones for another", () => {
    const values = Float64Array.of(3, 1, 4, 1, 5, 9, 2, 6);
    const run = (seed: number) => bootstrap(values, mean, { draws: 500, rng: xoshiro128ss(seed) });
    expect(run(7)).toEqual(run(7));
    expect(run(7)).not.toEqual(run(8));
  });

  it("gives for \"sum\" and \"mean\" exactly what a function of the resample gives", () => {
    const values = Float64Array.from({ length: 5000 }, (_, i) => Math.sin(i) * 1000);
    const run = (statistic: Parameters<typeof bootstrap>[1]) => bootstrap(values, statistic, { draws: 20, rng: xoshiro128ss(4) });
    expect(run("sum")).toEqual(run(sum));
    expect(run("mean")).toEqual(run(mean));
  });

  it("draws every index uniformly: the exact bootstrap distribution of a 3-value sum", () => {
    // Values 0, 1, 10: the 27 equally likely ordered resamples give each sum with probability (multinomial count)/27,
    // e.g. 0 (all zeros) 1/27, 1 (one 1, two 0s) 3/27, 11 (one of each) 6/27, 30 (three 10s) 1/27.
    const exact = new Map<number, number>();
    for (const a of [0, 1, 10]) for (const b of [0, 1, 10]) for (const c of [0, 1, 10]) exact.set(a + b + c, (exact.get(a + b + c) ?? 0) + 1 / 27);
    const draws = 270_000;
    const counts = new Map<number, number>();
    for (const s of bootstrap(Float64Array.of(0, 1, 10), "sum", { draws, rng: xoshiro128ss(2024) })) counts.set(s, (counts.get(s) ?? 0) + 1);
    expect([...counts.keys()].sort((a, b) => a - b)).toEqual([...exact.keys()].sort((a, b) => a - b));
    for (const [s, p] of exact) {
      const sd = Math.sqrt((p * (1 - p)) / draws);
      expect(Math.abs((counts.get(s) as number) / draws - p)).toBeLessThan(5 * sd);
    }
  });

  it("reproduces the bootstrap variance of the mean, σ̂²/n with σ̂² = Σ(x − x̄)²/n", () => {
    const values = Float64Array.from({ length: 50 }, (_, i) => (i * 37) % 11);
    const xbar = mean(values);
    const plugInVariance = values.reduce((a, x) => a + (x - xbar) ** 2, 0) / values.length;
    const replicates = bootstrap(values, mean, { draws: 40_000, rng: xoshiro128ss(5) });
    const m = mean(replicates);
    const v = replicates.reduce((a, x) => a + (x - m) ** 2, 0) / (replicates.length - 1);
    expect(m).toBeCloseTo(xbar, 1);
    // the sample variance of 40,000 replicates has a relative standard error of about √(2/40,000) = 0.7%
    expect(v / (plugInVariance / values.length)).toBeGreaterThan(0.97);
    expect(v / (plugInVariance / values.length)).toBeLessThan(1.03);
  });

  it("uses the masking path above 2^21 values and still draws valid indices", () => {
    const n = 2 ** 21 + 3;
    const values = new Float64Array(n);
    values[n - 1] = 1;
    values[0] = -1;
    const [replicate] = bootstrap(values, (s) => s.reduce((a, x) => (x === 1 ? a + 1 : a), 0), { draws: 1, rng: xoshiro128ss(1) });
    // the last value appears Binomial(n, 1/n) ≈ Poisson(1) times
    expect(replicate).toBeGreaterThanOrEqual(0);
    expect(replicate).toBeLessThan(10);
  });

  it("reads the rng in whole blocks", () => {
    const rng = xoshiro128ss(3);
    bootstrap(Float64Array.of(1, 2), mean, { draws: 1, rng });
    const reference = xoshiro128ss(3);
    reference.fillInt32(new Int32Array(BOOTSTRAP_BLOCK));
    expect(rng.nextInt32()).toBe(reference.nextInt32());
  });

  it("rejects empty input and a draw count that is not a positive integer", () => {
    expect(() => bootstrap(new Float64Array(0), mean, { draws: 10, rng: xoshiro128ss(1) })).toThrow(RangeError);
    expect(() => bootstrap(Float64Array.of(1), mean, { draws: 0, rng: xoshiro128ss(1) })).toThrow(RangeError);
    expect(() => bootstrap(Float64Array.of(1), mean, { draws: 2.5, rng: xoshiro128ss(1) })).toThrow(RangeError);
  });

  it("keeps every replicate of the mean between the smallest and largest value (property)", () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { minLength: 1, maxLength: 40 }),
        fc.integer({ min: 0, max: 2 ** 32 }),
        (list, seed) => {
          const values = Float64Array.from(list);
          const lo = Math.min(...list);
          const hi = Math.max(...list);
          for (const r of bootstrap(values, mean, { draws: 50, rng: xoshiro128ss(seed) })) {
            expect(r).toBeGreaterThanOrEqual(lo - 1e-9 * Math.abs(lo));
            expect(r).toBeLessThanOrEqual(hi + 1e-9 * Math.abs(hi));
          }
        },
      ),
    );
  });
});
