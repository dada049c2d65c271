import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { draftIssues, majorityVerdict, unreadableFields, verdictBody, wholeNumber } from "./verdict-input";

describe("verdict input", () => {
  it("reads whole numbers only", () => {
    expect([wholeNumber("12"), wholeNumber(" 6 "), wholeNumber("1,5"), wholeNumber(""), wholeNumber("-2")]).toEqual([12, 6, null, null, null]);
    fc.assert(
      fc.property(fc.nat(), (n) => {
        expect(wholeNumber(String(n))).toBe(n);
      }),
    );
  });

  it("sends provision fields only for a verdict with an effect", () => {
    expect(verdictBody({ verdict: "none", priceItemId: "p", unitsPerMonth: "4", months: "3" })).toEqual({ verdict: "none", priceItemId: null, unitsPerMonth: null, months: null });
    expect(verdictBody({ verdict: "reduced", priceItemId: "p", unitsPerMonth: "4", months: "" })).toEqual({ verdict: "reduced", priceItemId: "p", unitsPerMonth: 4, months: null });
    expect(unreadableFields({ verdict: "ended", priceItemId: "", unitsPerMonth: "4,5", months: "x" })).toEqual(["unitsPerMonth", "months"]);
  });

  it("lists every missing or unreadable field before anything is sent", () => {
    expect(draftIssues({ verdict: "", priceItemId: "", unitsPerMonth: "", months: "" })).toEqual({ verdict: "verdict" });
    expect(draftIssues({ verdict: "none", priceItemId: "", unitsPerMonth: "x", months: "" })).toEqual({});
    expect(draftIssues({ verdict: "reduced", priceItemId: "", unitsPerMonth: "12,5", months: "" })).toEqual({ priceItemId: "priceItemId", unitsPerMonth: "unitsUnreadable", months: "months" });
    expect(draftIssues({ verdict: "ended", priceItemId: "p", unitsPerMonth: "0", months: "6" })).toEqual({ unitsPerMonth: "unitsUnreadable" });
    expect(draftIssues({ verdict: "ended", priceItemId: "p", unitsPerMonth: "4", months: "6" })).toEqual({});
  });

  it("prefills the consensus with the majority", () => {
    expect(majorityVerdict(["reduced", "prevented", "reduced"])).toBe("reduced");
    expect(majorityVerdict(["none", "ended", "reduced"])).toBe("reduced");
    expect(majorityVerdict([])).toBe("");
  });
});
