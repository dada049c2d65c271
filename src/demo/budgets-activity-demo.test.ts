import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createBudgetsRepository } from "../db/repositories/budgets";
import { withTenant } from "../db/tenant-context";
import type { TestDatabase } from "../db/testing/databases";
import { budgetReportFor } from "../domain/budgets/service";
import { openSeededDemo } from "./testing/seeded-demo";

const today = new Date("2026-11-23T12:00:00Z");

describe("demo budget activity", () => {
  let database: TestDatabase;
  let tenantId: string;
  const inTenant = <T>(work: (repo: ReturnType<typeof createBudgetsRepository>) => Promise<T>) => withTenant(database.handle.db, tenantId, (tx) => work(createBudgetsRepository(tx)));
  beforeAll(async () => {
    ({ database, tenantId } = await openSeededDemo("pglite", { sampleHouseholds: 40, today }));
  }, 120_000);
  afterAll(async () => database?.dispose());

  it("keeps every pot's ledger in balance: each entry's balance follows from the one before, never below zero, ending at the pot's balance", async () => {
    const pots = await inTenant(async (repo) => Promise.all((await repo.pots(tenantId)).map(async (pot) => ({ pot, ledger: await repo.ledger(tenantId, pot.id) }))));
    expect(pots).toHaveLength(2);
    for (const { pot, ledger } of pots) {
      expect(ledger.filter((e) => e.kind === "spend").length, pot.name).toBeGreaterThanOrEqual(5);
      let running = 0;
      for (const entry of ledger) {
        running += entry.amountCents;
        expect(entry.balanceAfterCents, `${pot.name}: ${entry.note}`).toBe(running);
        expect(entry.balanceAfterCents).toBeGreaterThanOrEqual(0);
      }
      expect(running).toBe(pot.balanceCents);
      const days = ledger.map((e) => e.bookedOn);
      expect(days, "booked in date order, all in the pot's year").toEqual([...days].sort());
      expect(days.every((d) => d.startsWith(String(pot.year)) && d <= "2026-11-23")).toBe(true);
    }
  });

  it("decided every request under the four-eyes rule, with a second approver above the first one's mandate, and left some rejected with a reason and some open", async () => {
    const requests = await inTenant(async (repo) => Promise.all((await repo.requests(tenantId, {})).map(async (r) => ({ ...r, mandates: await repo.mandates(tenantId, r.potId) }))));
    const limitOf = (r: (typeof requests)[number], id: string | null) => r.mandates.find((m) => m.id === id)?.limitCents;
    const approved = requests.filter((r) => r.status === "approved");
    expect(approved.length).toBeGreaterThanOrEqual(20);
    for (const r of approved) {
      expect(r.decidedBy).not.toBe(r.requestedBy);
      if (r.firstApproverId) {
        expect(r.firstApproverId).not.toBe(r.decidedBy);
        expect(r.firstApproverId).not.toBe(r.requestedBy);
        expect(r.amountCents).toBeGreaterThan(limitOf(r, r.firstMandateId)!);
      } else expect(r.amountCents).toBeLessThanOrEqual(limitOf(r, r.decidedMandateId)!);
    }
    expect(approved.filter((r) => r.firstApproverId !== null).length).toBeGreaterThanOrEqual(3);
    const rejected = requests.filter((r) => r.status === "rejected");
    expect(rejected.length).toBeGreaterThanOrEqual(2);
    expect(rejected.every((r) => (r.decisionReason ?? "").length > 10)).toBe(true);
    expect(requests.map((r) => r.status)).toEqual(expect.arrayContaining(["pending", "awaiting_second"]));
    expect(requests.every((r) => Object.values(r.justification).every((text) => text.length > 0))).toBe(true);
  });

  it("books arrangement outcomes and honoured claims as real use does: a repayment and recoveries credit the pot, forgiveness only records", async () => {
    const { ledger, claims, arrangements } = await inTenant(async (repo) => {
      const requests = await repo.requests(tenantId, { status: "approved" });
      const pots = await repo.pots(tenantId);
      return {
        ledger: (await Promise.all(pots.map((p) => repo.ledger(tenantId, p.id)))).flat(),
        claims: (await Promise.all(requests.map((r) => repo.claims(tenantId, r.id)))).flat(),
        arrangements: (await Promise.all(requests.map((r) => repo.arrangementOf(tenantId, r.id)))).filter((a) => a !== null),
      };
    });
    expect(arrangements.map((a) => a.outcome)).toEqual(expect.arrayContaining(["forgiven", "repaid", "pending"]));
    expect(ledger.filter((e) => e.kind === "forgiven").every((e) => e.amountCents === 0)).toBe(true);
    expect(ledger.filter((e) => e.kind === "repayment").length).toBe(arrangements.filter((a) => a.outcome === "repaid").length);
    expect(claims.map((c) => c.status)).toEqual(expect.arrayContaining(["honoured", "rejected", "pending"]));
    const honoured = claims.reduce((sum, c) => sum + (c.honouredCents ?? 0), 0);
    expect(ledger.filter((e) => e.kind === "recovery").reduce((sum, e) => sum + e.amountCents, 0)).toBe(honoured);
  });

  it("gives the budget report of this year figures per pot, team and purpose, a recovery rate and the forgiven arrangements, with small cells still suppressed", async () => {
    const report = await inTenant((repo) => budgetReportFor({ budgets: repo }, tenantId, 2026));
    expect(report.byPot.every((cell) => !cell.suppressed)).toBe(true);
    expect(report.byTeam.map((cell) => [cell.key, cell.suppressed])).toEqual([
      ["Wijkteam Noord", false],
      ["Wijkteam Zuid", false],
    ]);
    const shown = report.byPurpose.filter((cell) => !cell.suppressed).map((cell) => cell.key);
    expect(shown).toEqual(expect.arrayContaining(["vervoer", "wonen"]));
    expect(report.byPurpose.some((cell) => cell.suppressed)).toBe(true);
    expect(report.recovery.suppressed).toBe(false);
    expect(report.recovery.rate).toBeGreaterThan(0);
    expect(report.recovery.rate).toBeLessThan(1);
    expect(report.arrangements.find((cell) => cell.key === "forgiven")).toMatchObject({ suppressed: false });
  });
});
