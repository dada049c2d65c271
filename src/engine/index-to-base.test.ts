import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { groupTotal, indexToBase } from "./index-to-base";

describe("indexToBase", () => {
  it("puts the base year at 100", () => {
    expect(indexToBase([{ year: 2022, value: 260 }, { year: 2019, value: 200 }], 2019)).toEqual([
      { year: 2019, index: 100 },
      { year: 2022, index: 130 },
    ]);
    expect(indexToBase([{ year: 2022, value: 260 }], 2019)).toBeNull();
  });

  it("does not depend on the unit of the values (property)", () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: 1, max: 1e6, noNaN: true }), { minLength: 1, maxLength: 8 }), fc.double({ min: 0.001, max: 1000, noNaN: true }), (values, scale) => {
        const points = values.map((value, i) => ({ year: 2015 + i, value }));
        const a = indexToBase(points, 2015)!;
        const b = indexToBase(points.map((p) => ({ ...p, value: p.value * scale })), 2015)!;
        for (const [i, p] of a.entries()) expect(b[i]!.index).toBeCloseTo(p.index, 6);
      }),
    );
  });
});

describe("groupTotal", () => {
  it("sums per year only where every member has a value", () => {
    expect(
      groupTotal([
        [
          { year: 2019, value: 100 },
          { year: 2020, value: 110 },
        ],
        [{ year: 2019, value: 50 }],
      ]),
    ).toEqual([{ year: 2019, value: 150 }]);
  });
});
