import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fleissKappa } from "./fleiss-kappa";

/**
 * The worked example of the Wikipedia article "Fleiss' kappa" (10 subjects, 14 raters, 5 categories), which follows
 * Fleiss (1971). By hand, in exact fractions:
 *   p_j = (10, 14, 39, 21, 32)/140 = 1/7, 1/5, 39/140, 3/20, 8/35  →  P̄_e = Σ p_j² = 417/1960 ≈ 0.2128
 *   P_i = 1, 23/91, 4/13, 40/91, 30/91, 6/13, 22/91, 16/91, 2/7, 2/7  →  P̄ = 172/455 ≈ 0.3780
 *   κ = (172/455 − 417/1960)/(1 − 417/1960) = 4211/20059 ≈ 0.20993 (the article rounds to 0.210)
 */
const WIKIPEDIA = [
  [0, 0, 0, 0, 14],
  [0, 2, 6, 4, 2],
  [0, 0, 3, 5, 6],
  [0, 3, 9, 2, 0],
  [2, 2, 8, 1, 1],
  [7, 7, 0, 0, 0],
  [3, 2, 6, 3, 0],
  [2, 5, 3, 2, 2],
  [6, 5, 2, 1, 0],
  [0, 2, 2, 3, 7],
];

describe("fleissKappa", () => {
  it("matches the published worked example: κ = 4211/20059 ≈ 0.210", () => {
    expect(fleissKappa(WIKIPEDIA)).toBeCloseTo(4211 / 20059, 14);
  });

  it("gives 0 at chance-level agreement and a negative value below it", () => {
    // two raters, two categories, every subject split: P̄ = 0, P̄_e = ½ → κ = −1
    expect(fleissKappa([[1, 1], [1, 1]])).toBe(-1);
    // P_i = (1+1+0−2)/2 = 0 for split subjects and 1 for agreeing ones; half split, half agreeing in turn:
    // p = (½, ½), P̄_e = ½, P̄ = ½ → κ = 0
    expect(fleissKappa([[2, 0], [1, 1], [0, 2], [1, 1]])).toBe(0);
  });

  it("is undefined (NaN) when every rating falls in one category", () => {
    expect(fleissKappa([[3, 0], [3, 0]])).toBeNaN();
  });

  it("rejects tables that are not counts of equally many raters", () => {
    expect(() => fleissKappa([])).toThrow(RangeError);
    expect(() => fleissKappa([[1, 2], [3]])).toThrow(RangeError);
    expect(() => fleissKappa([[1, 2], [2, 2]])).toThrow(RangeError);
    expect(() => fleissKappa([[1.5, 1.5]])).toThrow(RangeError);
    expect(() => fleissKappa([[-1, 4]])).toThrow(RangeError);
    expect(() => fleissKappa([[1, 0], [0, 1]])).toThrow(RangeError);
  });

  /** Subjects each rated by all raters into one category, with at least two categories used. */
  const perfect = fc
    .record({ raters: fc.integer({ min: 2, max: 20 }), categories: fc.integer({ min: 2, max: 6 }) })
    .chain(({ raters, categories }) =>
      fc
        .array(fc.nat({ max: categories - 1 }), { minLength: 2, maxLength: 60 })
        .filter((chosen) => new Set(chosen).size > 1)
        .map((chosen) => chosen.map((c) => Array.from({ length: categories }, (_, j) => (j === c ? raters : 0)))),
    );

  it("is exactly 1 for perfect agreement (property)", () => {
    fc.assert(
      fc.property(perfect, (table) => {
        expect(fleissKappa(table)).toBe(1);
      }),
    );
  });

  /** Random tables: N subjects, n raters spread over k categories. */
  const table = fc
    .record({ raters: fc.integer({ min: 2, max: 12 }), categories: fc.integer({ min: 2, max: 5 }) })
    .chain(({ raters, categories }) =>
      fc.array(fc.array(fc.nat({ max: categories - 1 }), { minLength: raters, maxLength: raters }), { minLength: 1, maxLength: 40 }).map((subjects) =>
        subjects.map((ratings) => Array.from({ length: categories }, (_, j) => ratings.filter((r) => r === j).length)),
      ),
    );

  it("is at most 1, and unchanged by reordering subjects or categories (property)", () => {
    fc.assert(
      fc.property(table, (counts) => {
        const kappa = fleissKappa(counts);
        fc.pre(!Number.isNaN(kappa));
        expect(kappa).toBeLessThanOrEqual(1);
        expect(kappa).toBeGreaterThanOrEqual(-1 / ((counts[0] as number[]).reduce((a, b) => a + b) - 1) - 1e-12);
        const reordered = [...counts].reverse().map((row) => [...row].reverse());
        expect(fleissKappa(reordered)).toBeCloseTo(kappa, 12);
      }),
    );
  });
});
