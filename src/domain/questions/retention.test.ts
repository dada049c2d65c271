import { describe, expect, it } from "vitest";
import { closesWithoutDossier, retentionCutoff } from "./retention";

describe("retentionCutoff", () => {
  it("goes back whole calendar months", () => {
    expect(retentionCutoff(new Date("2026-11-23T10:00:00Z"), 12).toISOString()).toBe("2025-11-23T10:00:00.000Z");
  });

  it("clamps to the last day of a shorter month", () => {
    expect(retentionCutoff(new Date("2026-03-31T10:00:00Z"), 1).toISOString()).toBe("2026-02-28T10:00:00.000Z");
    expect(retentionCutoff(new Date("2024-03-31T00:00:00Z"), 1).toISOString()).toBe("2024-02-29T00:00:00.000Z");
  });
});

describe("closesWithoutDossier", () => {
  it("holds for solved and referred questions, not for those that open a case or await triage", () => {
    expect(closesWithoutDossier("solved_directly")).toBe(true);
    expect(closesWithoutDossier("referred_elsewhere")).toBe(true);
    expect(closesWithoutDossier("needs_conversation")).toBe(false);
    expect(closesWithoutDossier(null)).toBe(false);
  });
});
