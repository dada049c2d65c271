import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { meanWithInterval, ratioOfMeans } from "./mean-interval";
import { xoshiro128ss } from "./xoshiro128ss";

// Amounts in cents and days: whole numbers.
const values = fc.array(fc.integer({ min: 0, max: 10_000_000 }), { minLength: 1, maxLength: 60 }).map((v) => Float64Array.from(v));

describe("meanWithInterval", () => {
  it("gives the mean, and a zero-width interval for equal values", () => {
    expect(meanWithInterval(Float64Array.of(4, 4, 4), { draws: 500, rng: xoshiro128ss(1) })).toEqual({ mean: 4, interval95: [4, 4] });
    expect(meanWithInterval(Float64Array.of(1, 2, 3, 6), { draws: 500, rng: xoshiro128ss(1) }).mean).toBe(3);
  });

  it("keeps the interval within the values' range, around the mean, and reproducible from the seed", () => {
    fc.assert(
      fc.property(values, fc.integer({ min: 0, max: 2 ** 31 }), (v, seed) => {
        const result = meanWithInterval(v, { draws: 200, rng: xoshiro128ss(seed) });
        const [lo, hi] = result.interval95;
        const min = Math.min(...v);
        const max = Math.max(...v);
        expect(lo).toBeLessThanOrEqual(hi);
        expect(lo).toBeGreaterThanOrEqual(min - 1e-6);
        expect(hi).toBeLessThanOrEqual(max + 1e-6);
        expect(result.mean).toBeGreaterThanOrEqual(min - 1e-6);
        expect(result.mean).toBeLessThanOrEqual(max + 1e-6);
        expect(meanWithInterval(v, { draws: 200, rng: xoshiro128ss(seed) })).toEqual(result);
      }),
      { numRuns: 150 },
    );
  });

  it("has about the normal-theory width 2 × 1.96 × σ/√n for a larger sample", () => {
    for (const n of [40, 400]) {
      const sample = Float64Array.from({ length: n }, (_, i) => (i * 7919) % 101);
      const mean = sample.reduce((a, b) => a + b, 0) / n;
      const sigma = Math.sqrt(sample.reduce((a, b) => a + (b - mean) ** 2, 0) / n);
      const [lo, hi] = meanWithInterval(sample, { draws: 4000, rng: xoshiro128ss(3) }).interval95;
      const expected = (2 * 1.96 * sigma) / Math.sqrt(n);
      expect(Math.abs(hi - lo - expected) / expected).toBeLessThan(0.12);
    }
  });
});

describe("ratioOfMeans", () => {
  it("is the ratio of the means, with an interval around it", () => {
    const result = ratioOfMeans(Float64Array.of(100, 120, 80, 110, 90), Float64Array.of(200, 240, 160, 220, 180), { draws: 2000, rng: xoshiro128ss(5) });
    expect(result!.ratio).toBeCloseTo(0.5, 12);
    const [lo, hi] = result!.interval95!;
    expect(lo).toBeLessThan(0.5);
    expect(hi).toBeGreaterThan(0.5);
    expect(lo).toBeGreaterThan(0.3);
    expect(hi).toBeLessThan(0.75);
  });

  it("is null when the second mean is zero", () => {
    expect(ratioOfMeans(Float64Array.of(1), Float64Array.of(0, 0), { draws: 10, rng: xoshiro128ss(1) })).toBeNull();
  });

  it("keeps the interval between the smallest and largest possible ratios", () => {
    fc.assert(
      fc.property(values, values.filter((v) => v.some((x) => x > 0)), (a, b) => {
        const result = ratioOfMeans(a, b, { draws: 100, rng: xoshiro128ss(9) })!;
        if (!result.interval95) return;
        // The smallest nonzero resampled mean of b is its smallest positive value with zeros elsewhere: min⁺(b) ÷ n.
        const bound = Math.max(...a) / (Math.min(...Array.from(b).filter((x) => x > 0)) / b.length);
        expect(result.interval95[0]).toBeGreaterThanOrEqual(0);
        expect(result.interval95[1]).toBeLessThanOrEqual(bound * (1 + 1e-9) + 1e-9);
      }),
      { numRuns: 100 },
    );
  });
});
