import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type CompareTrajectoriesInput, compareTrajectories } from "./compare-trajectories";
import type { TrajectoryCostFacts } from "./provider-trajectory-costs";

const P = "11111111-1111-4111-8111-111111111111";
const Q = "22222222-2222-4222-8222-222222222222";
const fact = (caseId: string, providerId: string | null, openedOn: string, closedOn: string | null, minutes = 0, satisfaction: number | null = 8): TrajectoryCostFacts => ({
  caseId,
  providerId,
  openedOn,
  closedOn,
  minutes,
  directCostsCents: 0,
  satisfaction,
});
const base = (trajectories: TrajectoryCostFacts[]): CompareTrajectoriesInput => ({
  trajectories,
  contracts: [{ id: "c", organisationId: P, financing: "per_trajectory", startsOn: "2026-01-01", endsOn: "2026-12-31", amountCents: 300_000 }],
  providerNames: new Map([
    [P, "Consortium Samen Verder"],
    [Q, "Aanbieder Zonder Contract"],
  ]),
  closedFrom: "2026-01-01",
  closedTo: "2026-12-31",
  asOf: "2026-12-31",
  hourlyRateCents: 6_000,
});
const options = { draws: 1000, seed: 1 };

describe("compareTrajectories", () => {
  // Own: 1…5 hours at € 60 = € 60 … € 300 (mean € 180), 10 … 50 days (mean 30). Provider: € 3.000 each, 100 days.
  const ownFive = [1, 2, 3, 4, 5].map((h) => fact(`o${h}`, null, "2026-03-01", new Date(Date.UTC(2026, 2, 1 + h * 10)).toISOString().slice(0, 10), h * 60, 6 + (h % 3)));
  const provider = [1, 2, 3, 4, 5, 6].map((i) => fact(`p${i}`, P, "2026-02-01", "2026-05-12", 0, 8));

  it("gives per group the count, cost, duration and satisfaction with intervals; own costs half in this example", () => {
    const result = compareTrajectories(base([...ownFive, ...provider]), options);
    const [ownGroup, providerGroup] = result.groups;
    expect(ownGroup).toMatchObject({ kind: "own", organisationId: null, trajectories: 5, withoutContract: 0 });
    expect(ownGroup!.costCents!.mean).toBeCloseTo(18_000, 9);
    expect(ownGroup!.durationDays!.mean).toBe(30);
    expect(ownGroup!.costCents!.interval95[0]).toBeLessThan(18_000);
    expect(ownGroup!.costCents!.interval95[1]).toBeGreaterThan(18_000);
    expect(providerGroup).toMatchObject({ kind: "provider", organisationId: P, name: "Consortium Samen Verder", financing: ["per_trajectory"], trajectories: 6 });
    expect(providerGroup!.costCents).toEqual({ mean: 300_000, interval95: [300_000, 300_000] });
    expect(providerGroup!.durationDays!.mean).toBe(100);
    expect(providerGroup!.satisfaction).toEqual({ mean: 8, interval95: [8, 8] });
    expect(result.ownCostShare!.ratio).toBeCloseTo(0.06, 12);
  });

  it("suppresses groups of 1–4 and figures from fewer than 5 values", () => {
    const result = compareTrajectories(base([...ownFive.slice(0, 4), ...provider, fact("q1", Q, "2026-01-10", "2026-02-10")]), options);
    const [ownGroup, other] = result.groups; // providers by name: "Aanbieder …" before "Consortium …"
    expect(ownGroup).toMatchObject({ trajectories: null, costCents: null, durationDays: null, satisfaction: null });
    expect(other).toMatchObject({ organisationId: Q, trajectories: null, costCents: null });
    expect(result.ownCostShare).toBeNull();
  });

  it("counts provider trajectories without a contract and leaves them out of the cost", () => {
    const late = [1, 2, 3, 4, 5].map((i) => fact(`late${i}`, P, "2025-06-01", "2026-02-01"));
    const result = compareTrajectories(base([...provider, ...late]), options);
    expect(result.groups[1]).toMatchObject({ trajectories: 11, withoutContract: 5 });
    expect(result.groups[1]!.costCents!.mean).toBe(300_000);
  });

  it("leaves trajectories closed outside the period out, and gives the same answer for the same seed", () => {
    const outside = fact("x", null, "2025-01-01", "2025-06-01", 6000);
    const a = compareTrajectories(base([...ownFive, ...provider, outside]), options);
    expect(a).toEqual(compareTrajectories(base([...ownFive, ...provider]), options));
    expect(compareTrajectories(base([...ownFive, ...provider]), { draws: 1000, seed: 2 }).groups[0]!.costCents!.mean).toBe(a.groups[0]!.costCents!.mean);
  });

  it("gives the same intervals whatever the order of the trajectories (property)", () => {
    const facts = [...ownFive, ...provider, ...[6, 7, 8].map((h) => fact(`o${h}`, null, "2026-04-01", "2026-06-01", h * 45, h))];
    const expected = compareTrajectories(base(facts), options);
    fc.assert(
      fc.property(fc.shuffledSubarray(facts, { minLength: facts.length, maxLength: facts.length }), (shuffled) => {
        expect(compareTrajectories(base(shuffled), options)).toEqual(expected);
      }),
      { numRuns: 30 },
    );
  });

  it("never shows a count below 5 nor a figure of a suppressed group (property)", () => {
    const trajectoryArb = fc.record({
      provider: fc.constantFrom(null, P, Q),
      opened: fc.integer({ min: 0, max: 300 }),
      length: fc.integer({ min: 0, max: 200 }),
      minutes: fc.integer({ min: 0, max: 3000 }),
      satisfaction: fc.option(fc.integer({ min: 1, max: 10 })),
    });
    const iso = (offset: number) => new Date(Date.UTC(2026, 0, 1) + offset * 86_400_000).toISOString().slice(0, 10);
    fc.assert(
      fc.property(fc.array(trajectoryArb, { maxLength: 40 }), (list) => {
        const facts = list.map((t, i) => fact(`t${i}`, t.provider, iso(t.opened), iso(t.opened + t.length), t.minutes, t.satisfaction));
        const result = compareTrajectories(base(facts), { draws: 50, seed: 3 });
        for (const group of result.groups) {
          for (const count of [group.trajectories, group.withoutContract]) if (count !== null) expect(count === 0 || count >= 5).toBe(true);
          if (group.trajectories === null) expect([group.costCents, group.durationDays, group.satisfaction]).toEqual([null, null, null]);
          if (group.durationDays) expect(group.durationDays.interval95[0]).toBeLessThanOrEqual(group.durationDays.interval95[1]);
        }
        expect(result.groups[0]!.kind).toBe("own");
      }),
      { numRuns: 150 },
    );
  });
});
