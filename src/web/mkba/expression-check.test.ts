import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { checkExpression, expressionText, expressionValue } from "./expression-check";

const known = new Set(["deelnemers", "prijs"]);

describe("checkExpression", () => {
  it("accepts numbers and known parameters", () => {
    expect(checkExpression("deelnemers * prijs * (1 - 0.2)", known)).toBeNull();
    expect(checkExpression("min(deelnemers, 120)", known)).toBeNull();
  });

  it("gives the parser's message and column for a syntax error", () => {
    expect(checkExpression("deelnemers * (prijs", known)).toEqual({ kind: "syntax", message: expect.stringContaining('verwacht ")"'), position: 20 });
    expect(checkExpression("2 +", known)).toMatchObject({ kind: "syntax" });
  });

  it("names unknown parameters and says when nothing is typed", () => {
    expect(checkExpression("deelnemers * tarief * uren", known)).toEqual({ kind: "unknownParameter", names: ["tarief", "uren"] });
    expect(checkExpression("  ", known)).toEqual({ kind: "empty" });
  });
});

describe("expressionValue", () => {
  it("stores plain numbers as numbers, with a decimal point or comma, and other text as it is", () => {
    expect(expressionValue("600000")).toBe(600000);
    expect(expressionValue("0,5")).toBe(0.5);
    expect(expressionValue("-1.5e3")).toBe(-1500);
    expect(expressionValue("a * 2")).toBe("a * 2");
    expect(expressionValue("1.000,5")).toBe("1.000,5");
  });

  it("round-trips every finite number through its field text (property)", () => {
    fc.assert(fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (x) => {
        expect(expressionValue(expressionText(x))).toBe(x === 0 ? 0 : x);
      }));
  });
});
