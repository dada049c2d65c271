import { describe, expect, it } from "vitest";
import { CHANNELS, questionListQuerySchema, TOPICS, TRIAGE_OUTCOMES } from "../../domain/questions/dto";
import { CHANNEL_VALUES, OUTCOME_VALUES, STATUS_FILTER_VALUES, statusFilterOf, TOPIC_VALUES } from "./question-values";

describe("question values", () => {
  it("match the domain's lists, in the same order", () => {
    expect(CHANNEL_VALUES).toEqual([...CHANNELS]);
    expect(TOPIC_VALUES).toEqual([...TOPICS]);
    expect(OUTCOME_VALUES).toEqual([...TRIAGE_OUTCOMES]);
    expect([...STATUS_FILTER_VALUES].sort()).toEqual([...questionListQuerySchema.shape.status.unwrap().options].sort());
  });
});

describe("statusFilterOf", () => {
  it("reads the filter from the address and falls back to the triage queue", () => {
    expect(statusFilterOf("?status=referred_elsewhere")).toBe("referred_elsewhere");
    expect(statusFilterOf("?status=all")).toBe("all");
    expect(statusFilterOf("")).toBe("awaiting_triage");
    expect(statusFilterOf("?status=onzin")).toBe("awaiting_triage");
  });
});
