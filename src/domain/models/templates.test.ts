import { describe, expect, it } from "vitest";
import { evaluateModel } from "../../engine/evaluate-model";
import { parseModel } from "../../engine/parse-model";
import { MODEL_TEMPLATES } from "./templates";

describe("model templates", () => {
  it.each(Object.keys(MODEL_TEMPLATES))("%s is a valid baatwijzer.model/1 that evaluates", (key) => {
    const parsed = parseModel(MODEL_TEMPLATES[key]);
    expect(parsed.findings.filter((f) => f.level === "error")).toEqual([]);
    const evaluation = evaluateModel(parsed.model!, { monteCarlo: false });
    expect(Number.isFinite(evaluation.result.npv)).toBe(true);
  });

  it("marks every parameter's source, so no placeholder passes for a fact", () => {
    for (const template of Object.values(MODEL_TEMPLATES)) {
      for (const parameter of Object.values(template.parameters as Record<string, { source?: string }>)) expect(parameter.source).toBeTruthy();
    }
  });
});
