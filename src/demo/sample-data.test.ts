import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createCasesRepository } from "../db/repositories/cases";
import { createHouseholdsRepository } from "../db/repositories/households";
import { withTenant } from "../db/tenant-context";
import { type TestDatabase, openTestDatabase } from "../db/testing/databases";
import { seedDemoIfEmpty } from "./seed";
import { demoTenantId, fastHasher } from "./testing/seeded-demo";

/** Cheap argon2id settings: the demo accounts are not what this test is about. */

describe("demo sample data", () => {
  let database: TestDatabase;
  let tenantId: string;
  let firstRun: number;
  beforeAll(async () => {
    database = await openTestDatabase("pglite");
    const started = performance.now();
    await seedDemoIfEmpty(database.handle.db, fastHasher, { sampleHouseholds: 60, today: new Date("2026-11-23T12:00:00Z") });
    firstRun = performance.now() - started;
    tenantId = await demoTenantId(database.handle.db);
  });
  afterAll(async () => database?.dispose());

  it("spreads cases over every stage, with hours, plans and measurements", async () => {
    const summary = await withTenant(database.handle.db, tenantId, async (tx) => {
      const repo = createCasesRepository(tx);
      const all = await repo.list(tenantId, { status: "alle", limit: 500 }, null);
      const files = [];
      for (const c of all) files.push((await repo.find(tenantId, c.id))!);
      return files;
    });
    expect(summary.length).toBeGreaterThan(40);
    expect(new Set(summary.map((c) => c.status))).toEqual(new Set(["open", "plan", "in_uitvoering", "evaluatie", "afgesloten"]));
    expect(summary.every((c) => c.totalMinutes > 0 && c.statusHistory.length >= 1)).toBe(true);
    const closed = summary.filter((c) => c.status === "afgesloten");
    expect(closed.every((c) => c.closingOutcome !== null && c.closedOn !== null && c.closedOn >= c.openedOn)).toBe(true);
    expect(summary.every((c) => c.statusHistory.every((s, i, all) => i === 0 || s.changedOn >= all[i - 1]!.changedOn))).toBe(true);
    const households = await withTenant(database.handle.db, tenantId, (tx) => createHouseholdsRepository(tx).search(tenantId, { q: "", limit: 200, teamIds: null }));
    expect(households).toHaveLength(60);
    console.log(`[demo] 60 households generated in ${Math.round(firstRun)} ms (incl. accounts)`);
  });

  it("dates each plan and costing in the case's own time: from the day it moved to 'plan', never after it closed", async () => {
    const checked = await withTenant(database.handle.db, tenantId, async (tx) => {
      const repo = createCasesRepository(tx);
      const files = await Promise.all((await repo.list(tenantId, { status: "alle", limit: 500 }, null)).map(async (c) => (await repo.find(tenantId, c.id))!));
      const work = await repo.workOfCases(tenantId, files.map((f) => f.id));
      return [...work.plans, ...work.scenarios].map((item) => {
        const file = files.find((f) => f.id === item.caseId)!;
        const toPlan = file.statusHistory.find((s) => s.status === "plan")!.changedOn;
        return { createdOn: item.createdOn, savedOn: item.savedOn, toPlan, last: file.closedOn ?? "2026-11-23" };
      });
    });
    expect(checked.length).toBeGreaterThan(10);
    for (const item of checked) {
      expect(item.createdOn >= item.toPlan && item.createdOn <= item.last, JSON.stringify(item)).toBe(true);
      expect(item.savedOn).toBe(item.createdOn);
    }
  });

  it("leaves a non-empty database alone", async () => {
    expect(await seedDemoIfEmpty(database.handle.db, fastHasher, { sampleHouseholds: 60 })).toBe(false);
  });
});
