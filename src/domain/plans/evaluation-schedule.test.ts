import { describe, expect, it } from "vitest";
import { evaluationDates } from "./evaluation-schedule";

describe("evaluationDates", () => {
  it("gives every 4 weeks in the first 3 months by default practice", () => {
    expect(evaluationDates("2026-01-05", 4, 3)).toEqual(["2026-02-02", "2026-03-02", "2026-03-30"]);
  });

  it("includes a date that falls exactly on the end", () => {
    expect(evaluationDates("2026-02-01", 4, 1)).toEqual(["2026-03-01"]);
  });

  it("gives weekly dates when asked", () => {
    expect(evaluationDates("2026-01-01", 1, 1)).toHaveLength(4);
  });
});
