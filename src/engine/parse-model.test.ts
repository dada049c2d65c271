import { describe, expect, it } from "vitest";
import type { Finding } from "./finding";
import type { ModelInput } from "./model-schema";
import { parseModel } from "./parse-model";
import { parseModelJson } from "./parse-model-json";
import { baseModel } from "./test-helpers";
import { validateModel } from "./validate-model";

const errors = (input: unknown): Pick<Finding, "code" | "path" | "message">[] =>
  validateModel(input)
    .filter((f) => f.level === "error")
    .map(({ code, path, message }) => ({ code, path, message }));

type BenefitInput = NonNullable<ModelInput["benefits"]>[number];
/** A benefit line; overrides may be deliberately invalid, hence the cast. */
const benefit = (overrides: Record<string, unknown> = {}): BenefitInput =>
  ({ id: "b", label: "Baat", stakeholder: "gemeente", category: "financial", quantity: 1, unitValue: 1, ...overrides }) as BenefitInput;

describe("parseModel", () => {
  it("accepts a minimal model and fills in the defaults", () => {
    const parsed = parseModel(baseModel());
    expect(parsed.findings).toEqual([]);
    expect(parsed.model).toMatchObject({ discountRate: 0.0225, firstYearDiscounted: false, parameters: {}, benefits: [] });
    expect(parsed.model?.costs[0]?.optimismBias).toBe(0);
  });

  it("reports an unknown stakeholder with its JSON path", () => {
    expect(errors(baseModel({ benefits: [benefit({ stakeholder: "x" })] }))).toEqual([
      { code: "unknown_stakeholder", path: "benefits[0].stakeholder", message: 'onbekende stakeholder "x"' },
    ]);
  });

  it("reports unknown parameters and bad expressions", () => {
    expect(errors(baseModel({ benefits: [benefit({ quantity: "deelnemers * 2", unitValue: "3 +* 4" })] }))).toEqual([
      { code: "unknown_parameter", path: "benefits[0].quantity", message: 'onbekende parameter "deelnemers"' },
      { code: "invalid_expression", path: "benefits[0].unitValue", message: 'ongeldige expressie: onverwacht "*" (positie 4)' },
    ]);
    expect(errors(baseModel({ costs: [{ id: "c", label: "C", stakeholder: "gemeente", amount: "constructor", years: [0] }] }))[0]).toMatchObject({
      code: "invalid_expression",
      path: "costs[0].amount",
      message: expect.stringContaining("gereserveerde naam"),
    });
  });

  it("reports fractions outside [0, 1]", () => {
    expect(errors(baseModel({ benefits: [benefit({ deadweight: 1.2, dropOff: -0.1 })] }))).toEqual([
      { code: "fraction_out_of_range", path: "benefits[0].deadweight", message: "moet een fractie tussen 0 en 1 zijn, gekregen 1.2" },
      { code: "fraction_out_of_range", path: "benefits[0].dropOff", message: "moet een fractie tussen 0 en 1 zijn, gekregen -0.1" },
    ]);
  });

  it("reports years outside the horizon and a horizon below 1", () => {
    expect(
      errors(baseModel({ costs: [{ id: "c", label: "C", stakeholder: "gemeente", amount: 1, years: [0, 3, 3] }], benefits: [benefit({ startYear: 5 })] })),
    ).toEqual([
      { code: "year_out_of_range", path: "costs[0].years[1]", message: "jaar 3 ligt buiten de horizon (0 … 2)" },
      { code: "year_out_of_range", path: "costs[0].years[2]", message: "jaar 3 ligt buiten de horizon (0 … 2)" },
      { code: "duplicate_year", path: "costs[0].years[2]", message: "jaar 3 staat er dubbel in" },
      { code: "year_out_of_range", path: "benefits[0].startYear", message: "startjaar 5 ligt buiten de horizon (0 … 2)" },
    ]);
    expect(errors(baseModel({ horizon: 0 }))).toEqual([{ code: "out_of_range", path: "horizon", message: "moet minstens 1 zijn, gekregen 0" }]);
    expect(errors(baseModel({ costs: [{ id: "c", label: "C", stakeholder: "gemeente", amount: 1, years: [-1] }] }))).toEqual([
      { code: "out_of_range", path: "costs[0].years[0]", message: "moet minstens 0 zijn, gekregen -1" },
    ]);
  });

  it("reports impossible distributions", () => {
    const parameters = {
      a: { value: 5, uncertainty: { dist: "triangular", min: 5, mode: 3, max: 9 } },
      b: { value: 5, uncertainty: { dist: "uniform", min: 6, max: 6 } },
      c: { value: 5, uncertainty: { dist: "pert", min: 1, mode: 12, max: 9 } },
      d: { value: 5, uncertainty: { dist: "normal", mean: 0, sd: 1, min: 60, max: 61 } },
      e: { value: 5, uncertainty: { dist: "normal", mean: 0, sd: 0 } },
      f: { value: 5, uncertainty: { dist: "lognormal", mean: 0, sd: 1 } },
    };
    const used = "a + b + c + d + e + f";
    expect(errors(baseModel({ parameters, benefits: [benefit({ quantity: used })] } as never))).toEqual([
      { code: "out_of_range", path: "parameters.e.uncertainty.sd", message: "moet groter dan 0 zijn, gekregen 0" },
      { code: "invalid_value", path: "parameters.f.uncertainty.dist", message: 'onbekende verdeling tekst "lognormal"; kies uit "uniform", "triangular", "pert", "normal"' },
      { code: "invalid_distribution", path: "parameters.a.uncertainty", message: "onmogelijke verdeling: min (5) is groter dan mode (3)" },
      { code: "invalid_distribution", path: "parameters.b.uncertainty", message: "onmogelijke verdeling: min (6) moet kleiner zijn dan max (6)" },
      { code: "invalid_distribution", path: "parameters.c.uncertainty", message: "onmogelijke verdeling: mode (12) is groter dan max (9)" },
      { code: "invalid_distribution", path: "parameters.d.uncertainty", message: "onmogelijke verdeling: de normale verdeling heeft vrijwel geen kans tussen min en max" },
    ]);
  });

  it("warns when a base value lies outside its distribution, and about unused parameters", () => {
    const findings = validateModel(
      baseModel({ parameters: { a: { value: 50, uncertainty: { dist: "uniform", min: 1, max: 2 } }, ongebruikt: { value: 1 } }, benefits: [benefit({ quantity: "a" })] }),
    );
    expect(findings.map((f) => [f.level, f.code, f.path])).toEqual([
      ["warning", "value_outside_distribution", "parameters.a.uncertainty"],
      ["warning", "unused_parameter", "parameters.ongebruikt"],
    ]);
  });

  it("rejects immaterial benefits in a business case", () => {
    expect(errors(baseModel({ kind: "businesscase", benefits: [benefit({ category: "immaterial" })] }))).toEqual([
      {
        code: "immaterial_in_businesscase",
        path: "benefits[0].category",
        message: 'een businesscase telt alleen geld: immateriële baten horen in een MKBA (kind: "mkba")',
      },
    ]);
  });

  it("reports invalid JSON", () => {
    const parsed = parseModelJson('{ "format": ');
    expect(parsed.model).toBeNull();
    expect(parsed.findings).toEqual([{ level: "error", code: "invalid_json", path: "$", message: expect.stringMatching(/^ongeldige JSON: /) }]);
    expect(parseModelJson(`\uFEFF${JSON.stringify(baseModel())}`).findings).toEqual([]);
  });

  it("lists every error at once, never only the first", () => {
    const found = errors({
      format: "baatwijzer.model/2",
      kind: "sroi",
      priceYear: 2024.5,
      horizon: 2,
      discountRate: [0.1],
      extra: true,
      stakeholders: [
        { id: "a", name: "A" },
        { id: "a", name: "A2" },
      ],
      parameters: { "aantal deelnemers": { value: 1 }, max: { value: 2 }, ok: { value: "3" } },
      costs: [{ id: "x", label: "X", stakeholder: "a", amount: true, years: [0] }],
      benefits: [benefit({ id: "x", stakeholder: "a", category: "money", unitValue: "" })],
    });
    expect(found).toEqual([
      { code: "invalid_value", path: "format", message: 'moet "baatwijzer.model/1" zijn, gekregen tekst "baatwijzer.model/2"' },
      { code: "missing_field", path: "name", message: "ontbreekt (verplicht veld)" },
      { code: "invalid_value", path: "kind", message: 'moet "mkba" of "businesscase" zijn, gekregen tekst "sroi"' },
      { code: "invalid_type", path: "priceYear", message: "verwacht een geheel getal, gekregen het getal 2024.5" },
      { code: "invalid_name", path: 'parameters["aantal deelnemers"]', message: expect.stringContaining('ongeldige naam "aantal deelnemers"') },
      { code: "invalid_name", path: "parameters.max", message: expect.stringContaining('ongeldige naam "max"') },
      { code: "invalid_type", path: "parameters.ok.value", message: 'verwacht een getal, gekregen tekst "3"' },
      { code: "invalid_type", path: "costs[0].amount", message: "verwacht een getal of tekst, gekregen true" },
      { code: "invalid_value", path: "benefits[0].category", message: 'moet "financial" of "immaterial" zijn, gekregen tekst "money"' },
      { code: "invalid_value", path: "benefits[0].unitValue", message: "mag niet leeg zijn" },
      { code: "unknown_field", path: "extra", message: 'onbekend veld "extra"' },
      { code: "discount_rate_length", path: "discountRate", message: "verwacht 2 discontovoeten (één per jaar), gekregen 1" },
      { code: "duplicate_id", path: "stakeholders[1].id", message: 'dubbele stakeholder-id "a"' },
      { code: "duplicate_id", path: "benefits[0].id", message: 'dubbele id "x" (ook gebruikt in costs[0])' },
    ]);
  });

  it("rejects __proto__ as a parameter name instead of silently dropping it", () => {
    const input = JSON.parse(`{"__proto__": {"value": 1}}`);
    expect(errors(baseModel({ parameters: input }))).toEqual([
      { code: "invalid_name", path: "parameters.__proto__", message: '"__proto__" is een gereserveerde naam en kan geen parameter zijn' },
    ]);
    expect(({} as Record<string, unknown>).value).toBeUndefined();
  });

  it("rejects a line that does not evaluate to a finite number", () => {
    expect(errors(baseModel({ costs: [{ id: "c", label: "C", stakeholder: "gemeente", amount: "1 / 0", years: [0] }] }))).toEqual([
      { code: "non_finite_result", path: "costs[0]", message: expect.stringContaining("geen eindig getal") },
    ]);
  });

  it("handles non-objects", () => {
    for (const input of [null, 3, "model", [], undefined]) {
      expect(parseModel(input).model).toBeNull();
      expect(errors(input)).toHaveLength(1);
    }
  });
});
