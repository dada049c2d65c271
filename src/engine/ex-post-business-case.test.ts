import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type ExPostCases, exPostBusinessCase, VERDICT_CODE } from "./ex-post-business-case";
import { wilsonInterval } from "./wilson-interval";
import { xoshiro128ss } from "./xoshiro128ss";

const { notReviewed, none, prevented, reduced, ended } = VERDICT_CODE;

/** Builds columns from rows [hours, directCosts, verdict, product, unitsPerMonth, months]. */
function columns(rows: readonly (readonly [number, number, number, number, number, number])[]): ExPostCases {
  return {
    hours: Float64Array.from(rows, (r) => r[0]),
    directCosts: Float64Array.from(rows, (r) => r[1]),
    verdict: Uint8Array.from(rows, (r) => r[2]),
    avoidedProduct: Int32Array.from(rows, (r) => r[3]),
    avoidedUnitsPerMonth: Float64Array.from(rows, (r) => r[4]),
    avoidedMonths: Float64Array.from(rows, (r) => r[5]),
  };
}

/**
 * The golden example, also docs/examples/businesscase and the CLI test. Hourly rate € 80. Products:
 * 0 WMO-BG € 65 (gemeente Wmo), 1 WMO-DB € 45,50 (gemeente Wmo), 2 WLZ-VPT € 1.200 (Wlz), 3 JW-AMB € 95 (gemeente Jeugd).
 *   case  hours direct  verdict    product   costs = h×80 + direct     benefits = units × months × price
 *   C-01  20    150     prevented  WMO-BG    1.750                     8 × 6 × 65     =  3.120 (Wmo)
 *   C-02  12,5  0       reduced    WMO-DB    1.000                     4 × 12 × 45,5  =  2.184 (Wmo)
 *   C-03  40    500     ended      WLZ-VPT   3.700                     4 × 3 × 1.200  = 14.400 (Wlz)
 *   C-04  6     0       none       –           480                     0
 *   C-05  30    200     reduced    WMO-BG    2.600                     2 × 5 × 65     =    650 (Wmo)  ← 2.600 > 650: flag
 *   C-06  8     0       not reviewed            640
 *   C-07  15    75,50   not reviewed          1.275,50
 *   C-08  4     0       not reviewed            320
 * Reviewed (5): costs 1.750 + 1.000 + 3.700 + 480 + 2.600 = 9.530; benefits 3.120 + 2.184 + 14.400 + 650 = 20.354
 *   (gemeente Wmo 5.954, Wlz 14.400, gemeente Jeugd 0); net 10.824; bcr 20.354/9.530 = 2,1358…
 * Verdicts: prevented 1, reduced 2, ended 1, none 1 → effect share 4/5 = 0,8, Wilson 95% [0,3755…, 0,9637…].
 * All (8): costs 9.530 + 640 + 1.275,50 + 320 = 11.765,50; extrapolated benefits 20.354/5 × 8 = 32.566,40;
 *   extrapolated net 32.566,40 − 11.765,50 = 20.800,90.
 * Bootstrap bounds: a resample of the five benefits has a mean between 0 and 14.400, so the net lies in
 *   [0 × 8 − 11.765,50, 14.400 × 8 − 11.765,50] = [−11.765,50, 103.434,50].
 */
const GOLDEN = {
  hourlyRate: 80,
  products: [
    { price: 65, payer: "gemeente Wmo" },
    { price: 45.5, payer: "gemeente Wmo" },
    { price: 1200, payer: "Wlz" },
    { price: 95, payer: "gemeente Jeugd" },
  ],
  cases: columns([
    [20, 150, prevented, 0, 8, 6],
    [12.5, 0, reduced, 1, 4, 12],
    [40, 500, ended, 2, 4, 3],
    [6, 0, none, -1, 0, 0],
    [30, 200, reduced, 0, 2, 5],
    [8, 0, notReviewed, -1, 0, 0],
    [15, 75.5, notReviewed, -1, 0, 0],
    [4, 0, notReviewed, -1, 0, 0],
  ]),
};

