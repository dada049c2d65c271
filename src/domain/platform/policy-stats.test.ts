import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { policyPlatformStats } from "./policy-stats";

describe("platform figures in a policy report", () => {
  it("hide counts of 1–4 and the days statistics from fewer than 5 cases", () => {
    expect(policyPlatformStats({ unstuck: 4, stillStuck: 0, overdue: 7, medianDays: 12, p90Days: 20, targetDays: 21 })).toEqual({
      unstuck: null,
      stillStuck: 0,
      overdue: 7,
      medianDays: null,
      p90Days: null,
      targetDays: 21,
    });
    expect(policyPlatformStats({ unstuck: 5, stillStuck: 2, overdue: 0, medianDays: 12, p90Days: 20, targetDays: 21 })).toMatchObject({ unstuck: 5, stillStuck: null, medianDays: 12, p90Days: 20 });
  });

  it("never shows a count between 1 and 4, and shows every other count as it is", () => {
    fc.assert(
      fc.property(fc.nat(50), fc.nat(50), fc.nat(50), (unstuck, stillStuck, overdue) => {
        const shown = policyPlatformStats({ unstuck, stillStuck, overdue, medianDays: 1, p90Days: 2, targetDays: 21 });
        for (const [raw, value] of [[unstuck, shown.unstuck], [stillStuck, shown.stillStuck], [overdue, shown.overdue]] as const) {
          expect(value).toBe(raw >= 1 && raw <= 4 ? null : raw);
        }
        expect(shown.medianDays === null).toBe(unstuck < 5);
      }),
    );
  });
});
