import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { PURPOSE_CATEGORIES, type PurposeCategory } from "./purpose-categories";
import { type SpendFact, budgetReport } from "./report";

const fact = (overrides: Partial<SpendFact>): SpendFact => ({
  potName: "Handgeld",
  purposeCategory: "wonen",
  teamName: "Wijkteam Noord",
  amountCents: 10_000,
  preFinanced: false,
  honouredCents: 0,
  arrangementOutcome: null,
  ...overrides,
});

describe("budgetReport", () => {
  it("sums per pot, purpose category and team and suppresses cells of fewer than 5 spends", () => {
    const facts = [...Array.from({ length: 5 }, () => fact({})), fact({ purposeCategory: "vervoer", teamName: "Wijkteam Zuid", amountCents: 600_000 })];
    const report = budgetReport(facts);
    expect(report.byPot).toEqual([{ key: "Handgeld", count: 6, amountCents: 650_000, suppressed: false }]);
    // In the order of the category list (vervoer before wonen), not alphabetically.
    expect(report.byPurpose).toEqual([
      { key: "vervoer", count: null, amountCents: null, suppressed: true },
      { key: "wonen", count: 5, amountCents: 50_000, suppressed: false },
    ]);
    expect(report.byTeam[1]).toEqual({ key: "Wijkteam Zuid", count: null, amountCents: null, suppressed: true });
  });

  it("gives the recovery rate over pre-financed spends, suppressed when fewer than 5", () => {
    const five = Array.from({ length: 5 }, () => fact({ preFinanced: true, amountCents: 20_000, honouredCents: 10_000 }));
    expect(budgetReport(five).recovery).toEqual({ preFinancedCents: 100_000, honouredCents: 50_000, rate: 0.5, suppressed: false });
    expect(budgetReport(five.slice(0, 2)).recovery.suppressed).toBe(true);
    expect(budgetReport([]).recovery).toEqual({ preFinancedCents: 0, honouredCents: 0, rate: null, suppressed: false });
  });

  it("counts arrangement outcomes, leaving out spends without one", () => {
    const facts = [...Array.from({ length: 5 }, () => fact({ arrangementOutcome: "forgiven" })), fact({ arrangementOutcome: "repaid" }), fact({})];
    expect(budgetReport(facts).arrangements.map((a) => [a.key, a.count])).toEqual([
      ["forgiven", 5],
      ["repaid", null],
    ]);
  });
});

describe("budgetReport matches its facts (property)", () => {
  const spend = fc.record({
    potName: fc.constantFrom("Handgeld", "Resultaatvolgend"),
    purposeCategory: fc.constantFrom(...PURPOSE_CATEGORIES),
    teamName: fc.constantFrom("Noord", "Zuid"),
    amountCents: fc.integer({ min: 1, max: 500_000 }),
    preFinanced: fc.boolean(),
    honouredCents: fc.constant(0),
    arrangementOutcome: fc.constantFrom(null, "pending" as const, "forgiven" as const, "repaid" as const, "written_off" as const),
  });

  it("every cell is its group of spends: count and amount when 5 or more, nothing otherwise", () => {
    const groupings: [string, (f: SpendFact) => string][] = [
      ["byPot", (f) => f.potName],
      ["byPurpose", (f) => f.purposeCategory],
      ["byTeam", (f) => f.teamName],
    ];
    fc.assert(
      fc.property(fc.array(spend, { maxLength: 80 }), (facts) => {
        const report = budgetReport(facts);
        for (const [name, keyOf] of groupings) {
          const groups = new Map<string, { count: number; amount: number }>();
          for (const f of facts) {
            const g = groups.get(keyOf(f)) ?? { count: 0, amount: 0 };
            groups.set(keyOf(f), { count: g.count + 1, amount: g.amount + f.amountCents });
          }
          const cells = report[name as "byPot" | "byPurpose" | "byTeam"];
          if (name === "byPurpose") {
            // Categories come in the order of the fixed list.
            const ranks = cells.map((c) => PURPOSE_CATEGORIES.indexOf(c.key as PurposeCategory));
            expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
          }
          expect(cells.map((c) => c.key).sort()).toEqual([...groups.keys()].sort());
          for (const cell of cells) {
            const g = groups.get(cell.key)!;
            expect(cell).toEqual(g.count >= 5 ? { key: cell.key, count: g.count, amountCents: g.amount, suppressed: false } : { key: cell.key, count: null, amountCents: null, suppressed: true });
          }
        }
      }),
      { seed: 20261123 },
    );
  });
});
