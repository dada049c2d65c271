import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type ScenarioCostLine, compareScenarios, scenarioCost } from "./scenario-costs";

const line = (overrides: Partial<ScenarioCostLine>): ScenarioCostLine => ({ label: "x", payer: "wmo", unitPrice: 100, quantity: 1, periods: 1, probability: 1, ...overrides });

describe("scenarioCost", () => {
  it("multiplies price, quantity, periods and probability, per payer", () => {
    const result = scenarioCost([
      line({ unitPrice: 65, quantity: 12, periods: 6, probability: 0.5 }),
      line({ payer: "wlz", unitPrice: 75_000, probability: 0.1 }),
    ]);
    expect(result.expected).toBeCloseTo(2340 + 7500, 9);
    expect(result.byPayer).toEqual({ wmo: 2340, wlz: 7500 });
  });

  it("is zero for an empty scenario", () => {
    expect(scenarioCost([])).toEqual({ expected: 0, byPayer: {} });
  });

  it("sums per payer to the total (property)", () => {
    const arbitraryLine = fc.record({
      label: fc.constant("x"),
      payer: fc.constantFrom("wmo", "wlz", "zvw"),
      unitPrice: fc.integer({ min: 0, max: 1e6 }),
      quantity: fc.integer({ min: 0, max: 100 }),
      periods: fc.integer({ min: 0, max: 60 }),
      probability: fc.double({ min: 0, max: 1, noNaN: true }),
    });
    fc.assert(
      fc.property(fc.array(arbitraryLine, { maxLength: 20 }), (lines) => {
        const { expected, byPayer } = scenarioCost(lines);
        expect(Object.values(byPayer).reduce((a, b) => a + b, 0)).toBeCloseTo(expected, 3);
      }),
    );
  });
});

describe("compareScenarios", () => {
  it("gives each scenario's difference with the reference, per payer", () => {
    const result = compareScenarios(
      {
        niets_doen: [line({ payer: "wlz", unitPrice: 1000 })],
        regulier: [line({ unitPrice: 600 })],
        alternatief: [line({ unitPrice: 200 }), line({ payer: "gemeente", unitPrice: 50 })],
      },
      "regulier",
    );
    expect(result.differences.alternatief.expected).toBe(-350);
    expect(result.differences.alternatief.byPayer).toEqual({ wmo: -400, gemeente: 50 });
    expect(result.differences.niets_doen.byPayer).toEqual({ wlz: 1000, wmo: -600 });
    expect(result.differences.regulier.expected).toBe(0);
  });
});
