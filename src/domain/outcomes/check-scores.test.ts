import { describe, expect, it } from "vitest";
import { checkScores, followUpDate } from "./check-scores";
import { SELF_RELIANCE_MATRIX } from "./self-reliance-matrix";

describe("self-reliance matrix", () => {
  it("has the 13 ZRM domains and 5 levels", () => {
    expect(SELF_RELIANCE_MATRIX.domains).toHaveLength(13);
    expect(SELF_RELIANCE_MATRIX.levels.map((l) => l.value)).toEqual([1, 2, 3, 4, 5]);
    expect(SELF_RELIANCE_MATRIX.domains.map((d) => d.label)).toContain("Maatschappelijke participatie");
  });
});

describe("checkScores", () => {
  it("accepts relevant domains with valid levels", () => {
    expect(checkScores(SELF_RELIANCE_MATRIX, [{ domain: "financien", level: 2, reason: "Schulden" }])).toEqual([]);
  });

  it("refuses unknown domains, doubles and levels outside the scale", () => {
    expect(
      checkScores(SELF_RELIANCE_MATRIX, [
        { domain: "financien", level: 6, reason: "x" },
        { domain: "financien", level: 2, reason: "x" },
        { domain: "sterrenbeeld", level: 3, reason: "x" },
      ]).map((i) => i.path),
    ).toEqual(["scores.0.level", "scores.1.domain", "scores.2.domain"]);
  });
});

describe("followUpDate", () => {
  it("is six calendar months later, clamped to the month's end", () => {
    expect(followUpDate("2026-01-15")).toBe("2026-07-15");
    expect(followUpDate("2026-08-31")).toBe("2027-02-28");
  });
});
