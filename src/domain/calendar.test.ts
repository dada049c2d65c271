import { describe, expect, it } from "vitest";
import { dutchToday } from "./calendar";

describe("dutchToday", () => {
  it("follows Dutch time, summer and winter", () => {
    expect(dutchToday(new Date("2026-11-23T23:30:00Z"))).toBe("2026-11-24"); // CET, UTC+1
    expect(dutchToday(new Date("2026-11-23T22:59:00Z"))).toBe("2026-11-23");
    expect(dutchToday(new Date("2026-07-01T22:15:00Z"))).toBe("2026-07-02"); // CEST, UTC+2
  });
});
