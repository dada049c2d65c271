import { describe, expect, it } from "vitest";
import { evaluateModel } from "./evaluate-model";
import type { ModelInput } from "./model-schema";
import { parseModel } from "./parse-model";
import { baseModel } from "./test-helpers";

/** Parses (must be valid) and evaluates. */
const evaluate = (input: ModelInput) => {
  const parsed = parseModel(input);
  if (!parsed.model) throw new Error(JSON.stringify(parsed.findings));
  return evaluateModel(parsed.model);
};

/**
 * Two-year SROI illustration, worked by hand:
 *   gross outcome   60 participants × € 8,500                 = 510,000 per year
 *   deadweight 40%  510,000 × 0.6                             = 306,000
 *   attribution 30% 306,000 × 0.7                             = 214,200   (year 0)
 *   drop-off 30%    214,200 × 0.7                             = 149,940   (year 1)
 *   discounting 3.5%, first year not discounted:
 *     PV = 214,200 + 149,940 / 1.035 = 214,200 + 144,869.5652… = 359,069.5652…
 *   costs 250,000 in year 0 (PV 250,000)
 *   NPV = 109,069.5652…; BCR = 359,069.5652… / 250,000 = 1.43628 ≈ 1.436
 */
const sroi = (overrides: Partial<ModelInput> = {}): ModelInput =>
  baseModel({
    name: "SROI-illustratie",
    horizon: 2,
    discountRate: 0.035,
    stakeholders: [
      { id: "gemeente", name: "Gemeente" },
      { id: "deelnemers", name: "Deelnemers" },
    ],
    parameters: { deelnemers: { value: 60 }, waarde: { value: 8500 } },
    costs: [{ id: "programma", label: "Programma", stakeholder: "gemeente", amount: 250_000, years: [0] }],
    benefits: [
      {
        id: "welzijn",
        label: "Welzijn",
        stakeholder: "deelnemers",
        category: "immaterial",
        quantity: "deelnemers",
        unitValue: "waarde",
        deadweight: 0.4,
        attribution: 0.3,
        dropOff: 0.3,
      },
    ],
    ...overrides,
  });

describe("evaluateModel: two-year SROI illustration", () => {
  const { result, findings } = evaluate(sroi());

  it("matches the hand-worked numbers", () => {
    expect(findings).toEqual([]);
    expect(result.pvBenefits).toBeCloseTo(214_200 + 149_940 / 1.035, 8);
    expect(result.pvCosts).toBe(250_000);
    expect(result.npv).toBeCloseTo(109_069.5652173913, 8);
    expect(result.bcr).toBeCloseTo(1.436, 3);
    expect(result.bcr).toBeCloseTo(1.4362782608695652, 12);
    expect(result.financialBcr).toBe(0);
    expect(result.classification).toBe("societally_profitable");
  });

  it("reports undiscounted years, stakeholders and payback", () => {
    expect(result.years).toEqual([
      { year: 0, costs: 250_000, benefits: expect.closeTo(214_200, 8) },
      { year: 1, costs: 0, benefits: expect.closeTo(149_940, 8) },
    ]);
    expect(result.stakeholders.gemeente).toEqual({ pvBenefits: 0, pvCosts: 250_000, npv: -250_000 });
    expect(result.stakeholders.deelnemers?.npv).toBeCloseTo(result.pvBenefits, 8);
    expect(result.paybackYear).toBe(1);
  });

  it("gives switching values: NPV = 0 at 60 × 250,000 / PV benefits participants", () => {
    expect(result.switchingValues.deelnemers).toBeCloseTo((60 * 250_000) / result.pvBenefits, 9);
    expect(result.switchingValues.waarde).toBeCloseTo((8500 * 250_000) / result.pvBenefits, 7);
  });

  it("discounts the first year too when asked (every year once more)", () => {
    const discounted = evaluate(sroi({ firstYearDiscounted: true })).result;
    expect(discounted.pvBenefits).toBeCloseTo(214_200 / 1.035 + 149_940 / 1.035 ** 2, 8);
    expect(discounted.pvCosts).toBeCloseTo(250_000 / 1.035, 8);
    expect(discounted.npv).toBeCloseTo(result.npv / 1.035, 8);
    expect(discounted.bcr).toBeCloseTo(result.bcr as number, 12);
  });

  it("accepts one discount rate per year (the year-0 rate matters only when year 0 is discounted)", () => {
    expect(evaluate(sroi({ discountRate: [0.9, 0.035] })).result.npv).toBeCloseTo(result.npv, 9);
    expect(evaluate(sroi({ discountRate: [0, 0.1] })).result.pvBenefits).toBeCloseTo(214_200 + 149_940 / 1.1, 8);
    const both = evaluate(sroi({ discountRate: [0.1, 0.2], firstYearDiscounted: true })).result;
    expect(both.pvBenefits).toBeCloseTo(214_200 / 1.1 + 149_940 / (1.1 * 1.2), 8);
  });
});

