import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createMonitorRepository } from "../db/repositories/monitor";
import { withTenant } from "../db/tenant-context";
import type { TestDatabase } from "../db/testing/databases";
import { contractKpis, trajectoryComparison } from "../domain/monitor/service";
import { DEMO_CONSORTIUM, DEMO_CONTRACT } from "./monitor-demo";
import { openSeededDemo } from "./testing/seeded-demo";

const today = new Date("2026-11-23T12:00:00Z");

describe("monitor demo", () => {
  let database: TestDatabase;
  let tenantId: string;
  beforeAll(async () => {
    ({ database, tenantId } = await openSeededDemo("pglite", { sampleHouseholds: 150, today }));
  }, 120_000);
  afterAll(async () => database?.dispose());

  it("has a lump-sum contract with the consortium, Alphen's KPI targets and results conversations", async () => {
    await withTenant(database.handle.db, tenantId, async (tx) => {
      const repo = createMonitorRepository(tx);
      const [contract] = await repo.contracts(tenantId);
      expect(contract).toMatchObject({ name: DEMO_CONTRACT, organisationName: DEMO_CONSORTIUM, financing: "lump_sum", startsOn: "2025-01-01", endsOn: "2026-12-31", targetStableOrBetter: 0.75, targetSatisfaction: 7.5 });
      expect((await repo.notes(tenantId, contract!.id)).length).toBe(2);
      const kpis = await contractKpis(repo, tenantId, contract!.id, "2025-01-01", "2026-11-23");
      expect(kpis.reach.value).toBeGreaterThan(20);
      expect(kpis.satisfaction.value).not.toBeNull();
    });
  });

  it("links two in five sample cases to the consortium, so own trajectories and the consortium compare", async () => {
    const result = await withTenant(database.handle.db, tenantId, (tx) =>
      trajectoryComparison(createMonitorRepository(tx), tenantId, { closedFrom: "2025-01-01", closedTo: "2026-11-23", hourlyRateCents: 7_500, draws: 1000, seed: 1 }, "2026-11-23"),
    );
    const [own, consortium] = result.groups;
    expect(consortium).toMatchObject({ kind: "provider", name: DEMO_CONSORTIUM, financing: ["lump_sum"] });
    expect(own!.trajectories! / (own!.trajectories! + consortium!.trajectories!)).toBeGreaterThan(0.45);
    expect(own!.trajectories! / (own!.trajectories! + consortium!.trajectories!)).toBeLessThan(0.75);
    expect(own!.costCents).not.toBeNull();
    expect(consortium!.costCents).not.toBeNull();
    expect(result.ownCostShare!.ratio).toBeLessThan(1);
  });
});
