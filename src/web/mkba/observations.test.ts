import { describe, expect, it } from "vitest";
import type { PriceItem } from "../../domain/prices/dto";
import type { RegistrationFigure } from "../../domain/registration-figures/dto";
import { drift } from "./drift";
import type { Draft } from "./model-draft";
import { adoptObservations, linkedPeriods, observationRows, periodKey } from "./observations";

const period = { from: "2025-01-01", to: "2025-12-31" };
const draft: Draft = {
  format: "baatwijzer.model/1",
  name: "Test",
  kind: "mkba",
  priceYear: 2026,
  horizon: 2,
  stakeholders: [{ id: "gemeente", name: "Gemeente" }],
  parameters: {
    huishoudens: { value: 300, link: { kind: "registration", figure: "cases_closed", ...period } },
    budget: { value: 1000, link: { kind: "registration", figure: "budget_spent", ...period } },
    aandeel: { value: 0.3, link: { kind: "registration", figure: "effect_share", ...period } },
    prijs: { value: 60, link: { kind: "priceItem", code: "WMO-IB-UUR" } },
    los: { value: 1 },
  },
};
const figures = new Map<string, RegistrationFigure[]>([
  [
    periodKey(period),
    [
      { key: "cases_closed", unit: "cases", value: 240, basis: 240, suppressed: false },
      { key: "budget_spent", unit: "cents", value: 150_000, basis: 9, suppressed: false },
      { key: "effect_share", unit: "fraction", value: null, basis: null, suppressed: true },
    ],
  ],
]);
const prices = [{ code: "WMO-IB-UUR", priceCents: 6500, indexedCents: 6868 } as PriceItem];

describe("observations", () => {
  it("puts each linked parameter's assumption next to its observation, money in euros", () => {
    const rows = observationRows(draft, prices, figures);
    expect(rows.map((r) => [r.name, r.observation, r.unobserved])).toEqual([
      ["huishoudens", 240, null],
      ["budget", 1500, null],
      ["aandeel", null, "suppressed"],
      ["prijs", 68.68, null],
    ]);
    expect(rows[0]!.drift).toEqual({ absolute: -60, relative: -0.2 });
    expect(linkedPeriods(draft)).toEqual([period]);
  });

  it("says when figures are still loading or a price cannot be indexed", () => {
    const rows = observationRows(draft, [{ code: "WMO-IB-UUR", priceCents: 6500, indexedCents: null } as PriceItem], new Map());
    expect(rows.map((r) => r.unobserved)).toEqual(["loading", "loading", "loading", "notIndexed"]);
  });

  it("adopts only what was observed, with its source", () => {
    const adopted = adoptObservations(draft, observationRows(draft, prices, figures), (row) => `registratie ${row.name}`);
    expect(adopted.parameters?.huishoudens).toMatchObject({ value: 240, source: "registratie huishoudens" });
    expect(adopted.parameters?.aandeel?.value).toBe(0.3);
    expect(adopted.parameters?.los).toEqual({ value: 1 });
  });

  it("measures drift relative to the assumption", () => {
    expect(drift(0, 5)).toEqual({ absolute: 5, relative: null });
    expect(drift(-100, -50)).toEqual({ absolute: 50, relative: 0.5 });
  });
});
