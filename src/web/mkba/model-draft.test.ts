import { describe, expect, it } from "vitest";
import { type Draft, freeName, renameParameter, withValues } from "./model-draft";

const draft: Draft = {
  format: "baatwijzer.model/1",
  name: "Test",
  kind: "mkba",
  priceYear: 2026,
  horizon: 2,
  stakeholders: [{ id: "gemeente", name: "Gemeente" }],
  parameters: { n: { value: 2 }, nn: { value: 3 }, prijs: { value: 10 } },
  costs: [{ id: "c", label: "Kosten", stakeholder: "gemeente", amount: "n * nn + n", years: [0] }],
  benefits: [{ id: "b", label: "Baat", stakeholder: "gemeente", category: "financial", quantity: "n", unitValue: "prijs" }],
};

describe("model draft", () => {
  it("renames a parameter in place and in whole-name uses only", () => {
    const renamed = renameParameter(draft, "n", "deelnemers");
    expect(Object.keys(renamed.parameters ?? {})).toEqual(["deelnemers", "nn", "prijs"]);
    expect(renamed.costs?.[0]?.amount).toBe("deelnemers * nn + deelnemers");
    expect(renamed.benefits?.[0]?.quantity).toBe("deelnemers");
    expect(renamed.benefits?.[0]?.unitValue).toBe("prijs");
    expect(draft.costs?.[0]?.amount).toBe("n * nn + n");
  });

  it("finds a free name", () => {
    expect(freeName("kosten", ["kosten", "kosten2"])).toBe("kosten3");
    expect(freeName("baat", [])).toBe("baat");
  });

  it("overrides values for a what-if without touching the draft", () => {
    const changed = withValues(draft, { prijs: 20 });
    expect(changed.parameters?.prijs?.value).toBe(20);
    expect(draft.parameters?.prijs?.value).toBe(10);
    expect(withValues(draft, {})).toBe(draft);
  });
});
