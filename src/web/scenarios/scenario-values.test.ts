import { describe, expect, it } from "vitest";
import { PAYERS } from "../../domain/prices/dto";
import { SCENARIOS } from "../../domain/scenarios/dto";
import { PAYER_VALUES, SCENARIO_VALUES } from "./scenario-values";

describe("scenario values", () => {
  it("match the domain's lists, in the same order", () => {
    expect(SCENARIO_VALUES).toEqual([...SCENARIOS]);
    expect(PAYER_VALUES).toEqual([...PAYERS]);
  });
});
