import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { kappaBand } from "./kappa-band";

describe("kappaBand", () => {
  it("follows Landis & Koch at the band edges", () => {
    expect([-0.1, 0, 0.2, 0.21, 0.4, 0.41, 0.6, 0.61, 0.8, 0.81, 1].map(kappaBand)).toEqual([
      "poor", "slight", "slight", "fair", "fair", "moderate", "moderate", "substantial", "substantial", "almostPerfect", "almostPerfect",
    ]);
  });

  it("never reads a higher kappa as a lower band (property)", () => {
    const order = ["poor", "slight", "fair", "moderate", "substantial", "almostPerfect"];
    fc.assert(fc.property(fc.double({ min: -1, max: 1, noNaN: true }), fc.double({ min: -1, max: 1, noNaN: true }), (a, b) => {
      const [lo, hi] = a <= b ? [a, b] : [b, a];
      expect(order.indexOf(kappaBand(lo))).toBeLessThanOrEqual(order.indexOf(kappaBand(hi)));
    }));
  });
});
