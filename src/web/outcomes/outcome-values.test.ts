import { describe, expect, it } from "vitest";
import { MOMENTS } from "../../domain/outcomes/dto";
import { SELF_RELIANCE_MATRIX } from "../../domain/outcomes/self-reliance-matrix";
import { DEFAULT_INSTRUMENT, MOMENT_VALUES } from "./outcome-values";

describe("outcome values", () => {
  it("match the domain's moments, in the same order, and default to the built-in matrix", () => {
    expect(MOMENT_VALUES).toEqual([...MOMENTS]);
    expect(DEFAULT_INSTRUMENT).toBe(SELF_RELIANCE_MATRIX.code);
  });
});
