import { describe, expect, it } from "vitest";
import { addDays, daysBetween, dutchToday } from "./calendar";

describe("dutchToday", () => {
  it("follows Dutch time, summer and winter", () => {
    expect(dutchToday(new Date("2026-11-23T23:30:00Z"))).toBe("2026-11-24"); // CET, UTC+1
    expect(dutchToday(new Date("2026-11-23T22:59:00Z"))).toBe("2026-11-23");
    expect(dutchToday(new Date("2026-07-01T22:15:00Z"))).toBe("2026-07-02"); // CEST, UTC+2
  });
});

describe("addDays and daysBetween", () => {
  it("count calendar days across month, year and daylight-saving changes, and undo each other", () => {
    expect(addDays("2026-12-31", 1)).toBe("2027-01-01");
    expect(addDays("2026-03-29", -1)).toBe("2026-03-28");
    expect(daysBetween("2026-03-28", "2026-10-26")).toBe(212);
    for (const days of [-400, -1, 0, 1, 31, 365]) expect(daysBetween("2026-03-29", addDays("2026-03-29", days))).toBe(days);
  });
});
