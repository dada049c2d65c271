import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { findRoot } from "./find-root";
import { switchingValue } from "./switching-value";

describe("findRoot (Brent)", () => {
  it("solves smooth equations to machine precision", () => {
    expect(findRoot((x) => x * x - 2, { lower: 0, upper: 2 })).toBeCloseTo(Math.SQRT2, 15);
    expect(findRoot((x) => Math.cos(x) - x, { lower: 0, upper: 1 })).toBeCloseTo(0.7390851332151607, 15);
    expect(findRoot((x) => x ** 3, { lower: -1, upper: 2 })).toBeCloseTo(0, 5);
  });

  it("returns NaN without a sign change and an endpoint when it is a root", () => {
    expect(findRoot((x) => x * x + 1, { lower: -1, upper: 1 })).toBeNaN();
    expect(findRoot((x) => x - 1, { lower: 1, upper: 3 })).toBe(1);
  });
});

describe("switchingValue", () => {
  it("solves a linear NPV exactly", () => {
    expect(switchingValue((x) => x + 1.4e6 - 1e7, { base: 6.6e6, scale: 1.8e7 })).toBeCloseTo(8.6e6, 6);
  });

  it("finds the root nearest the base of a non-linear function", () => {
    // roots at 1 and 9; from base 2 the nearer one is 1
    expect(switchingValue((x) => (x - 1) * (x - 9), { base: 2, scale: 10 })).toBeCloseTo(1, 12);
    expect(switchingValue((x) => (x - 1) * (x - 9), { base: 8, scale: 10 })).toBeCloseTo(9, 12);
  });

  it("returns null when NPV never changes sign, and rejects a pole", () => {
    expect(switchingValue(() => 5, { base: 1, scale: 5 })).toBeNull();
    expect(switchingValue((x) => x * x + 1, { base: 3, scale: 10 })).toBeNull();
    expect(switchingValue((x) => 1 / x, { base: 2, scale: 1 })).toBeNull();
    expect(switchingValue((x) => 1 / x - 1, { base: 2, scale: 1 })).toBeCloseTo(1, 12);
  });

  it("returns the base when NPV is already 0 there, and works from a base of 0", () => {
    expect(switchingValue((x) => x - 3, { base: 3, scale: 1 })).toBe(3);
    expect(switchingValue((x) => 2 * x + 5e6, { base: 0, scale: 5e6 })).toBeCloseTo(-2.5e6, 6);
  });

  // Amounts in cents up to ±10 million euros (denormal floats would only test underflow, not the method).
  const money = fc.integer({ min: -1e9, max: 1e9 }).map((cents) => cents / 100);

  it("recovers the root of any linear function with a non-zero slope", () => {
    fc.assert(
      fc.property(
        money,
        fc.double({ min: 1e-3, max: 1e3, noNaN: true }),
        fc.boolean(),
        money,
        (root, magnitude, negative, base) => {
          const slope = negative ? -magnitude : magnitude;
          const found = switchingValue((x) => slope * (x - root), { base, scale: Math.abs(slope * (base - root)) + 1 });
          expect(found).not.toBeNull();
          expect(Math.abs((found as number) - root)).toBeLessThanOrEqual(1e-9 * (Math.abs(root) + Math.abs(base) + 1));
        },
      ),
    );
  });
});
