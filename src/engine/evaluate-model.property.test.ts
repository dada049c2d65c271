import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compileModel } from "./compile-model";
import { evaluateModel } from "./evaluate-model";
import type { Model, ModelInput, Uncertainty } from "./model-schema";
import { parseModel } from "./parse-model";
import { presentValues } from "./present-values";
import { simulateDraws } from "./simulate-draws";
import { baseModel } from "./test-helpers";
import { xoshiro128ss } from "./xoshiro128ss";

const parse = (input: unknown): Model => {
  const parsed = parseModel(input);
  if (!parsed.model) throw new Error(JSON.stringify(parsed.findings));
  return parsed.model;
};

const fraction = fc.double({ min: 0, max: 1, noNaN: true });
const closeTo = (actual: number, expected: number, scale: number) => {
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(1e-9 * (Math.abs(expected) + scale + 1));
};

/** Random benefit lines (quantity a number, unit value parameter u<i>) over a random horizon, plus a random cost. */
const linearModel = fc
  .record({
    horizon: fc.integer({ min: 1, max: 30 }),
    rate: fc.double({ min: 0, max: 0.1, noNaN: true }),
    firstYearDiscounted: fc.boolean(),
    cost: fc.integer({ min: 0, max: 1e7 }),
    lines: fc.array(
      fc.record({
        quantity: fc.integer({ min: 0, max: 1000 }),
        startYear: fc.nat({ max: 29 }),
        deadweight: fraction,
        attribution: fraction,
        dropOff: fraction,
        category: fc.constantFrom("financial" as const, "immaterial" as const),
      }),
      { minLength: 1, maxLength: 5 },
    ),
  })
  .map(({ horizon, rate, firstYearDiscounted, cost, lines }): ModelInput =>
    baseModel({
      horizon,
      discountRate: rate,
      firstYearDiscounted,
      parameters: Object.fromEntries(lines.map((_, i) => [`u${i}`, { value: 1 }])),
      costs: [{ id: "c", label: "C", stakeholder: "gemeente", amount: cost, years: [0] }],
      benefits: lines.map((line, i) => ({
        id: `b${i}`,
        label: `B${i}`,
        stakeholder: "gemeente",
        unitValue: `u${i}`,
        ...line,
        startYear: line.startYear % horizon,
      })),
    }),
  );

describe("evaluateModel properties", () => {
  it("NPV is linear (affine) in the unit values", () => {
    const values = fc.array(fc.integer({ min: -1e6, max: 1e6 }), { minLength: 5, maxLength: 5 });
    fc.assert(
      fc.property(linearModel, values, values, fc.double({ min: -3, max: 3, noNaN: true }), (input, xs, ys, lambda) => {
        const compiled = compileModel(parse(input));
        const npv = (v: readonly number[]) => presentValues(compiled, Float64Array.from(compiled.parameterNames, (_, i) => v[i] ?? 0)).npv;
        const mixed = xs.map((x, i) => lambda * x + (1 - lambda) * (ys[i] as number));
        const scale = Math.abs(npv(xs)) + Math.abs(npv(ys)) + Math.abs(npv(mixed));
        closeTo(npv(mixed), lambda * npv(xs) + (1 - lambda) * npv(ys), scale);
      }),
      { numRuns: 200 },
    );
  });

  it("NPV falls as the discount rate rises when future net flows are positive", () => {
    fc.assert(
      fc.property(linearModel, fc.double({ min: 0, max: 0.2, noNaN: true }), fc.double({ min: 0.001, max: 0.2, noNaN: true }), (input, r, dr) => {
        // future benefits positive (unit values 1..), all costs in year 0, at least one benefit after year 0
        const future: ModelInput = {
          ...input,
          firstYearDiscounted: false,
          benefits: (input.benefits ?? []).map((b, i) => ({ ...b, quantity: 1 + i, startYear: Math.max(1, b.startYear ?? 0) % input.horizon || 1, deadweight: (b.deadweight ?? 0) / 2, attribution: (b.attribution ?? 0) / 2, dropOff: (b.dropOff ?? 0) / 2 })),
          horizon: Math.max(2, input.horizon),
        };
        const npvAt = (rate: number) => evaluateModel(parse({ ...future, discountRate: rate }), { monteCarlo: false }).result.npv;
        expect(npvAt(r + dr)).toBeLessThan(npvAt(r));
      }),
      { numRuns: 100 },
    );
  });

  it("the Monte Carlo mean converges on the deterministic NPV for symmetric distributions", () => {
    const symmetric = fc.record({
      mid: fc.integer({ min: 1, max: 1000 }),
      width: fc.integer({ min: 1, max: 500 }),
      dist: fc.constantFrom("uniform", "triangular", "pert", "normal"),
    });
    fc.assert(
      fc.property(fc.array(symmetric, { minLength: 1, maxLength: 6 }), fc.nat(), (specs, seed) => {
        const uncertainty = ({ mid, width, dist }: (typeof specs)[number]): Uncertainty =>
          dist === "uniform"
            ? { dist, min: mid - width, max: mid + width }
            : dist === "normal"
              ? { dist, mean: mid, sd: width / 2 }
              : { dist, min: mid - width, mode: mid, max: mid + width };
        const model = parse(
          baseModel({
            horizon: 5,
            parameters: Object.fromEntries(specs.map((s, i) => [`p${i}`, { value: s.mid, uncertainty: uncertainty(s) }])),
            benefits: specs.map((_, i) => ({
              id: `b${i}`,
              label: "B",
              stakeholder: "gemeente",
              category: "financial" as const,
              quantity: i % 2 === 0 ? `p${i}` : `2 * p${i} - 3`,
              unitValue: i > 0 ? `p${i - 1}` : 10, // products of independent parameters keep the mean
            })),
          }),
        );
        const compiled = compileModel(model);
        const deterministic = presentValues(compiled, compiled.baseValues).npv;
        const draws = 20_000;
        const { pvBenefits, pvCosts } = simulateDraws(compiled, { draws, rng: xoshiro128ss(seed) });
        let sum = 0;
        let squares = 0;
        for (let i = 0; i < draws; i++) {
          const npv = (pvBenefits[i] as number) - (pvCosts[i] as number);
          sum += npv;
          squares += npv * npv;
        }
        const mean = sum / draws;
        const sd = Math.sqrt(Math.max(0, squares / draws - mean * mean));
        expect(Math.abs(mean - deterministic)).toBeLessThanOrEqual((5 * sd) / Math.sqrt(draws) + 1e-9 * Math.abs(deterministic));
      }),
      { numRuns: 15 },
    );
  });
});