/**
 * One-year appraisal: PV benefits 8m (6.6m financial + 1.4m immaterial) against PV costs 10m.
 * BCR = 8/10 = 0.8; NPV = −2m; NPV = 0 when the 6.6m component is 10m − 1.4m = 8.6m.
 */
const appraisal = (): ModelInput =>
  baseModel({
    name: "Eenjarige beoordeling",
    horizon: 1,
    stakeholders: [
      { id: "gemeente", name: "Gemeente" },
      { id: "inwoners", name: "Inwoners" },
    ],
    parameters: {
      zorgkosten: { value: 6_600_000, uncertainty: { dist: "triangular", min: 5_000_000, mode: 6_600_000, max: 9_000_000 } },
      welzijn: { value: 1_400_000, uncertainty: { dist: "uniform", min: 1_000_000, max: 1_800_000 } },
      kosten: { value: 10_000_000 },
    },
    costs: [{ id: "aanpak", label: "Aanpak", stakeholder: "gemeente", amount: "kosten", years: [0] }],
    benefits: [
      { id: "zorg", label: "Minder zorg", stakeholder: "gemeente", category: "financial", quantity: 1, unitValue: "zorgkosten" },
      { id: "welzijn", label: "Welzijn", stakeholder: "inwoners", category: "immaterial", quantity: 1, unitValue: "welzijn" },
    ],
  });

describe("evaluateModel: one-year appraisal", () => {
  const { result } = evaluate(appraisal());

  it("has BCR 0.8, NPV −2m and is not profitable", () => {
    expect(result.pvBenefits).toBe(8_000_000);
    expect(result.pvCosts).toBe(10_000_000);
    expect(result.bcr).toBeCloseTo(0.8, 15);
    expect(result.npv).toBe(-2_000_000);
    expect(result.financialBcr).toBeCloseTo(0.66, 15);
    expect(result.classification).toBe("not_profitable");
    expect(result.paybackYear).toBeNull();
  });

  it("switches at 8.6m for the 6.6m component", () => {
    expect(result.switchingValues.zorgkosten).toBeCloseTo(8_600_000, 6);
    expect(result.switchingValues.welzijn).toBeCloseTo(3_400_000, 6);
    expect(result.switchingValues.kosten).toBeCloseTo(8_000_000, 6);
  });

  it("builds a tornado from P10/P90 (min/max for uniform), largest swing first", () => {
    expect(result.tornado.map((bar) => bar.parameter)).toEqual(["zorgkosten", "welzijn"]);
    const [zorg, welzijn] = result.tornado;
    // triangular(5m, 6.6m, 9m): F(mode) = 0.4, P10 = 5m + √(0.1 × 4m × 1.6m), P90 = 9m − √(0.1 × 4m × 2.4m)
    expect(zorg?.low).toBeCloseTo(5e6 + Math.sqrt(0.1 * 4e6 * 1.6e6), 6);
    expect(zorg?.high).toBeCloseTo(9e6 - Math.sqrt(0.1 * 4e6 * 2.4e6), 6);
    expect(zorg?.npvLow).toBeCloseTo((zorg?.low as number) + 1.4e6 - 1e7, 6);
    expect(welzijn).toEqual({ parameter: "welzijn", low: 1e6, high: 1.8e6, npvLow: -2.4e6, npvHigh: -1.6e6 });
  });

  it("classifies financially and societally profitable results", () => {
    const cheaper = appraisal();
    cheaper.parameters = { ...cheaper.parameters, kosten: { value: 7_000_000 } };
    expect(evaluate(cheaper).result.classification).toBe("societally_profitable");
    cheaper.parameters = { ...cheaper.parameters, kosten: { value: 6_600_000 } };
    expect(evaluate(cheaper).result.classification).toBe("financially_profitable");
  });
});

