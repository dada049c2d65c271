import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { cellsToHide, suppressBreakdown } from "./complementary-suppression";

describe("cellsToHide", () => {
  it("hides the smallest shown cell too when only one cell is below 5, so it cannot be found by subtraction", () => {
    // Total 6 (known from elsewhere) − 5 would give the hidden 1 away.
    expect(cellsToHide([1, 5])).toEqual([true, true]);
    expect(cellsToHide([12, 3, 7, 0])).toEqual([false, true, true, false]);
  });

  it("leaves a breakdown alone when no cell or already two cells are below 5", () => {
    expect(cellsToHide([5, 9, 0])).toEqual([false, false, false]);
    expect(cellsToHide([2, 3, 40])).toEqual([true, true, false]);
  });

  it("keeps empty cells shown: a 0 identifies nobody", () => {
    expect(cellsToHide([0, 4, 0, 8])).toEqual([false, true, false, true]);
  });

  it("names the hidden cells", () => {
    expect(suppressBreakdown({ prevented: 7, reduced: 2, ended: 9 })).toEqual({ prevented: null, reduced: null, ended: 9 });
  });

  it("never leaves exactly one hidden cell while a shown cell could partner it, and never hides more than one extra (property)", () => {
    fc.assert(
      fc.property(fc.array(fc.nat({ max: 30 }), { maxLength: 10 }), (counts) => {
        const hide = cellsToHide(counts);
        const primary = counts.map((n) => n > 0 && n < 5);
        counts.forEach((n, i) => {
          if (primary[i]) expect(hide[i]).toBe(true);
          if (n === 0) expect(hide[i]).toBe(false);
        });
        const extra = hide.filter((h, i) => h && !primary[i]).length;
        expect(extra).toBeLessThanOrEqual(1);
        const hidden = hide.filter(Boolean).length;
        const nonEmptyShown = counts.filter((n, i) => n > 0 && !hide[i]).length;
        if (hidden === 1) expect(nonEmptyShown).toBe(0);
      }),
      { seed: 20261204 },
    );
  });
});
