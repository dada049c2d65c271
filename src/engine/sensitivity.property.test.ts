import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type CompiledModel, compileModel } from "./compile-model";
import { distributionQuantile } from "./distribution-quantile";
import { evaluateModel } from "./evaluate-model";
import { keyFigures } from "./key-figures";
import type { Model, ModelInput, Uncertainty } from "./model-schema";
import { npvInOneParameter } from "./npv-in-one-parameter";
import { parseModel } from "./parse-model";
import { netPresentValue, presentValues } from "./present-values";
import { sensitivity } from "./sensitivity";
import { switchingValue } from "./switching-value";
import { switchingValues } from "./switching-values";
import { baseModel } from "./test-helpers";
import { TORNADO_HIGH, TORNADO_LOW, type TornadoBar, tornado } from "./tornado";
import { withBaseValues } from "./with-base-values";

// The sensitivity's fast paths (only the lines that read a parameter are re-evaluated; a compiled model re-based to
// what-if values instead of compiled again) must give exactly — bit for bit — what the plain computation gives.

/** An expression over the given names: numbers and names combined with + − × ÷ ^2, min and max, a few levels deep. */
const expressionOver = (names: readonly string[]): fc.Arbitrary<string> =>
  fc.letrec<{ leaf: string; node: string }>((tie) => ({
    leaf: fc.oneof(fc.constantFrom(...names), fc.integer({ min: 0, max: 50 }).map(String)),
    node: fc.oneof(
      { depthSize: "small", withCrossShrink: true },
      tie("leaf"),
      fc.tuple(tie("node"), fc.constantFrom("+", "-", "*", "/"), tie("node")).map(([a, op, b]) => `(${a} ${op} ${b})`),
      tie("node").map((a) => `(${a}) ^ 2`),
      fc.tuple(fc.constantFrom("min", "max"), tie("node"), tie("node")).map(([f, a, b]) => `${f}(${a}, ${b})`),
    ),
  })).node;

const uncertaintyAround = (value: number): fc.Arbitrary<Uncertainty | undefined> => {
  const w = Math.abs(value) * 0.5 + 1;
  return fc.constantFrom<Uncertainty | undefined>(
    undefined,
    { dist: "uniform", min: value - w, max: value + w },
    { dist: "triangular", min: value - w, mode: value, max: value + 2 * w },
    { dist: "pert", min: value - w, mode: value, max: value + w },
    { dist: "normal", mean: value, sd: w / 2 },
  );
};

/**
 * Valid models of 1–8 parameters (some uncertain) and 1–6 lines whose expressions are random and non-linear
 * (division, squares, min/max), over 1–30 years with two stakeholders. Only models that pass {@link parseModel}
 * (every line finite at the base values) are produced.
 */
const randomModel: fc.Arbitrary<ModelInput> = fc
  .integer({ min: 1, max: 8 })
  .chain((count) => {
    const names = Array.from({ length: count }, (_, i) => `p${i}`);
    const parameter = fc
      .integer({ min: -200, max: 2000 })
      .chain((value) => uncertaintyAround(value).map((uncertainty) => ({ value, ...(uncertainty ? { uncertainty } : {}) })));
    const line = fc.record({
      stakeholder: fc.constantFrom("gemeente", "huishoudens"),
      value: expressionOver(names),
      second: expressionOver(names),
      start: fc.nat({ max: 29 }),
      fraction: fc.double({ min: 0, max: 0.9, noNaN: true }),
      financial: fc.boolean(),
    });
    return fc.record({
      horizon: fc.integer({ min: 1, max: 30 }),
      rate: fc.double({ min: 0, max: 0.1, noNaN: true }),
      parameters: fc.tuple(...names.map(() => parameter)),
      costs: fc.array(line, { minLength: 1, maxLength: 3 }),
      benefits: fc.array(line, { minLength: 0, maxLength: 3 }),
    }).map(({ horizon, rate, parameters, costs, benefits }) =>
      baseModel({
        horizon,
        discountRate: rate,
        stakeholders: [
          { id: "gemeente", name: "Gemeente" },
          { id: "huishoudens", name: "Huishoudens" },
        ],
        parameters: Object.fromEntries(names.map((name, i) => [name, parameters[i] as { value: number }])),
        costs: costs.map((c, i) => ({
          id: `c${i}`,
          label: `Kosten ${i}`,
          stakeholder: c.stakeholder,
          amount: c.value,
          years: [c.start % horizon, (c.start + 3) % horizon],
          optimismBias: c.fraction,
        })),
        benefits: benefits.map((b, i) => ({
          id: `b${i}`,
          label: `Baat ${i}`,
          stakeholder: b.stakeholder,
          category: b.financial ? ("financial" as const) : ("immaterial" as const),
          quantity: b.value,
          unitValue: b.second,
          startYear: b.start % horizon,
          deadweight: b.fraction,
          dropOff: b.fraction / 2,
        })),
      }),
    );
  })
  .filter((input) => parseModel(input).model !== null);

const parse = (input: ModelInput): Model => parseModel(input).model as Model;