describe("evaluateModel: lines", () => {
  it("applies optimism bias, start year, duration and drop-off", () => {
    const { result, findings } = evaluate(
      baseModel({
        horizon: 5,
        discountRate: 0,
        costs: [{ id: "c", label: "C", stakeholder: "gemeente", amount: "2 * 50", years: [0, 2], optimismBias: 0.2 }],
        benefits: [
          {
            id: "b",
            label: "B",
            stakeholder: "gemeente",
            category: "financial",
            quantity: 10,
            unitValue: 10,
            startYear: 1,
            duration: 2,
            dropOff: 0.5,
            displacement: 0.2,
            optimismBias: 0.5,
          },
        ],
      }),
    );
    expect(findings).toEqual([]);
    // benefit: 100 × 0.8 × 0.5 = 40 in year 1, × 0.5 = 20 in year 2; cost 100 × 1.2 = 120 in years 0 and 2
    expect(result.years.map((y) => [y.costs, y.benefits])).toEqual([
      [120, 0],
      [0, 40],
      [120, 20],
      [0, 0],
      [0, 0],
    ]);
    expect(result.pvCosts).toBeCloseTo(240, 12);
    expect(result.pvBenefits).toBeCloseTo(60, 12);
  });

  it("runs benefits to the end of the horizon by default and truncates with a warning", () => {
    const model = baseModel({
      horizon: 4,
      benefits: [{ id: "b", label: "B", stakeholder: "gemeente", category: "financial", quantity: 1, unitValue: 1, startYear: 2, duration: 5 }],
    });
    const parsed = parseModel(model);
    expect(parsed.findings).toEqual([
      { level: "warning", code: "truncated_by_horizon", path: "benefits[0].duration", message: expect.stringContaining("2 … 3") },
    ]);
    const { result } = evaluate(model);
    expect(result.years.map((y) => y.benefits)).toEqual([0, 0, 1, 1]);
  });

  it("leaves BCR undefined without costs", () => {
    const { result, findings } = evaluate(
      baseModel({ costs: [], benefits: [{ id: "b", label: "B", stakeholder: "gemeente", category: "financial", quantity: 1, unitValue: 5 }] }),
    );
    expect(result.bcr).toBeNull();
    expect(result.financialBcr).toBeNull();
    expect(result.classification).toBe("financially_profitable");
    expect(result.paybackYear).toBe(0);
    expect(findings).toEqual([]);
  });

  it("solves non-linear switching values and gives null when NPV never crosses zero", () => {
    const line = (quantity: string) => [{ id: "b", label: "B", stakeholder: "gemeente", category: "financial" as const, quantity, unitValue: 1 }];
    // NPV = a² − 100 at a = 5: zero at a = 10 (the nearer root; −10 is the other)
    const square = evaluate(baseModel({ horizon: 1, parameters: { a: { value: 5 } }, benefits: line("a ^ 2") }));
    expect(square.result.switchingValues.a).toBeCloseTo(10, 10);
    // NPV = min(a, 20) − 100 ≤ −80 for every a
    const capped = evaluate(baseModel({ horizon: 1, parameters: { a: { value: 5 } }, benefits: line("min(a, 20)") }));
    expect(capped.result.switchingValues.a).toBeNull();
  });
});

