import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createBudgetsRepository } from "../db/repositories/budgets";
import { withTenant } from "../db/tenant-context";
import type { TestDatabase, } from "../db/testing/databases";
import { openSeededDemo } from "./testing/seeded-demo";


describe("demo budgets", () => {
  let database: TestDatabase;
  let tenantId: string;
  beforeAll(async () => {
    ({ database, tenantId } = await openSeededDemo("pglite", { today: new Date("2026-12-31T23:30:00Z") }));
  });
  afterAll(async () => database?.dispose());

  it("seeds a resultaatvolgend budget and a handgeld pot of the Dutch year, each starting with its annual amount", async () => {
    const pots = await withTenant(database.handle.db, tenantId, async (tx) => {
      const repo = createBudgetsRepository(tx);
      return Promise.all(
        (await repo.pots(tenantId)).map(async (pot) => ({
          name: pot.name,
          kind: pot.kind,
          balance: pot.balanceCents,
          ledger: (await repo.ledger(tenantId, pot.id)).map((e) => [e.kind, e.amountCents, e.balanceAfterCents, e.bookedOn]),
          mandates: (await repo.mandates(tenantId, pot.id)).map((m) => [m.userName, m.limitCents]).sort(),
        })),
      );
    });
    // 23:30 UTC on 31 December is already 1 January in Amsterdam.
    expect(pots).toEqual([
      { name: "Handgeld ontschotter 2027", kind: "petty_cash", balance: 1_000_000, ledger: [["allocation", 1_000_000, 1_000_000, "2027-01-01"]], mandates: [["Olga Jansen", 250_000]] },
      {
        name: "Resultaatvolgend budget 2027",
        kind: "outcome_budget",
        balance: 5_000_000,
        ledger: [["allocation", 5_000_000, 5_000_000, "2027-01-01"]],
        mandates: [
          ["Olga Jansen", 500_000],
          ["Sanne de Vries", 100_000],
        ],
      },
    ]);
  });
});
