import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fleissKappa } from "../../engine/fleiss-kappa";
import { panelAgreement } from "./panel-agreement";

const verdict = fc.constantFrom("prevented", "reduced", "ended", "none");

describe("panel agreement of a business-case selection", () => {
  it("is Fleiss' kappa over the cases with three verdicts", () => {
    const sets = [
      ["prevented", "prevented", "prevented"],
      ["prevented", "prevented", "none"],
      ["none", "none", "none"],
      ["reduced", "ended", "reduced"],
      ["none", "prevented", "none"],
      ["ended", "ended", "ended"],
    ];
    const rows = [
      [3, 0, 0, 0],
      [2, 0, 0, 1],
      [0, 0, 0, 3],
      [0, 2, 1, 0],
      [1, 0, 0, 2],
      [0, 0, 3, 0],
    ];
    expect(panelAgreement(sets)).toEqual({ cases: 6, fleissKappa: fleissKappa(rows) });
    expect(panelAgreement(sets).fleissKappa).toBeGreaterThan(0.4);
  });

  it("leaves out cases without three submitted verdicts, and gives no kappa below 5 cases", () => {
    const four = [["none", "none", "prevented"], ["prevented", "prevented", "prevented"], ["reduced", "none", "none"], ["ended", "ended", "none"]];
    expect(panelAgreement([...four, [], ["none", "none"]])).toEqual({ cases: 4, fleissKappa: null });
  });

  it("gives no kappa when every reviewer always chose the same category (undefined, not perfect)", () => {
    expect(panelAgreement(Array.from({ length: 6 }, () => ["none", "none", "none"]))).toEqual({ cases: 6, fleissKappa: null });
  });

  it("is 1 when the reviewers always agree and more than one category occurs, and never above 1", () => {
    fc.assert(
      fc.property(fc.array(fc.array(verdict, { minLength: 3, maxLength: 3 }), { minLength: 5, maxLength: 40 }), (sets) => {
        const result = panelAgreement(sets);
        expect(result.cases).toBe(sets.length);
        if (result.fleissKappa !== null) expect(result.fleissKappa).toBeLessThanOrEqual(1 + 1e-12);
        const unanimous = sets.map((s) => [s[0]!, s[0]!, s[0]!]);
        const categories = new Set(unanimous.map((s) => s[0]));
        const agreed = panelAgreement(unanimous).fleissKappa;
        if (categories.size > 1) expect(agreed).toBeCloseTo(1, 12);
        else expect(agreed).toBeNull();
      }),
    );
  });
});