describe("evaluateModel: Monte Carlo", () => {
  const withMonteCarlo = (seed: number, draws = 2000): ModelInput => ({ ...appraisal(), monteCarlo: { draws, seed } });

  it("gives byte-identical output for the same seed and different output for another", () => {
    const a = JSON.stringify(evaluate(withMonteCarlo(42)).result);
    const b = JSON.stringify(evaluate(withMonteCarlo(42)).result);
    const c = JSON.stringify(evaluate(withMonteCarlo(43)).result);
    expect(a).toBe(b);
    expect(a).not.toBe(c);
    const mc = evaluate(withMonteCarlo(42)).result.monteCarlo;
    expect(mc).toMatchObject({ draws: 2000, seed: 42 });
    expect(mc?.npv?.p5).toBeLessThan(mc?.npv?.p50 as number);
    expect(mc?.npv?.p50).toBeLessThan(mc?.npv?.p95 as number);
    expect(mc?.probabilityPositiveNpv).toBeGreaterThanOrEqual(0);
    expect(mc?.bcr?.mean).toBeCloseTo(((mc?.npv?.mean as number) + 1e7) / 1e7, 10);
  });

  it("is centred on the expected NPV (triangular mean (a + b + c)/3, uniform mean (a + b)/2)", () => {
    const mc = evaluate(withMonteCarlo(7, 50_000)).result.monteCarlo;
    const expected = (5e6 + 6.6e6 + 9e6) / 3 + 1.4e6 - 1e7;
    expect(Math.abs((mc?.npv?.mean as number) - expected)).toBeLessThan(20_000);
  });

  it("equals the deterministic result when nothing is uncertain, with a warning", () => {
    const model = { ...sroiLike(), monteCarlo: { draws: 10, seed: 1 } };
    const { result, findings } = evaluate(model);
    expect(result.monteCarlo?.npv?.p50).toBeCloseTo(result.npv, 9);
    expect(result.monteCarlo?.npv?.p95).toBeCloseTo(result.npv, 9);
    expect(findings.map((f) => f.code)).toEqual(["no_uncertainty"]);
  });

  it("reports draws without a finite NPV instead of failing", () => {
    const model = baseModel({
      parameters: { n: { value: 1, uncertainty: { dist: "uniform", min: -1, max: 1 } } },
      benefits: [{ id: "b", label: "B", stakeholder: "gemeente", category: "financial", quantity: "1 / (n - n)", unitValue: 1 }],
      monteCarlo: { draws: 10, seed: 3 },
    });
    expect(parseModel(model).findings.map((f) => f.code)).toEqual(["non_finite_result"]);
    const divides = baseModel({
      parameters: { n: { value: 1, uncertainty: { dist: "uniform", min: -1, max: 1 } } },
      benefits: [{ id: "b", label: "B", stakeholder: "gemeente", category: "financial", quantity: "1 / max(n, 0)", unitValue: 1 }],
      monteCarlo: { draws: 100, seed: 3 },
    });
    const { result, findings } = evaluate(divides);
    expect(result.monteCarlo?.npv).toBeNull();
    expect(findings.map((f) => f.code)).toContain("non_finite_draws");
    expect(JSON.stringify(result)).toContain('"npv":null');
  });

  it("reproduces the documented example exactly (docs/model-format.md), pinning the random stream", () => {
    const docsExample = baseModel({
      horizon: 1,
      stakeholders: [
        { id: "gemeente", name: "Gemeente" },
        { id: "inwoners", name: "Inwoners" },
      ],
      parameters: { zorgkosten: { value: 6_600_000, uncertainty: { dist: "triangular", min: 5_000_000, mode: 6_600_000, max: 9_000_000 } } },
      costs: [{ id: "aanpak", label: "Aanpak", stakeholder: "gemeente", amount: 10_000_000, years: [0] }],
      benefits: [
        { id: "zorg", label: "Minder zorg", stakeholder: "gemeente", category: "financial", quantity: 1, unitValue: "zorgkosten" },
        { id: "welzijn", label: "Welzijn", stakeholder: "inwoners", category: "immaterial", quantity: 1, unitValue: 1_400_000 },
      ],
      monteCarlo: { draws: 10_000, seed: 1 },
    });
    expect(evaluate(docsExample).result.monteCarlo).toEqual({
      draws: 10_000,
      seed: 1,
      npv: { mean: -1726351.375268132, p5: -3027171.775553068, p50: -1785595.510759764, p95: -285829.1757363782 },
      bcr: { mean: 0.8273648624731832, p5: 0.6972828224446933, p50: 0.8214404489240237, p95: 0.9714170824263622 },
      probabilityPositiveNpv: 0.018,
    });
  });

  it("can be switched off by the caller", () => {
    const parsed = parseModel(withMonteCarlo(1));
    expect(evaluateModel(parsed.model as NonNullable<typeof parsed.model>, { monteCarlo: false }).result.monteCarlo).toBeUndefined();
  });
});

const sroiLike = (): ModelInput => sroi();
