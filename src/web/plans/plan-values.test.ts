import { describe, expect, it } from "vitest";
import { RESOURCE_KINDS } from "../../domain/plans/dto";
import { RESOURCE_KIND_VALUES } from "./plan-values";

describe("plan values", () => {
  it("match the domain's resource kinds, in the same order", () => {
    expect(RESOURCE_KIND_VALUES).toEqual([...RESOURCE_KINDS]);
  });
});
