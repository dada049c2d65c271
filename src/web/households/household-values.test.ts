import { describe, expect, it } from "vitest";
import { NETWORK_KINDS, RELATIONS } from "../../domain/households/dto";
import { NETWORK_KIND_VALUES, RELATION_VALUES } from "./household-values";

describe("household values", () => {
  it("match the domain's lists, in the same order", () => {
    expect(RELATION_VALUES).toEqual([...RELATIONS]);
    expect(NETWORK_KIND_VALUES).toEqual([...NETWORK_KINDS]);
  });
});
