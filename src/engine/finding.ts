/** How serious a finding is: an error blocks evaluation, a warning does not. */
export type FindingLevel = "error" | "warning";

/**
 * The closed set of finding codes. Codes are stable (tools may match on them); messages are Dutch and may change.
 */
export type FindingCode =
  | "invalid_json"
  | "invalid_type"
  | "missing_field"
  | "unknown_field"
  | "invalid_value"
  | "out_of_range"
  | "fraction_out_of_range"
  | "invalid_name"
  | "duplicate_id"
  | "unknown_stakeholder"
  | "unknown_parameter"
  | "unused_parameter"
  | "invalid_expression"
  | "year_out_of_range"
  | "duplicate_year"
  | "truncated_by_horizon"
  | "discount_rate_length"
  | "invalid_distribution"
  | "value_outside_distribution"
  | "immaterial_in_businesscase"
  | "non_finite_result"
  | "non_finite_draws"
  | "no_costs"
  | "no_uncertainty";

/**
 * One problem in a model, with the JSON path where it sits (e.g. `benefits[0].stakeholder`) and a Dutch message.
 * Validation returns all findings at once; it never throws on the first.
 */
export interface Finding {
  readonly level: FindingLevel;
  readonly code: FindingCode;
  readonly path: string;
  readonly message: string;
}

/**
 * True when at least one finding is an error.
 * @example hasErrors([{ level: "warning", code: "unused_parameter", path: "parameters.x", message: "…" }]) // false
 */
export const hasErrors = (findings: readonly Finding[]): boolean => findings.some((f) => f.level === "error");
