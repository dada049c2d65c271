import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { wilsonInterval } from "./wilson-interval";

describe("wilsonInterval", () => {
  // scipy 1.17: scipy.stats.binomtest(k, n).proportion_ci(confidence_level, method="wilson").
  it.each([
    [8, 10, 0.4901624715366418, 0.9433178485456248],
    [4, 5, 0.3755346297625253, 0.9637758913675698],
    [1, 3, 0.06149194472039626, 0.7923403991979523],
    [3, 7, 0.1582198552514697, 0.7495416354723428],
    [66, 150, 0.3630449619604422, 0.519951467363727],
    [0, 10, 0, 0.27753279986288926],
    [10, 10, 0.7224672001371109, 1],
  ])("%d of %d matches scipy", (k, n, low, high) => {
    const [lo, hi] = wilsonInterval(k, n);
    expect(lo).toBeCloseTo(low, 13);
    expect(hi).toBeCloseTo(high, 13);
  });

  it("takes another confidence level from the options", () => {
    const [lo, hi] = wilsonInterval(8, 10, { confidence: 0.9 });
    expect(lo).toBeCloseTo(0.5407928056874879, 13);
    expect(hi).toBeCloseTo(0.9314420122624679, 13);
  });

  it("is exactly 0 or 1 at the edges, undefined without trials, and rejects impossible counts", () => {
    expect(wilsonInterval(0, 1)[0]).toBe(0);
    expect(wilsonInterval(7, 7)[1]).toBe(1);
    expect(wilsonInterval(0, 0)).toEqual([Number.NaN, Number.NaN]);
    expect(() => wilsonInterval(3, 2)).toThrow(RangeError);
    expect(() => wilsonInterval(-1, 2)).toThrow(RangeError);
    expect(() => wilsonInterval(1, 2, { confidence: 1 })).toThrow(RangeError);
  });

  it("contains the point estimate and lies in [0, 1] (property)", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 1_000_000 }).chain((n) => fc.tuple(fc.integer({ min: 0, max: n }), fc.constant(n))),
        fc.double({ min: 0.5, max: 0.999, noNaN: true }),
        ([k, n], confidence) => {
          const [lo, hi] = wilsonInterval(k, n, { confidence });
          const p = k / n;
          expect(0 <= lo && lo <= p && p <= hi && hi <= 1).toBe(true);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it("narrows as the confidence falls and as trials grow at the same share (property)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10_000 }), fc.integer({ min: 0, max: 100 }), (n, percent) => {
        const k = Math.round((n * percent) / 100);
        const [lo95, hi95] = wilsonInterval(k, n);
        const [lo80, hi80] = wilsonInterval(k, n, { confidence: 0.8 });
        expect(lo95 <= lo80 && hi80 <= hi95).toBe(true);
        const [loBig, hiBig] = wilsonInterval(4 * k, 4 * n);
        expect(hiBig - loBig).toBeLessThan(hi95 - lo95);
      }),
    );
  });
});
