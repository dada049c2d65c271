import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createCasesRepository } from "../db/repositories/cases";
import { createPlatformRepository } from "../db/repositories/platform";
import { withTenant } from "../db/tenant-context";
import type { TestDatabase } from "../db/testing/databases";
import type { Me } from "../domain/accounts/dto";
import { policyPlatformStats } from "../domain/platform/policy-stats";
import { type PlatformDeps, escalationDetail, listEscalations, platformStats, searchEvaluations } from "../domain/platform/service";
import { actingAs } from "./acting-as";
import { openSeededDemo } from "./testing/seeded-demo";

const today = new Date("2026-11-23T12:00:00Z");

describe("demo casusplatform", () => {
  let database: TestDatabase;
  let tenantId: string;
  const asOntschotter = <T>(work: (deps: PlatformDeps, me: Me) => Promise<T>) =>
    withTenant(database.handle.db, tenantId, async (tx) => work({ platform: createPlatformRepository(tx), cases: createCasesRepository(tx), now: () => today }, await actingAs(tx, tenantId, "ontschotter")));
  beforeAll(async () => {
    ({ database, tenantId } = await openSeededDemo("pglite", { sampleHouseholds: 40, today }));
  }, 120_000);
  afterAll(async () => database?.dispose());

  it("has enough cases come loose for a median and P90 of days to vlot, also in the policy report, and some over the three-week target", async () => {
    const stats = await asOntschotter((deps) => platformStats(deps, tenantId));
    expect(stats.unstuck).toBeGreaterThanOrEqual(5);
    expect(stats.medianDays).toBeGreaterThan(0);
    expect(stats.medianDays!).toBeLessThanOrEqual(stats.targetDays);
    expect(stats.p90Days!).toBeGreaterThan(stats.targetDays);
    expect(policyPlatformStats(stats)).toMatchObject({ unstuck: stats.unstuck, medianDays: stats.medianDays, p90Days: stats.p90Days });
  });

  it("lists a case still stuck past the target, with its platform meeting, the resident's first question and actions with owners and due dates", async () => {
    const { overdue, detail } = await asOntschotter(async (deps, me) => {
      const list = await listEscalations(deps, tenantId, me, { overdueOnly: true });
      return { overdue: list, detail: list[0] ? await escalationDetail(deps, tenantId, me, list[0].id) : null };
    });
    expect(overdue.length).toBeGreaterThanOrEqual(1);
    expect(overdue[0]!.daysOpen).toBeGreaterThan(21);
    const meeting = detail!.meetings[0]!;
    expect(meeting.invited.length).toBeGreaterThan(1);
    expect(meeting.firstQuestion).not.toBe("");
    expect(meeting.actions.every((a) => a.owner !== "" && a.dueOn >= meeting.heldOn)).toBe(true);
  });

  it("records breakthroughs and one mandated decision of the ontschotter in the meetings of the cases that came loose", async () => {
    const meetings = await asOntschotter(async (deps, me) => {
      const loose = (await listEscalations(deps, tenantId, me, {})).filter((e) => e.unstuckOn !== null);
      return (await Promise.all(loose.map((e) => escalationDetail(deps, tenantId, me, e.id)))).flatMap((d) => d.meetings);
    });
    expect(meetings.filter((m) => m.breakthrough).length).toBeGreaterThanOrEqual(5);
    expect(meetings.filter((m) => m.mandatedDecision).length).toBe(1);
  });

  it("finds the evaluations by what worked, what was learned and the rule that got in the way", async () => {
    const [dog, fund, all] = await asOntschotter((deps) => Promise.all([searchEvaluations(deps, tenantId, "hulphond"), searchEvaluations(deps, tenantId, "noodfonds"), searchEvaluations(deps, tenantId, "")]));
    expect(dog.map((e) => e.blockingRule)).toEqual(["Wmo-verordening kent de hulphond niet als voorziening"]);
    expect(fund.length).toBeGreaterThanOrEqual(1);
    expect(all.length).toBeGreaterThanOrEqual(5);
  });
});
