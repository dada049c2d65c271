import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type ContractTerms, overlapDays, providerTrajectoryCosts, type TrajectoryCostFacts } from "./provider-trajectory-costs";

const P = "11111111-1111-4111-8111-111111111111";
const trajectory = (caseId: string, openedOn: string, closedOn: string | null, providerId: string | null = P): TrajectoryCostFacts => ({
  caseId,
  providerId,
  openedOn,
  closedOn,
  minutes: 0,
  directCostsCents: 0,
  satisfaction: null,
});
const contract = (financing: ContractTerms["financing"], amountCents: number, startsOn = "2026-01-01", endsOn = "2026-12-31"): ContractTerms => ({
  id: `c-${financing}`,
  organisationId: P,
  financing,
  startsOn,
  endsOn,
  amountCents,
});

describe("overlapDays", () => {
  it("counts shared days with both ends included", () => {
    expect(overlapDays("2026-01-01", "2026-01-01", "2026-01-01", "2026-12-31")).toBe(1);
    expect(overlapDays("2025-12-01", "2026-01-10", "2026-01-01", "2026-12-31")).toBe(10);
    expect(overlapDays("2025-01-01", "2025-02-01", "2026-01-01", "2026-12-31")).toBe(0);
  });
});

describe("providerTrajectoryCosts", () => {
  it("shares a lump sum in proportion to the days within the contract (hand-worked: 100 and 200 days of € 120.000)", () => {
    // 2026-01-01 … 2026-04-10 is 31 + 28 + 31 + 10 = 100 days; 2026-03-01 … 2026-09-16 is 31+30+31+30+31+31+16 = 200.
    const costs = providerTrajectoryCosts([trajectory("a", "2026-01-01", "2026-04-10"), trajectory("b", "2026-03-01", "2026-09-16")], [contract("lump_sum", 12_000_000)], "2026-12-31");
    expect(costs.get("a")).toBeCloseTo(4_000_000, 6);
    expect(costs.get("b")).toBeCloseTo(8_000_000, 6);
  });

  it("shares only the part of a running lump sum for the elapsed days; open trajectories count until that day", () => {
    // asOf 2026-07-01: 182 of 365 days elapsed. a: 100 days; c (open since 2026-06-22): 10 days.
    const costs = providerTrajectoryCosts([trajectory("a", "2026-01-01", "2026-04-10"), trajectory("c", "2026-06-22", null)], [contract("lump_sum", 12_000_000)], "2026-07-01");
    const attributable = (12_000_000 * 182) / 365;
    expect(costs.get("a")).toBeCloseTo((attributable * 100) / 110, 6);
    expect(costs.get("c")).toBeCloseTo((attributable * 10) / 110, 6);
  });

  it("charges a per-trajectory price once, by the contract in force on the opening day", () => {
    const costs = providerTrajectoryCosts([trajectory("a", "2026-02-01", "2026-05-01"), trajectory("old", "2025-11-01", "2026-03-01")], [contract("per_trajectory", 300_000)], "2026-12-31");
    expect(costs.get("a")).toBe(300_000);
    expect(costs.get("old")).toBeNull();
  });

  it("prices P×Q per month of support within the contract", () => {
    const costs = providerTrajectoryCosts([trajectory("a", "2026-01-01", "2026-01-30"), trajectory("b", "2025-12-02", "2026-01-30")], [contract("price_per_unit", 100_000)], "2026-12-31");
    expect(costs.get("a")).toBeCloseTo((100_000 * 30) / 30.4375, 6);
    expect(costs.get("b")).toBeCloseTo((100_000 * 30) / 30.4375, 6);
  });

  it("prices no own trajectory and no trajectory of a provider without a contract", () => {
    const other = "22222222-2222-4222-8222-222222222222";
    const costs = providerTrajectoryCosts([trajectory("own", "2026-01-01", "2026-02-01", null), trajectory("x", "2026-01-01", "2026-02-01", other)], [contract("lump_sum", 1_000)], "2026-12-31");
    expect(costs.has("own")).toBe(false);
    expect(costs.get("x")).toBeNull();
  });

  const isoDay = (offset: number) => new Date(Date.UTC(2026, 0, 1) + offset * 86_400_000).toISOString().slice(0, 10);
  const spans = fc.array(
    fc.tuple(fc.integer({ min: 0, max: 364 }), fc.integer({ min: 0, max: 364 })).map(([a, b]) => [Math.min(a, b), Math.max(a, b)] as const),
    { minLength: 1, maxLength: 30 },
  );

  it("distributes a finished lump sum exactly, in proportion to days", () => {
    fc.assert(
      fc.property(spans, fc.integer({ min: 1, max: 1e9 }), (list, amount) => {
        const facts = list.map(([a, b], i) => trajectory(`t${i}`, isoDay(a), isoDay(b)));
        const costs = providerTrajectoryCosts(facts, [contract("lump_sum", amount)], "2027-06-30");
        const values = facts.map((f) => costs.get(f.caseId) as number);
        expect(values.reduce((s, v) => s + v, 0)).toBeCloseTo(amount, 3);
        const firstDays = list[0]![1] - list[0]![0] + 1;
        for (const [i, [a, b]] of list.entries()) expect((values[i] as number) / (values[0] as number)).toBeCloseTo((b - a + 1) / firstDays, 9);
      }),
    );
  });
});