describe("fuzzing: models and expressions never crash the parser or the evaluator", () => {
  const valid: ModelInput = baseModel({
    horizon: 4,
    parameters: {
      n: { value: 10, uncertainty: { dist: "pert", min: 5, mode: 10, max: 20 } },
      v: { value: 100, uncertainty: { dist: "normal", mean: 100, sd: 10, min: 0 } },
    },
    benefits: [{ id: "b", label: "B", stakeholder: "gemeente", category: "financial", quantity: "n", unitValue: "v * (1 - 0.1)", dropOff: 0.1 }],
    monteCarlo: { draws: 50, seed: 1 },
  });

  /** Every path into a JSON value, so a mutation can hit any field. */
  const paths = (value: unknown, prefix: (string | number)[] = []): (string | number)[][] => {
    if (value === null || typeof value !== "object") return [prefix];
    const entries = Array.isArray(value) ? value.map((v, i) => [i, v] as const) : Object.entries(value);
    return [prefix, ...entries.flatMap(([k, v]) => paths(v, [...prefix, k]))];
  };
  const allPaths = paths(valid).filter((p) => p.length > 0);

  const mutate = (path: (string | number)[], replacement: unknown, remove: boolean): unknown => {
    const copy = structuredClone(valid) as Record<string | number, unknown>;
    let node = copy;
    for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
    const last = path[path.length - 1] as string | number;
    if (remove) delete node[last];
    else node[last] = replacement;
    return copy;
  };

  const expressionText = fc.string({ unit: fc.constantFrom(..."0123456789.e+-*/^(),nvminax_ "), maxLength: 40 });

  const check = (input: unknown) => {
    const parsed = parseModel(input);
    expect(Array.isArray(parsed.findings)).toBe(true);
    for (const finding of parsed.findings) {
      expect(typeof finding.path).toBe("string");
      expect(finding.message.length).toBeGreaterThan(0);
    }
    if (parsed.model) {
      const { result } = evaluateModel(parsed.model);
      expect(Number.isFinite(result.npv)).toBe(true);
      expect(() => JSON.stringify(result)).not.toThrow();
    }
  };

  it("arbitrary JSON", () => {
    fc.assert(fc.property(fc.jsonValue(), check), { numRuns: 500 });
  });

  it("arbitrary values", () => {
    fc.assert(fc.property(fc.anything(), check), { numRuns: 300 });
  });

  it("a valid model with one field replaced or removed", () => {
    fc.assert(
      fc.property(fc.constantFrom(...allPaths), fc.oneof(fc.jsonValue(), expressionText, fc.double()), fc.boolean(), (path, value, remove) => {
        check(mutate(path, value, remove));
      }),
      { numRuns: 1000 },
    );
  });

  it("random expressions in every expression field", () => {
    fc.assert(
      fc.property(expressionText, expressionText, (quantity, unitValue) => {
        check({ ...valid, benefits: [{ ...valid.benefits?.[0], quantity, unitValue }] });
      }),
      { numRuns: 1000 },
    );
  });
});
