import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { benchModel } from "../../../bench/engine.bench";
import { MODEL_TEMPLATES } from "../../domain/models/templates";
import { compileModel } from "../../engine/compile-model";
import { evaluateModel } from "../../engine/evaluate-model";
import type { Model } from "../../engine/model-schema";
import { parseModel } from "../../engine/parse-model";
import { modelWithValues, sliderRange, whatIfKeyFigures, whatIfSensitivity } from "./what-if";

const parse = (input: unknown): Model => parseModel(input).model as Model;
const model = parse(MODEL_TEMPLATES["sociaal-wijkteam"]);
const models: readonly Model[] = [...Object.values(MODEL_TEMPLATES).map(parse), parse(benchModel())];

/** Slider positions as a user sets them: some parameters, each somewhere on its slider's range. */
const sliderValues = (m: Model) =>
  fc
    .array(fc.tuple(fc.constantFrom(...Object.keys(m.parameters)), fc.double({ min: 0, max: 1, noNaN: true })), { maxLength: 8 })
    .map((moves) =>
      Object.fromEntries(
        moves.map(([name, at]) => {
          const { min, max } = sliderRange(m.parameters[name] as Model["parameters"][string]);
          return [name, min + (max - min) * at];
        }),
      ),
    );

describe("what-if", () => {
  it("the slider path (key figures) plus the deferred sensitivity is exactly the full recompute", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...models).chain((m) => fc.tuple(fc.constant(m), sliderValues(m))),
        ([m, values]) => {
          const compiled = compileModel(m);
          const figures = whatIfKeyFigures(compiled, values).value;
          const { npv, values: at, ...sensitivity } = whatIfSensitivity(compiled, values).value;
          const full = evaluateModel(modelWithValues(m, values), { monteCarlo: false }).result;
          expect({ ...figures, ...sensitivity }).toEqual(full);
          expect(npv).toBe(full.npv);
          expect(at).toEqual(Object.fromEntries(Object.entries(modelWithValues(m, values).parameters).map(([name, p]) => [name, p.value])));
        },
      ),
      { numRuns: 60 },
    );
  });

  it("recomputes NPV with a changed parameter, linear in the number of households", () => {
    const compiled = compileModel(model);
    const base = whatIfKeyFigures(compiled, {}).value.npv;
    const more = whatIfKeyFigures(compiled, { huishoudens: 400 }).value.npv;
    const evenMore = whatIfKeyFigures(compiled, { huishoudens: 500 }).value.npv;
    expect(more).toBeGreaterThan(base);
    expect(evenMore - more).toBeCloseTo(more - base, 6);
  });

  it("measures the time with the clock it is given", () => {
    let t = 10;
    expect(whatIfKeyFigures(compileModel(model), {}, () => (t += 5)).milliseconds).toBe(5);
    expect(whatIfSensitivity(compileModel(model), {}, () => (t += 7)).milliseconds).toBe(7);
  });

  it("ignores unknown names and keeps the model untouched", () => {
    expect(modelWithValues(model, { bestaatNiet: 1, toString: 2 })).toBe(model);
    expect(modelWithValues(model, { huishoudens: 1 }).parameters.huishoudens?.value).toBe(1);
    expect(model.parameters.huishoudens?.value).toBe(300);
  });

  it("slides over the distribution's range, or 0 to twice the base", () => {
    expect(sliderRange({ value: 300, uncertainty: { dist: "triangular", min: 200, mode: 300, max: 400 } })).toEqual({ min: 200, max: 400, step: 2 });
    expect(sliderRange({ value: 50 })).toEqual({ min: 0, max: 100, step: 1 });
    expect(sliderRange({ value: 0 })).toMatchObject({ min: -1, max: 1 });
  });
});
