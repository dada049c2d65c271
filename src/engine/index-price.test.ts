import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { indexPrice } from "./index-price";

describe("indexPrice", () => {
  const series = { 2021: 100, 2022: 110, 2023: 121 };

  it("scales by the ratio of the index values", () => {
    expect(indexPrice(50, 2021, 2023, series)).toBeCloseTo(60.5, 12);
    expect(indexPrice(60.5, 2023, 2021, series)).toBeCloseTo(50, 12);
  });

  it("leaves the amount alone within one year and refuses years outside the series", () => {
    expect(indexPrice(42, 2019, 2019, series)).toBe(42);
    expect(indexPrice(42, 2019, 2021, series)).toBeNull();
  });

  it("is path independent: indexing via an intermediate year gives the same result (property)", () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1e7, noNaN: true }), (amount) => {
        const direct = indexPrice(amount, 2021, 2023, series)!;
        const viaMiddle = indexPrice(indexPrice(amount, 2021, 2022, series)!, 2022, 2023, series)!;
        expect(viaMiddle).toBeCloseTo(direct, 6);
      }),
    );
  });
});
