import { describe, expect, it } from "vitest";
import { evaluateModel } from "./evaluate-model";
import { parseModel } from "./parse-model";
import { baseModel } from "./test-helpers";

const withParameter = (parameter: Record<string, unknown>) =>
  baseModel({
    parameters: { n: { value: 40, ...parameter } },
    costs: [{ id: "c", label: "Kosten", stakeholder: "gemeente", amount: "n * 100", years: [0] }],
  });

describe("parameter links", () => {
  it("accepts a price-list and a registration link and ignores both in the evaluation", () => {
    const plain = parseModel(withParameter({}));
    const registration = parseModel(withParameter({ link: { kind: "registration", figure: "cases_closed", from: "2025-01-01", to: "2025-12-31" } }));
    const price = parseModel(withParameter({ link: { kind: "priceItem", code: "WMO-IB-UUR" } }));
    expect(registration.findings.filter((f) => f.level === "error")).toEqual([]);
    expect(price.findings.filter((f) => f.level === "error")).toEqual([]);
    expect(registration.model?.parameters.n?.link).toEqual({ kind: "registration", figure: "cases_closed", from: "2025-01-01", to: "2025-12-31" });
    const npv = (parsed: typeof plain) => evaluateModel(parsed.model!, { monteCarlo: false }).result;
    expect(npv(registration)).toEqual(npv(plain));
    expect(npv(price)).toEqual(npv(plain));
  });

  it("refuses a link of an unknown kind, a bad date and unknown fields", () => {
    for (const link of [
      { kind: "guess", figure: "x" },
      { kind: "registration", figure: "cases_closed", from: "1-1-2025", to: "2025-12-31" },
      { kind: "priceItem", code: "X", price: 3 },
      { kind: "priceItem", code: "" },
    ]) {
      const parsed = parseModel(withParameter({ link }));
      expect(parsed.model, JSON.stringify(link)).toBeNull();
      expect(parsed.findings.some((f) => f.level === "error" && f.path.startsWith("parameters.n.link")), JSON.stringify(parsed.findings)).toBe(true);
    }
  });
});