describe("exPostBusinessCase", () => {
  it("computes the hand-worked golden example", () => {
    const result = exPostBusinessCase(GOLDEN, { draws: 2000, rng: xoshiro128ss(1) });
    expect(result).toMatchObject({
      cases: 8,
      reviewed: 5,
      verdicts: { prevented: 1, reduced: 2, ended: 1, none: 1 },
      effectShare: { value: 0.8, wilson95: wilsonInterval(4, 5) },
      reviewedScope: { costs: 9530, benefits: 20354, benefitsByPayer: { "gemeente Wmo": 5954, Wlz: 14400, "gemeente Jeugd": 0 }, net: 10824 },
      allCases: { costs: 11765.5 },
      flags: [{ case: 4, costs: 2600, benefits: 650 }],
    });
    expect(Object.keys(result.reviewedScope.benefitsByPayer)).toEqual(["gemeente Wmo", "Wlz", "gemeente Jeugd"]);
    expect(result.reviewedScope.bcr).toBeCloseTo(20354 / 9530, 15);
    expect(result.allCases.extrapolatedBenefits).toBeCloseTo(32566.4, 9);
    expect(result.allCases.extrapolatedNet).toBeCloseTo(20800.9, 9);
    const [lo, hi] = result.allCases.bootstrapNet95 as [number, number];
    expect(-11765.5 <= lo && lo <= (result.allCases.extrapolatedNet as number) && (result.allCases.extrapolatedNet as number) <= hi && hi <= 103434.5).toBe(true);
  });

  it("prices each case's hours at its own rate when hourlyRates is given (C-01 at € 100, the rest at € 80)", () => {
    const hourlyRates = Float64Array.from({ length: 8 }, (_, i) => (i === 0 ? 100 : 80));
    const result = exPostBusinessCase({ ...GOLDEN, cases: { ...GOLDEN.cases, hourlyRates } }, { draws: 10, rng: xoshiro128ss(1) });
    // C-01 costs 20 × 100 + 150 = 2.150 instead of 1.750: 400 more in both scopes.
    expect(result.reviewedScope.costs).toBeCloseTo(9530 + 400, 9);
    expect(result.allCases.costs).toBeCloseTo(11765.5 + 400, 9);
    expect(() => exPostBusinessCase({ ...GOLDEN, cases: { ...GOLDEN.cases, hourlyRates: new Float64Array(3) } }, { draws: 10, rng: xoshiro128ss(1) })).toThrow(RangeError);
    expect(() => exPostBusinessCase({ ...GOLDEN, cases: { ...GOLDEN.cases, hourlyRates: hourlyRates.map((r, i) => (i === 2 ? -1 : r)) } }, { draws: 10, rng: xoshiro128ss(1) })).toThrow(RangeError);
  });

  it("is reproducible for the same rng seed", () => {
    const a = exPostBusinessCase(GOLDEN, { draws: 500, rng: xoshiro128ss(11) });
    expect(exPostBusinessCase(GOLDEN, { draws: 500, rng: xoshiro128ss(11) })).toEqual(a);
    expect(exPostBusinessCase(GOLDEN, { draws: 500, rng: xoshiro128ss(12) }).allCases.bootstrapNet95).not.toEqual(a.allCases.bootstrapNet95);
  });

  it("leaves what needs reviewed cases empty when there are none", () => {
    const result = exPostBusinessCase({ ...GOLDEN, cases: columns([[2, 10, notReviewed, -1, 0, 0]]) }, { draws: 10, rng: xoshiro128ss(1) });
    expect(result).toMatchObject({
      cases: 1,
      reviewed: 0,
      effectShare: { value: null, wilson95: null },
      reviewedScope: { costs: 0, benefits: 0, net: 0, bcr: null },
      allCases: { costs: 170, extrapolatedBenefits: null, extrapolatedNet: null, bootstrapNet95: null },
      flags: [],
    });
  });

  it("rejects input the CSV reader should have caught", () => {
    const run = (rows: Parameters<typeof columns>[0], hourlyRate = 80) =>
      () => exPostBusinessCase({ ...GOLDEN, hourlyRate, cases: columns(rows) }, { draws: 10, rng: xoshiro128ss(1) });
    expect(run([[1, 0, prevented, -1, 1, 1]])).toThrow(/needs a product/);
    expect(run([[1, 0, prevented, 9, 1, 1]])).toThrow(/needs a product/);
    expect(run([[1, 0, 7, 0, 1, 1]])).toThrow(/unknown verdict/);
    expect(run([[-1, 0, none, -1, 0, 0]])).toThrow(/costs/);
    expect(run([[1, 0, prevented, 0, -1, 1]])).toThrow(/benefits/);
    expect(run([[1, 0, none, -1, 0, 0]], Number.NaN)).toThrow(/hourlyRate/);
    expect(() =>
      exPostBusinessCase({ ...GOLDEN, cases: { ...GOLDEN.cases, hours: new Float64Array(2) } }, { draws: 10, rng: xoshiro128ss(1) }),
    ).toThrow(/length/);
  });

  /** Random case sets with at least one reviewed case, over the golden price list. */
  const caseSet = fc
    .array(
      fc.record({
        hours: fc.integer({ min: 0, max: 400 }).map((q) => q / 4),
        direct: fc.integer({ min: 0, max: 5000 }),
        verdict: fc.constantFrom(notReviewed, none, prevented, reduced, ended),
        product: fc.nat({ max: 3 }),
        units: fc.integer({ min: 0, max: 40 }),
        months: fc.integer({ min: 0, max: 24 }),
      }),
      { minLength: 1, maxLength: 60 },
    )
    .filter((rows) => rows.some((r) => r.verdict !== notReviewed))
    .map((rows) => columns(rows.map((r) => [r.hours, r.direct, r.verdict, r.verdict >= prevented ? r.product : -1, r.units, r.months] as const)));

  it("keeps its books consistent: payers add up, nets follow, the bootstrap interval is ordered and bounded (property)", () => {
    fc.assert(
      fc.property(caseSet, fc.integer({ min: 0, max: 2 ** 32 }), (cases, seed) => {
        const r = exPostBusinessCase({ ...GOLDEN, cases }, { draws: 200, rng: xoshiro128ss(seed) });
        const { verdicts, reviewedScope: scope, allCases } = r;
        expect(verdicts.prevented + verdicts.reduced + verdicts.ended + verdicts.none).toBe(r.reviewed);
        const byPayer = Object.values(scope.benefitsByPayer).reduce((a, b) => a + b, 0);
        expect(Math.abs(byPayer - scope.benefits)).toBeLessThanOrEqual(1e-9 * (scope.benefits + 1));
        expect(scope.net).toBe(scope.benefits - scope.costs);
        expect(scope.costs).toBeLessThanOrEqual(allCases.costs);
        expect(allCases.extrapolatedNet).toBe((allCases.extrapolatedBenefits as number) - allCases.costs);
        // Sound bounds: each resampled mean lies between the smallest and largest reviewed benefit.
        const benefits: number[] = [];
        for (let i = 0; i < cases.hours.length; i++) {
          const v = cases.verdict[i] as number;
          if (v === notReviewed) continue;
          const p = cases.avoidedProduct[i] as number;
          benefits.push(v >= prevented ? (cases.avoidedUnitsPerMonth[i] as number) * (cases.avoidedMonths[i] as number) * (GOLDEN.products[p]?.price as number) : 0);
        }
        const slack = 1e-9 * (Math.max(...benefits) * r.cases + allCases.costs + 1);
        const [lo, hi] = allCases.bootstrapNet95 as [number, number];
        expect(lo).toBeLessThanOrEqual(hi);
        expect(lo).toBeGreaterThanOrEqual(Math.min(...benefits) * r.cases - allCases.costs - slack);
        expect(hi).toBeLessThanOrEqual(Math.max(...benefits) * r.cases - allCases.costs + slack);
        for (const flag of r.flags) expect(flag.costs).toBeGreaterThan(flag.benefits);
      }),
    );
  });

  it("collapses the bootstrap interval onto the estimate when every reviewed case has the same benefit (property)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 50 }), fc.integer({ min: 0, max: 50 }), fc.integer({ min: 0, max: 30 }), (reviewed, unreviewed, units) => {
        const rows = [
          ...Array.from({ length: reviewed }, () => [3, 10, reduced, 1, units, 7] as const),
          ...Array.from({ length: unreviewed }, () => [2, 0, notReviewed, -1, 0, 0] as const),
        ];
        const r = exPostBusinessCase({ ...GOLDEN, cases: columns(rows) }, { draws: 100, rng: xoshiro128ss(reviewed) });
        expect(r.allCases.bootstrapNet95).toEqual([r.allCases.extrapolatedNet, r.allCases.extrapolatedNet]);
      }),
    );
  });

  it("contains the point estimate in its bootstrap interval for nearly all non-degenerate samples", () => {
    // Not a law (a percentile interval need not contain the estimate), so measured over 300 seeded random samples of
    // 20–200 reviewed cases with a mix of verdicts: the mean's bootstrap distribution is centred on the estimate.
    const rng = xoshiro128ss(99);
    let contained = 0;
    let samples = 0;
    for (let t = 0; t < 300; t++) {
      const size = 20 + Math.floor(rng.next() * 181);
      const rows = Array.from({ length: size }, () => {
        const u = rng.next();
        const verdict = u < 0.2 ? notReviewed : u < 0.55 ? none : u < 0.75 ? prevented : u < 0.9 ? reduced : ended;
        return [rng.next() * 60, rng.next() < 0.5 ? 0 : rng.next() * 900, verdict, verdict >= prevented ? Math.floor(rng.next() * 4) : -1, 1 + Math.floor(rng.next() * 20), 1 + Math.floor(rng.next() * 12)] as const;
      });
      if (!rows.some((row) => row[2] >= prevented)) continue;
      samples++;
      const r = exPostBusinessCase({ ...GOLDEN, cases: columns(rows) }, { draws: 1000, rng: xoshiro128ss(t) });
      const [lo, hi] = r.allCases.bootstrapNet95 as [number, number];
      const net = r.allCases.extrapolatedNet as number;
      if (lo <= net && net <= hi) contained++;
    }
    expect(samples).toBeGreaterThan(290);
    expect(contained / samples).toBeGreaterThanOrEqual(0.99);
  });
});
