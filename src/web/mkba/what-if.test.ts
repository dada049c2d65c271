import { describe, expect, it } from "vitest";
import { evaluateModel } from "../../engine/evaluate-model";
import { parseModel } from "../../engine/parse-model";
import { MODEL_TEMPLATES } from "../../domain/models/templates";
import { evaluateWhatIf, modelWithValues, sliderRange } from "./what-if";

const model = parseModel(MODEL_TEMPLATES["sociaal-wijkteam"]).model!;

describe("what-if", () => {
  it("recomputes NPV with a changed parameter, linear in the number of households", () => {
    const base = evaluateWhatIf(model, {}).result.npv;
    const more = evaluateWhatIf(model, { huishoudens: 400 }).result.npv;
    const evenMore = evaluateWhatIf(model, { huishoudens: 500 }).result.npv;
    expect(more).toBeGreaterThan(base);
    expect(evenMore - more).toBeCloseTo(more - base, 6);
    expect(evaluateWhatIf(model, {}).result).toEqual(evaluateModel(model, { monteCarlo: false }).result);
  });

  it("measures the time with the clock it is given", () => {
    let t = 10;
    expect(evaluateWhatIf(model, {}, () => (t += 5)).milliseconds).toBe(5);
  });

  it("ignores unknown names and keeps the model untouched", () => {
    expect(modelWithValues(model, { bestaatNiet: 1 })).toBe(model);
    expect(modelWithValues(model, { huishoudens: 1 }).parameters.huishoudens?.value).toBe(1);
    expect(model.parameters.huishoudens?.value).toBe(300);
  });

  it("slides over the distribution's range, or 0 to twice the base", () => {
    expect(sliderRange({ value: 300, uncertainty: { dist: "triangular", min: 200, mode: 300, max: 400 } })).toEqual({ min: 200, max: 400, step: 2 });
    expect(sliderRange({ value: 50 })).toEqual({ min: 0, max: 100, step: 1 });
    expect(sliderRange({ value: 0 })).toMatchObject({ min: -1, max: 1 });
  });
});
