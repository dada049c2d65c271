import { describe, expect, it } from "vitest";
import { betaCdf } from "./beta-cdf";
import { betaQuantile } from "./beta-quantile";
import { distributionQuantile, triangularQuantile } from "./distribution-quantile";
import { erfc } from "./erfc";
import { logGamma } from "./log-gamma";
import { normalCdf } from "./normal-cdf";
import { normalQuantile } from "./normal-quantile";
import { pertShape } from "./pert-shape";
import { truncatedNormal } from "./truncated-normal";

const relative = (actual: number, expected: number, tolerance: number) => {
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(tolerance * Math.abs(expected));
};

// Reference values: Python 3 math.erfc / math.lgamma (C library) and statistics.NormalDist.inv_cdf (also AS 241).
describe("erfc and normalCdf", () => {
  it.each([
    [-5, 1.9999999999984626],
    [-1, 1.842700792949715],
    [-0.3, 1.3286267594591274],
    [0, 1],
    [0.2, 0.7772974107895215],
    [0.5, 0.4795001221869535],
    [1, 0.15729920705028513],
    [2, 0.004677734981047265],
    [4, 1.541725790028002e-8],
    [5, 1.5374597944280351e-12],
    [10, 2.088487583762545e-45],
    [26, 5.663192408856143e-296],
  ])("erfc(%d)", (x, expected) => {
    relative(erfc(x), expected, 1e-14);
  });

  it.each([
    [-8, 6.220960574271819e-16],
    [-3, 0.0013498980316300957],
    [-1.5, 0.06680720126885809],
    [0, 0.5],
    [1, 0.8413447460685429],
    [2.5, 0.9937903346742238],
  ])("Φ(%d)", (x, expected) => {
    relative(normalCdf(x), expected, 1e-13);
  });
});

describe("normalQuantile (AS 241)", () => {
  it.each([
    [1e-12, -7.034483825301132],
    [1e-5, -4.2648907939228256],
    [0.001, -3.090232306167813],
    [0.025, -1.9599639845400538],
    [0.1, -1.2815515655446008],
    [0.3, -0.5244005127080407],
    [0.9, 1.2815515655446008],
    [0.975, 1.9599639845400536],
    [0.999999, 4.753424308817089],
  ])("Φ⁻¹(%d)", (p, expected) => {
    relative(normalQuantile(p), expected, 1e-14);
  });

  it("is the inverse of Φ and handles the ends", () => {
    for (const p of [1e-300, 1e-20, 0.05, 0.5, 0.75, 1 - 1e-10]) relative(normalCdf(normalQuantile(p)), p, 1e-12);
    expect(normalQuantile(0.5)).toBe(0);
    expect(normalQuantile(0)).toBe(Number.NEGATIVE_INFINITY);
    expect(normalQuantile(1)).toBe(Number.POSITIVE_INFINITY);
    expect(normalQuantile(1.5)).toBeNaN();
  });
});

describe("logGamma, betaCdf, betaQuantile", () => {
  it.each([
    [0.3, 1.0957979948180752],
    [1, 0],
    [2.5, 0.2846828704729196],
    [5, 3.178053830347945],
    [10.5, 13.940625219403763],
  ])("ln Γ(%d)", (x, expected) => {
    expect(logGamma(x)).toBeCloseTo(expected, 13);
  });

  it("matches closed forms: I_x(1,1) = x, I_x(2,1) = x², I_x(1,5) = 1 − (1−x)⁵", () => {
    for (const x of [0.01, 0.2, 0.5, 0.77, 0.99]) {
      expect(betaCdf(x, 1, 1)).toBeCloseTo(x, 14);
      expect(betaCdf(x, 2, 1)).toBeCloseTo(x * x, 14);
      expect(betaCdf(x, 1, 5)).toBeCloseTo(1 - (1 - x) ** 5, 14);
      expect(betaCdf(x, 3, 3) + betaCdf(1 - x, 3, 3)).toBeCloseTo(1, 14); // symmetry
    }
    expect(betaCdf(0, 2, 3)).toBe(0);
    expect(betaCdf(1, 2, 3)).toBe(1);
  });

  it("inverts the CDF", () => {
    expect(betaQuantile(0.25, 2, 1)).toBeCloseTo(0.5, 14);
    expect(betaQuantile(0.1, 1, 5)).toBeCloseTo(1 - 0.9 ** (1 / 5), 14);
    for (const [a, b] of [[1.4, 4.6], [3, 3], [5, 1], [2.2, 1.8]] as const) {
      for (const p of [0.1, 0.5, 0.9]) expect(betaCdf(betaQuantile(p, a, b), a, b)).toBeCloseTo(p, 13);
    }
  });
});

describe("distribution quantiles", () => {
  it("PERT shape and quantiles", () => {
    expect(pertShape(0, 5, 10)).toEqual({ alpha: 3, beta: 3 });
    expect(distributionQuantile({ dist: "pert", min: 0, mode: 5, max: 10 }, 0.5)).toBeCloseTo(5, 12);
    // mode at min: Beta(1, 5), P90 = 1 − 0.1^(1/5)
    expect(distributionQuantile({ dist: "pert", min: 10, mode: 10, max: 20 }, 0.9)).toBeCloseTo(10 + 10 * (1 - 0.1 ** 0.2), 12);
  });

  it("triangular inverse CDF", () => {
    expect(triangularQuantile(0, 1, 2, 0.5)).toBe(1);
    expect(triangularQuantile(0, 0, 1, 0.19)).toBeCloseTo(0.1, 15);
    expect(triangularQuantile(0, 1, 1, 0.25)).toBeCloseTo(0.5, 15);
    expect(distributionQuantile({ dist: "triangular", min: 40, mode: 60, max: 80 }, 0.1)).toBeCloseTo(40 + Math.sqrt(0.1 * 40 * 20), 12);
  });

  it("uniform and normal", () => {
    expect(distributionQuantile({ dist: "uniform", min: 2, max: 4 }, 0.25)).toBe(2.5);
    expect(distributionQuantile({ dist: "normal", mean: 100, sd: 10 }, 0.9)).toBeCloseTo(112.815515655446, 10);
  });

  it("truncated normal: the half-normal median, the far upper tail, clamping", () => {
    expect(truncatedNormal(0, 1, 0).quantile(0.5)).toBeCloseTo(0.6744897501960817, 13);
    const far = truncatedNormal(0, 1, 10, 11);
    expect(far.mass).toBeGreaterThan(0);
    const median = far.quantile(0.5);
    expect(median).toBeGreaterThan(10);
    expect(median).toBeLessThan(10.1);
    expect(truncatedNormal(0, 1, -1, 1).quantile(0)).toBe(-1);
    expect(truncatedNormal(0, 1, -1, 1).quantile(1)).toBe(1);
    expect(truncatedNormal(5, 2, undefined, 5).quantile(0.5)).toBeCloseTo(5 - 2 * 0.6744897501960817, 12);
  });
});
