import { checkModelSemantics } from "./check-model-semantics";
import { compileModel } from "./compile-model";
import { type Finding, hasErrors } from "./finding";
import { type Model, modelSchema } from "./model-schema";
import { presentValues } from "./present-values";
import { zodIssueFindings } from "./zod-issue-findings";

/** The outcome of reading a model: the model (defaults filled in) when there are no errors, and all findings. */
export interface ModelParse {
  readonly model: Model | null;
  readonly findings: readonly Finding[];
}

const byLevel = (a: Finding, b: Finding): number => (a.level === b.level ? 0 : a.level === "error" ? -1 : 1);

/**
 * Validates and reads a model in the format `baatwijzer.model/1` from a parsed JSON value. Never throws: every
 * problem becomes a finding (schema errors from zod, then the semantic checks, then — for an otherwise valid model —
 * whether every line evaluates to a finite number at the base values). Errors come before warnings.
 * @example parseModel(JSON.parse(text)).findings // [] for a clean model
 */
export function parseModel(input: unknown): ModelParse {
  try {
    const parsed = modelSchema.safeParse(input, { reportInput: true });
    const findings = [...(parsed.success ? [] : zodIssueFindings(parsed.error.issues)), ...checkModelSemantics(input)];
    if (!parsed.success || hasErrors(findings)) return { model: null, findings: findings.sort(byLevel) };
    findings.push(...checkFinite(parsed.data));
    return { model: hasErrors(findings) ? null : parsed.data, findings: findings.sort(byLevel) };
  } catch (error) {
    // Defensive: a bug in a check must not crash a caller; report it as a finding instead.
    const message = error instanceof Error ? error.message : String(error);
    return { model: null, findings: [{ level: "error", code: "invalid_value", path: "$", message: `model kon niet worden gelezen (${message})` }] };
  }
}

/** Every line must have a finite value at the base values (catches 1/0, overflow), and so must the totals. */
function checkFinite(model: Model): Finding[] {
  const compiled = compileModel(model);
  const findings: Finding[] = [];
  for (const line of compiled.lines) {
    if (!Number.isFinite(line.evaluate(compiled.baseValues))) {
      findings.push({
        level: "error",
        code: "non_finite_result",
        path: line.path,
        message: "de waarde van deze regel is geen eindig getal bij de basiswaarden (deling door nul of te groot?)",
      });
    }
  }
  if (findings.length > 0) return findings;
  const pv = presentValues(compiled, compiled.baseValues);
  if (!Number.isFinite(pv.pvBenefits) || !Number.isFinite(pv.pvCosts) || !Number.isFinite(pv.npv)) {
    findings.push({ level: "error", code: "non_finite_result", path: "$", message: "de contante waarden zijn te groot om te berekenen" });
  }
  return findings;
}
