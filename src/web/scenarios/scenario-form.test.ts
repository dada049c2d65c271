import { describe, expect, it } from "vitest";
import type { Scenarios } from "../../domain/scenarios/dto";
import { newCostLine, type ScenarioLabels, scenariosFormOf, scenariosSubmissionOf } from "./scenario-form";

const labels: ScenarioLabels = {
  field: (scenario, n, field) => `${scenario} ${n} ${field}`,
  justification: (key) => key,
};

const cost = { expectedCents: 0, byPayerCents: {} };
const saved: Scenarios = {
  caseId: "c1",
  lines: {
    niets_doen: [
      { label: "Uithuisplaatsing", priceItemId: null, unitPriceCents: 123450, quantity: 1, periods: 12, payer: "gemeente_jeugd", probability: 0.25, expectedCents: 0 },
    ],
    regulier: [{ label: "Begeleiding", priceItemId: "p1", unitPriceCents: 6500, quantity: 1.5, periods: 52, payer: "gemeente_wmo", probability: 1, expectedCents: 0 }],
    alternatief: [],
  },
  totals: { niets_doen: cost, regulier: cost, alternatief: cost },
  differences: { alternatiefVsRegulier: cost, alternatiefVsNietsDoen: cost },
  justification: { rechtmatigheid: "Wmo", rendement: "", betrokkenheid: "" },
  version: 2,
};

describe("scenariosFormOf", () => {
  it("shows amounts, numbers and percentages as users type them", () => {
    const form = scenariosFormOf(saved);
    expect(form.lines.niets_doen[0]).toMatchObject({ unitPrice: "1234,50", periods: "12", probability: "25", priceItemId: "" });
    expect(form.lines.regulier[0]).toMatchObject({ unitPrice: "", quantity: "1,5", priceItemId: "p1", payer: "gemeente_wmo" });
  });
});

describe("scenariosSubmissionOf", () => {
  it("round-trips the saved scenarios", () => {
    const { body, fields } = scenariosSubmissionOf(scenariosFormOf(saved), 2, labels);
    expect(body.version).toBe(2);
    expect(body.lines.niets_doen[0]).toEqual({
      label: "Uithuisplaatsing",
      priceItemId: null,
      unitPriceCents: 123450,
      quantity: 1,
      periods: 12,
      payer: "gemeente_jeugd",
      probability: 0.25,
    });
    expect(body.lines.regulier[0]).toMatchObject({ priceItemId: "p1", unitPriceCents: null, quantity: 1.5 });
    expect(fields["lines.regulier.0.payer"]).toEqual({ id: "scenario-regulier-0-payer", label: "regulier 1 payer" });
    expect(fields["lines.niets_doen.0.unitPriceCents"]?.id).toBe("scenario-niets_doen-0-unitPrice");
    expect(fields["justification.rendement"]?.id).toBe("scenario-justification-rendement");
  });

  it("leaves out an unchosen payer and reports unreadable numbers and amounts", () => {
    const line = { ...newCostLine(), label: "Schuldhulp", unitPrice: "veel", quantity: "twee" };
    const form = { lines: { niets_doen: [], regulier: [], alternatief: [line] }, justification: saved.justification };
    const { body, unreadable } = scenariosSubmissionOf(form, 0, labels);
    expect(body.lines.alternatief[0]).not.toHaveProperty("payer");
    expect(unreadable).toEqual([
      { path: "lines.alternatief.0.unitPriceCents", expected: "amount" },
      { path: "lines.alternatief.0.quantity", expected: "number" },
    ]);
  });
});
