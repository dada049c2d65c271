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
    expect(report.byPurpose.map((c) => c.key)).toEqual(["vervoer", "wonen"]);
    const facts2 = [...facts, ...Array.from({ length: 6 }, () => fact({ purposeCategory: "zorg", teamName: "Wijkteam Zuid" }))];
    expect(budgetReport(facts2).byPurpose).toEqual([
      { key: "vervoer", count: null, amountCents: null, suppressed: true },
      { key: "wonen", count: null, amountCents: null, suppressed: true },
      { key: "zorg", count: 6, amountCents: 60_000, suppressed: false },
    ]);
    expect(budgetReport(facts2).byTeam).toEqual([
      { key: "Wijkteam Noord", count: 5, amountCents: 50_000, suppressed: false },
      { key: "Wijkteam Zuid", count: 7, amountCents: 660_000, suppressed: false },
    ]);
  });

  it("hides a second cell where a lone hidden one could be found by subtracting the shown cells from the pot total", () => {
    // 6 spends in one pot: per purpose, vervoer (1 spend of € 6.000) would be € 6.500 − € 500 without the second hidden cell.
    const facts = [...Array.from({ length: 5 }, () => fact({})), fact({ purposeCategory: "vervoer", teamName: "Wijkteam Zuid", amountCents: 600_000 })];
    const report = budgetReport(facts);
    expect(report.byPurpose).toEqual([
      { key: "vervoer", count: null, amountCents: null, suppressed: true },
      { key: "wonen", count: null, amountCents: null, suppressed: true },
    ]);
    expect(report.byTeam.every((c) => c.suppressed)).toBe(true);
  });

  it("gives the recovery rate over pre-financed spends, suppressed when fewer than 5", () => {
    const five = Array.from({ length: 5 }, () => fact({ preFinanced: true, amountCents: 20_000, honouredCents: 10_000 }));
    expect(budgetReport(five).recovery).toEqual({ preFinancedCents: 100_000, honouredCents: 50_000, rate: 0.5, suppressed: false });
    expect(budgetReport(five.slice(0, 2)).recovery.suppressed).toBe(true);
    expect(budgetReport([]).recovery).toEqual({ preFinancedCents: 0, honouredCents: 0, rate: null, suppressed: false });
  });

  it("counts arrangement outcomes, leaving out spends without one", () => {
    const facts = [...Array.from({ length: 5 }, () => fact({ arrangementOutcome: "forgiven" })), fact({ arrangementOutcome: "repaid" }), fact({ arrangementOutcome: "written_off" }), fact({})];
    expect(budgetReport(facts).arrangements.map((a) => [a.key, a.count])).toEqual([
      ["forgiven", 5],
      ["repaid", null],
      ["written_off", null],
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

  it("every shown cell is its group of spends, every group below 5 is hidden, and never one hidden cell alone", () => {
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
            // Shown cells are their group exactly; groups below 5 are always hidden.
            if (!cell.suppressed) expect(cell).toEqual({ key: cell.key, count: g.count, amountCents: g.amount, suppressed: false });
            else expect(cell).toEqual({ key: cell.key, count: null, amountCents: null, suppressed: true });
            if (g.count < 5) expect(cell.suppressed).toBe(true);
          }
          // No lone hidden cell: it would be the total minus the shown ones.
          if (cells.length > 1) expect(cells.filter((c) => c.suppressed).length).not.toBe(1);
        }
      }),
      { seed: 20261123 },
    );
  });
});
