import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { discountFactors } from "./discount-factors";

describe("discountFactors", () => {
  it("leaves year 0 undiscounted by default: DF[t] = 1/(1+r)^t", () => {
    const df = discountFactors(0.0225, 3);
    expect(df[0]).toBe(1);
    expect(df[1]).toBeCloseTo(1 / 1.0225, 15);
    expect(df[2]).toBeCloseTo(0.9564744352, 10); // 1/1.0225² = 1/1.04550625
  });

  it("discounts every year once more when firstYearDiscounted", () => {
    const df = discountFactors(0.035, 2, { firstYearDiscounted: true });
    expect(df[0]).toBeCloseTo(1 / 1.035, 15);
    expect(df[1]).toBeCloseTo(1 / 1.035 ** 2, 15);
  });

  it("uses one rate per year: DF[t] = 1/∏_{s=1..t}(1+r_s)", () => {
    const df = discountFactors([0.5, 0.1, 0.2, 0.0], 4);
    expect([...df]).toEqual([1, 1 / 1.1, 1 / (1.1 * 1.2), 1 / (1.1 * 1.2)]);
    const first = discountFactors([0.5, 0.1], 2, { firstYearDiscounted: true });
    expect(first[0]).toBeCloseTo(1 / 1.5, 15);
    expect(first[1]).toBeCloseTo(1 / (1.5 * 1.1), 15);
  });

  it("gives the same factors for a constant array as for the number", () => {
    fc.assert(
      fc.property(fc.double({ min: -0.5, max: 0.5, noNaN: true }), fc.integer({ min: 1, max: 60 }), fc.boolean(), (r, horizon, firstYearDiscounted) => {
        const a = discountFactors(r, horizon, { firstYearDiscounted });
        const b = discountFactors(Array(horizon).fill(r), horizon, { firstYearDiscounted });
        a.forEach((x, t) => {
          // relative: with r = −0.5 over 60 years the factors reach 2^59
          expect(Math.abs((b[t] as number) - x)).toBeLessThanOrEqual(1e-12 * x);
        });
      }),
    );
  });
});
