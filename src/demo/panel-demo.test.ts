import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createBusinessCaseRepository } from "../db/repositories/businesscase";
import { createPanelRepository } from "../db/repositories/panel";
import { withTenant } from "../db/tenant-context";
import { type TestDatabase, openTestDatabase } from "../db/testing/databases";
import { exPostFromRegistration } from "../domain/businesscase/service";
import { roundKappa } from "../domain/panel/service";
import { seedDemoIfEmpty } from "./seed";
import { demoTenantId, fastHasher } from "./testing/seeded-demo";

const TODAY = new Date("2026-11-23T12:00:00Z");

/** What the demo round produced, in a form that does not depend on the random case ids. */
async function demoRound(database: TestDatabase) {
  const tenantId = await demoTenantId(database.handle.db);
  return withTenant(database.handle.db, tenantId, async (tx) => {
    const panel = createPanelRepository(tx);
    const [round] = await panel.rounds(tenantId);
    const items = await panel.items(tenantId, round!.id);
    const verdicts = await panel.verdictsOfRound(tenantId, round!.id);
    const result = await exPostFromRegistration(createBusinessCaseRepository(tx), tenantId, {
      closedFrom: "2025-05-01",
      closedTo: "2026-11-23",
      hourlyRateCents: 7500,
      priceYear: 2026,
      draws: 500,
      seed: 1,
      teamRates: {},
    });
    return {
      items: items.length,
      released: items.filter((i) => i.released).length,
      consensus: items.map((i) => `${i.packet.durationDays}:${i.consensus?.verdict}:${i.consensus?.unitsPerMonth}`).sort(),
      verdicts: verdicts.filter((v) => v.submitted).length,
      kappa: roundKappa(verdicts),
      result,
    };
  });
}

describe("demo panel round", () => {
  let first: TestDatabase;
  let second: TestDatabase;
  beforeAll(async () => {
    [first, second] = await Promise.all([openTestDatabase("pglite"), openTestDatabase("pglite")]);
    await seedDemoIfEmpty(first.handle.db, fastHasher, { sampleHouseholds: 60, today: TODAY });
    await seedDemoIfEmpty(second.handle.db, fastHasher, { sampleHouseholds: 60, today: TODAY });
  });
  afterAll(async () => {
    await first?.dispose();
    await second?.dispose();
  });

  it("completes one round: released packets, three verdicts each, consensus, and a computable kappa", async () => {
    const round = await demoRound(first);
    expect(round.items).toBeGreaterThanOrEqual(5);
    expect(round.released).toBe(round.items);
    expect(round.verdicts).toBe(3 * round.items);
    expect(round.consensus.every((c) => !c.includes("undefined"))).toBe(true);
    expect(round.kappa).not.toBeNull();
    expect(round.kappa!).toBeGreaterThan(0);
  });

  it("gives the demo business case benefits, factor counts and direct costs", async () => {
    const { result } = await demoRound(first);
    expect(result.reviewedScope.benefitsCents).toBeGreaterThan(0);
    expect(result.frontToBack).not.toBeNull();
    expect(result.costsByKindCents.vrijwilligerskosten + result.costsByKindCents.activiteit).toBeGreaterThan(0);
    expect(result.factors.some((f) => (f.cases ?? 0) >= 5)).toBe(true);
  });

  it("is reproducible: the same seed gives the same round on another database", async () => {
    const [a, b] = await Promise.all([demoRound(first), demoRound(second)]);
    expect(b.consensus).toEqual(a.consensus);
    expect(b.kappa).toBe(a.kappa);
    expect(b.result.reviewedScope.benefitsCents).toBe(a.result.reviewedScope.benefitsCents);
  });
});
