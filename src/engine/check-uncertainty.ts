import type { Finding } from "./finding";
import { truncatedNormal } from "./truncated-normal";

const isNumber = (x: unknown): x is number => typeof x === "number" && Number.isFinite(x);
/** Below this probability mass a truncated normal is treated as impossible. */
const MIN_TRUNCATED_MASS = 1e-12;

/**
 * Checks that a parameter's distribution is possible (the schema checks only types): uniform needs min < max;
 * triangular and PERT need min ≤ mode ≤ max and min < max; a truncated normal needs min < max and a
 * non-negligible probability mass in [min, max]. Warns when the base value lies outside the distribution's range.
 * Works on raw JSON and ignores fields of the wrong type (the schema reports those).
 * @example checkUncertainty({ dist: "triangular", min: 5, mode: 3, max: 9 }, 5, "parameters.x.uncertainty")
 *   // [{ level: "error", code: "invalid_distribution", message: "onmogelijke verdeling: min (5) is groter dan mode (3)", … }]
 */
export function checkUncertainty(uncertainty: unknown, value: unknown, path: string): Finding[] {
  if (uncertainty === null || typeof uncertainty !== "object") return [];
  const u = uncertainty as Record<string, unknown>;
  const findings: Finding[] = [];
  const error = (message: string): void => {
    findings.push({ level: "error", code: "invalid_distribution", path, message: `onmogelijke verdeling: ${message}` });
  };
  let range: [number, number] | undefined;
  const { min, mode, max } = u;
  if (u.dist === "uniform" || u.dist === "triangular" || u.dist === "pert") {
    if (isNumber(min) && isNumber(max)) {
      if (min >= max) error(`min (${min}) moet kleiner zijn dan max (${max})`);
      else range = [min, max];
    }
    if (u.dist !== "uniform" && isNumber(mode)) {
      if (isNumber(min) && min > mode) error(`min (${min}) is groter dan mode (${mode})`);
      if (isNumber(max) && mode > max) error(`mode (${mode}) is groter dan max (${max})`);
    }
  } else if (u.dist === "normal") {
    const { mean, sd } = u;
    if (isNumber(min) && isNumber(max) && min >= max) {
      error(`min (${min}) moet kleiner zijn dan max (${max})`);
    } else if (isNumber(mean) && isNumber(sd) && sd > 0 && (min === undefined || isNumber(min)) && (max === undefined || isNumber(max))) {
      if (min !== undefined || max !== undefined) {
        const { mass } = truncatedNormal(mean, sd, min, max);
        if (!(mass > MIN_TRUNCATED_MASS)) error(`de normale verdeling heeft vrijwel geen kans tussen min en max`);
        else range = [min ?? Number.NEGATIVE_INFINITY, max ?? Number.POSITIVE_INFINITY];
      }
    }
  }
  if (findings.length === 0 && range && isNumber(value) && (value < range[0] || value > range[1])) {
    findings.push({
      level: "warning",
      code: "value_outside_distribution",
      path,
      message: `de basiswaarde ${value} ligt buiten het bereik van de verdeling (${range[0]} … ${range[1]})`,
    });
  }
  return findings;
}
