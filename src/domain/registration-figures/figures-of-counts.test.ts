import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { figuresOfCounts } from "./figures-of-counts";
import type { RegistrationCounts } from "./repository";

const counts = (overrides: Partial<RegistrationCounts> = {}): RegistrationCounts => ({
  casesOpened: 12,
  casesClosed: 10,
  closedCaseMinutes: 10 * 90,
  judged: 8,
  judgedWithEffect: 6,
  spendBookings: 5,
  spentCents: 123_450,
  ...overrides,
});

const byKey = (c: RegistrationCounts) => Object.fromEntries(figuresOfCounts(c).map((f) => [f.key, f]));

describe("figuresOfCounts", () => {
  it("computes counts, the effect share, hours per case and the money spent in cents", () => {
    const f = byKey(counts());
    expect(f.cases_opened).toEqual({ key: "cases_opened", unit: "cases", value: 12, basis: 12, suppressed: false });
    expect(f.effect_share).toMatchObject({ value: 0.75, basis: 8 });
    expect(f.hours_per_case).toMatchObject({ value: 1.5, basis: 10, unit: "hours" });
    expect(f.budget_spent).toMatchObject({ value: 123_450, unit: "cents", basis: 5 });
  });

  it("suppresses every figure resting on 1–4 cases or bookings, and gives null when nothing is there to divide", () => {
    const f = byKey(counts({ casesClosed: 4, judged: 3, judgedWithEffect: 1, spendBookings: 1 }));
    for (const key of ["cases_closed", "hours_per_case", "effect_share", "budget_spent"]) expect(f[key]).toMatchObject({ value: null, basis: null, suppressed: true });
    const empty = byKey(counts({ casesClosed: 0, closedCaseMinutes: 0, judged: 0, judgedWithEffect: 0 }));
    expect(empty.hours_per_case).toMatchObject({ value: null, basis: 0, suppressed: false });
    expect(empty.effect_share).toMatchObject({ value: null, basis: 0, suppressed: false });
  });

  it("never shows a value or basis below 5 (property)", () => {
    const n = fc.nat({ max: 50 });
    fc.assert(
      fc.property(fc.record({ casesOpened: n, casesClosed: n, closedCaseMinutes: fc.nat(), judged: n, judgedWithEffect: n, spendBookings: n, spentCents: fc.nat() }), (c) => {
        for (const figure of figuresOfCounts(c)) {
          if (figure.basis !== null) expect(figure.basis === 0 || figure.basis >= 5).toBe(true);
          if (figure.suppressed) expect(figure.value).toBeNull();
        }
      }),
    );
  });
});