/** The plain computation the fast path replaces: NPV over every line, at a copy of the vector with one slot set. */
const plainNpv = (compiled: CompiledModel, values: Float64Array, slot: number, x: number): number => {
  const at = values.slice();
  at[slot] = x;
  return netPresentValue(compiled, at);
};

/** Switching values as they were computed before the fast path: every NPV over every line. */
const plainSwitchingValues = (compiled: CompiledModel): Record<string, number | null> => {
  const base = presentValues(compiled, compiled.baseValues);
  const scale = Math.abs(base.pvBenefits) + Math.abs(base.pvCosts);
  return Object.fromEntries(
    compiled.parameterNames.map((name, slot) => [name, switchingValue((x) => plainNpv(compiled, compiled.baseValues, slot, x), { base: compiled.baseValues[slot] as number, scale })]),
  );
};

/** The tornado as it was computed before the fast path. */
const plainTornado = (compiled: CompiledModel): TornadoBar[] => {
  const bars: TornadoBar[] = [];
  compiled.parameterNames.forEach((parameter, slot) => {
    const u = compiled.uncertainties[slot];
    if (u === undefined) return;
    const low = u.dist === "uniform" ? u.min : distributionQuantile(u, TORNADO_LOW);
    const high = u.dist === "uniform" ? u.max : distributionQuantile(u, TORNADO_HIGH);
    bars.push({ parameter, low, high, npvLow: plainNpv(compiled, compiled.baseValues, slot, low), npvHigh: plainNpv(compiled, compiled.baseValues, slot, high) });
  });
  const swing = (bar: TornadoBar): number => {
    const s = Math.abs(bar.npvHigh - bar.npvLow);
    return Number.isNaN(s) ? -1 : s;
  };
  return bars.sort((x, y) => swing(y) - swing(x));
};

/** What-if values: for some parameters, a value scaled from the base (possibly 0 or negative). */
const whatIfValues = (model: Model) =>
  fc
    .array(fc.tuple(fc.constantFrom(...Object.keys(model.parameters)), fc.double({ min: -3, max: 3, noNaN: true })), { maxLength: 6 })
    .map((pairs) => Object.fromEntries(pairs.map(([name, factor]) => [name, (model.parameters[name]?.value ?? 0) * factor + factor])));

describe("sensitivity fast paths", () => {
  it("NPV along one parameter equals NPV over every line, bit for bit", () => {
    fc.assert(
      fc.property(randomModel, fc.array(fc.double({ min: -1e4, max: 1e4 }), { minLength: 1, maxLength: 10 }), (input, xs) => {
        const compiled = compileModel(parse(input));
        const along = npvInOneParameter(compiled, compiled.baseValues);
        compiled.parameterNames.forEach((_, slot) => {
          const npvAt = along(slot);
          for (const x of xs) expect(Object.is(npvAt(x), plainNpv(compiled, compiled.baseValues, slot, x))).toBe(true);
        });
      }),
      { numRuns: 150 },
    );
  });

  it("switching values and tornado equal the plain computation exactly", () => {
    fc.assert(
      fc.property(randomModel, (input) => {
        const compiled = compileModel(parse(input));
        expect(switchingValues(compiled)).toEqual(plainSwitchingValues(compiled));
        expect(tornado(compiled)).toEqual(plainTornado(compiled));
      }),
      { numRuns: 150 },
    );
  });

  it("key figures and sensitivity of a re-based compiled model equal a full evaluation at the what-if values", () => {
    fc.assert(
      fc.property(
        randomModel.chain((input) => {
          const model = parse(input);
          return fc.tuple(fc.constant(model), whatIfValues(model));
        }),
        ([model, values]) => {
          const changed: Model = { ...model, parameters: Object.fromEntries(Object.entries(model.parameters).map(([name, p]) => [name, name in values ? { ...p, value: values[name] as number } : p])) };
          const rebased = withBaseValues(compileModel(model), values);
          const recompiled = compileModel(changed);
          expect(rebased.model).toEqual(changed);
          expect(rebased.baseValues).toEqual(recompiled.baseValues);
          const full = evaluateModel(changed, { monteCarlo: false }).result;
          expect({ ...keyFigures(rebased), ...sensitivity(rebased) }).toEqual(full);
          // The JSON of a result keeps its key order too.
          expect(JSON.stringify({ ...keyFigures(rebased), ...sensitivity(rebased) })).toBe(JSON.stringify(full));
        },
      ),
      { numRuns: 150 },
    );
  });

  it("re-basing with no known name keeps the compiled model itself", () => {
    const compiled = compileModel(parse(baseModel({ parameters: { a: { value: 1 } } })));
    expect(withBaseValues(compiled, {})).toBe(compiled);
    expect(withBaseValues(compiled, { b: 2, toString: 3 })).toBe(compiled);
    expect(withBaseValues(compiled, { a: 2 }).baseValues).toEqual(Float64Array.of(2));
    expect(compiled.baseValues).toEqual(Float64Array.of(1));
  });
});
