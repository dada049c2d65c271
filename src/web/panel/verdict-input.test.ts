import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { majorityVerdict, unreadableFields, verdictBody, wholeNumber } from "./verdict-input";

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

  it("prefills the consensus with the majority", () => {
    expect(majorityVerdict(["reduced", "prevented", "reduced"])).toBe("reduced");
    expect(majorityVerdict(["none", "ended", "reduced"])).toBe("reduced");
    expect(majorityVerdict([])).toBe("");
  });
});
