import { describe, expect, it } from "vitest";
import { daysBetween } from "../calendar";
import { UNSTUCK_TARGET_DAYS, isOverdue, unstuckStatistics } from "./unstuck-clock";

describe("unstuck clock", () => {
  it("counts whole days and marks stuck escalations past three weeks as overdue", () => {
    expect(daysBetween("2026-01-01", "2026-01-22")).toBe(21);
    expect(isOverdue("2026-01-01", null, "2026-01-22")).toBe(false);
    expect(isOverdue("2026-01-01", null, "2026-01-23")).toBe(true);
    expect(isOverdue("2026-01-01", "2026-03-01", "2026-06-01")).toBe(false);
  });

  it("gives median and P90 of days to vlot (type 7), ignoring escalations still open", () => {
    const stats = unstuckStatistics(
      [
        { escalatedOn: "2026-01-01", unstuckOn: "2026-01-11" }, // 10
        { escalatedOn: "2026-01-01", unstuckOn: "2026-01-21" }, // 20
        { escalatedOn: "2026-01-01", unstuckOn: "2026-01-31" }, // 30
        { escalatedOn: "2026-01-01", unstuckOn: "2026-02-10" }, // 40
        { escalatedOn: "2026-05-01", unstuckOn: null },
      ],
      "2026-06-01",
    );
    expect(stats).toEqual({ unstuck: 4, stillStuck: 1, overdue: 1, medianDays: 25, p90Days: 37, targetDays: UNSTUCK_TARGET_DAYS });
    expect(unstuckStatistics([], "2026-06-01").medianDays).toBeNull();
  });
});
