import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { reviewItems, reviewRounds, reviewVerdicts, users } from "../../db/schema/index";
import { withTenant } from "../../db/tenant-context";
import { testTargets } from "../../db/testing/databases";
import { DEMO_INDEX_SERIES } from "../../demo/demo-index-series";
import type { Me } from "../../domain/accounts/dto";
import type { BusinessCaseResult } from "../../domain/businesscase/dto";
import { fleissKappa } from "../../engine/fleiss-kappa";
import type { CaseFile } from "../../domain/cases/dto";
import type { Household } from "../../domain/households/dto";
import type { PriceItem } from "../../domain/prices/dto";
import { day } from "../testing/dates";
import { type Client, type Harness, createHarness } from "../testing/harness";

type ErrorJson = { error: { code: string; details?: { issues?: { path: string; message: string }[] } } };
/** The index series the test tenant gets from the demo seed, by year. */
const demoIndex = Object.fromEntries(DEMO_INDEX_SERIES.map((point) => [point.year, point.value])) as Record<number, number>;

/** What each of the three reviewers said on the five reviewed cases, before their consensus. */
const PANEL_VERDICTS = [
  ["prevented", "prevented", "prevented"],
  ["prevented", "reduced", "prevented"],
  ["prevented", "prevented", "none"],
  ["none", "none", "none"],
  ["none", "prevented", "none"],
];

describe.each(testTargets())("ex-post business case from the registration (%s)", (target) => {
  let harness: Harness;
  let worker: Client;
  let controller: Client;
  let ib: PriceItem;
  let closed: CaseFile[];
  let teamId: string;
  beforeAll(async () => {
    harness = await createHarness(target);
    worker = await harness.login("sociaal_werker");
    controller = await harness.login("controller");
    const me = ((await (await worker.request("GET", "/api/v1/auth/me")).json()) as { user: Me }).user;
    ib = ((await (await worker.request("GET", "/api/v1/prices")).json()) as { items: PriceItem[] }).items.find((p) => p.code === "WMO-IB-UUR")!;
    closed = [];
    teamId = me.teams[0]!.id;
    for (let i = 0; i < 6; i++) {
      const household = (await (await worker.request("POST", "/api/v1/households", { name: `Huishouden BC ${i}`, teamId: me.teams[0]!.id })).json()) as Household;
      let file = (await (await worker.request("POST", "/api/v1/cases", { householdId: household.id, caseDirectorId: me.id, openedOn: day(-100) })).json()) as CaseFile;
      await worker.request("POST", `/api/v1/cases/${file.id}/hours`, { workedOn: day(-90), activity: "gesprek", hours: 2 });
      file = (await (await worker.request("POST", `/api/v1/cases/${file.id}/status`, { version: file.version, status: "afgesloten", on: day(-5), closingOutcome: i < 5 ? "andere_oplossing" : "maatwerk_nodig" })).json()) as CaseFile;
      closed.push(file);
    }
    // The panel's consensus for five of them, and the three reviewers' own verdicts behind it (the panel flow
    // itself is tested in panel.test.ts).
    const tenantId = me.tenant.id;
    await withTenant(harness.database.handle.db, tenantId, async (tx) => {
      const reviewers = (await tx.select({ id: users.id }).from(users).where(eq(users.tenantId, tenantId))).slice(0, 3);
      const [round] = await tx.insert(reviewRounds).values({ tenantId, name: "Ronde", seed: 1, sampleSize: 5, closedFrom: day(-30), closedTo: day(0), stratifyByTeam: false, createdBy: me.id }).returning();
      for (const [i, file] of closed.slice(0, 5).entries()) {
        const effect = i < 3;
        await tx.insert(reviewItems).values({
          tenantId,
          roundId: round!.id,
          caseId: file.id,
          packet: {},
          consensus: effect ? { verdict: "prevented", priceItemId: ib.id, unitsPerMonth: 10, months: 6, decidedBy: me.id } : { verdict: "none", priceItemId: null, unitsPerMonth: null, months: null, decidedBy: me.id },
        });
        for (const [r, reviewer] of reviewers.entries()) {
          const verdict = PANEL_VERDICTS[i]![r]!;
          await tx.insert(reviewVerdicts).values({ tenantId, roundId: round!.id, caseId: file.id, reviewerId: reviewer.id, verdict, submittedAt: new Date() });
        }
      }
    });
  });
  afterAll(async () => harness?.close());

  it("sets costs against avoided maatwerk indexed to the price year, and extrapolates with intervals", async () => {
    const response = await controller.request("GET", `/api/v1/businesscase?closedFrom=${day(-30)}&closedTo=${day(0)}&hourlyRateCents=7000&priceYear=2026&draws=500&seed=3`);
    expect(response.status, await response.clone().text()).toBe(200);
    const result = (await response.json()) as BusinessCaseResult;
    // The demo index series brings the item's price from its own year to 2026.
    const unit = (ib.priceCents * demoIndex[2026]!) / demoIndex[ib.priceYear]!;
    const benefits = Math.round(3 * 10 * 6 * unit);
    expect(result).toMatchObject({ cases: 6, reviewed: 5, verdicts: { prevented: null, reduced: 0, ended: 0, none: null }, closingOutcomes: { andere_oplossing: null, maatwerk_nodig: null, lichte_vorm: 0 } });
    // 5 "andere oplossing" is hidden with the 1 "maatwerk nodig": shown, it would give that one away (6 closed − 5).
    expect(result.effectShare.value).toBeCloseTo(0.6, 12);
    expect(result.effectShare.wilson95![0]).toBeLessThan(0.6);
    expect(result.reviewedScope).toMatchObject({ costsCents: 5 * 2 * 7000, benefitsCents: benefits, netCents: benefits - 70_000 });
    expect(result.reviewedScope.benefitsByPayerCents.gemeente_wmo).toBe(benefits);
    expect(result.allCases.costsCents).toBe(6 * 2 * 7000);
    // Rounded to cents only at the edge: within one cent of the hand computation.
    expect(Math.abs(result.allCases.extrapolatedBenefitsCents! - ((3 * 10 * 6 * unit) / 5) * 6)).toBeLessThanOrEqual(0.5);
    const [lo, hi] = result.allCases.bootstrapNet95Cents!;
    expect(lo).toBeLessThanOrEqual(result.allCases.extrapolatedNetCents!);
    expect(hi).toBeGreaterThanOrEqual(result.allCases.extrapolatedNetCents!);
    const front = result.frontToBack!;
    expect(front.perEuro).toBeCloseTo(result.allCases.extrapolatedBenefitsCents! / result.allCases.costsCents, 4);
    expect(front.interval95![0]).toBeCloseTo((lo + result.allCases.costsCents) / result.allCases.costsCents, 4);
    expect(front.interval95![0]).toBeLessThanOrEqual(front.perEuro + 1e-9);
    // Panel agreement over exactly these five cases: prevented, reduced, ended, none per case.
    const counts = PANEL_VERDICTS.map((set) => ["prevented", "reduced", "ended", "none"].map((c) => set.filter((v) => v === c).length));
    expect(result.panelAgreement.cases).toBe(5);
    expect(result.panelAgreement.fleissKappa).toBeCloseTo(fleissKappa(counts), 12);
    const again = (await (await controller.request("GET", `/api/v1/businesscase?closedFrom=${day(-30)}&closedTo=${day(0)}&hourlyRateCents=7000&priceYear=2026&draws=500&seed=3`)).json()) as BusinessCaseResult;
    expect(again).toEqual(result);
  });

  it("adds cost lines and team rates to the costs, counts factors and filters by approach", async () => {
    const labels = ((await (await worker.request("GET", "/api/v1/case-labels")).json()) as { items: { id: string; label: string }[] }).items;
    const id = (label: string) => labels.find((l) => l.label === label)!.id;
    for (const file of closed) await worker.request("PUT", `/api/v1/cases/${file.id}/labels/${id("Netwerk ingezet")}`);
    await worker.request("PUT", `/api/v1/cases/${closed[0]!.id}/labels/${id("Wachtlijst")}`);
    for (const file of closed.slice(0, 5)) await worker.request("PUT", `/api/v1/cases/${file.id}/approach`, { approachId: id("Wijkteam") });
    await worker.request("POST", `/api/v1/cases/${closed[0]!.id}/cost-lines`, { kind: "vrijwilligerskosten", description: "Reiskosten", amountCents: 2500, spentOn: day(-4) });
    await worker.request("POST", `/api/v1/cases/${closed[1]!.id}/cost-lines`, { kind: "activiteit", description: "Kookavond", amountCents: 1200, spentOn: day(-4) });
    const base = `/api/v1/businesscase?closedFrom=${day(-30)}&closedTo=${day(0)}&hourlyRateCents=7000&priceYear=2026&draws=200&seed=3`;
    const result = (await (await controller.request("GET", `${base}&teamRates=${teamId}:8000`)).json()) as BusinessCaseResult;
    // Six cases of 2 hours at the team's € 80, plus € 25 + € 12 of cost lines.
    expect(result.costsByKindCents).toEqual({ hours: 6 * 2 * 8000, budget: 0, vrijwilligerskosten: 2500, activiteit: 1200, overig: 0 });
    expect(result.allCases.costsCents).toBe(6 * 2 * 8000 + 3700);
    expect(result.factors.find((f) => f.label === "Netwerk ingezet")!.cases).toBe(6);
    expect(result.factors.find((f) => f.label === "Wachtlijst")!.cases).toBeNull();
    expect(result.factors.find((f) => f.label === "Snelle toegang")!.cases).toBe(0);
    const choices = (await (await controller.request("GET", "/api/v1/businesscase/filters")).json()) as { teams: { id: string }[]; approaches: { label: string }[] };
    expect(choices.teams.map((t) => t.id)).toContain(teamId);
    expect(choices.approaches.map((a) => a.label)).toContain("Wijkteam");
    const approach = (await (await controller.request("GET", `${base}&approachId=${id("Wijkteam")}`)).json()) as BusinessCaseResult;
    expect(approach.cases).toBe(5);
    const badRate = await controller.request("GET", `${base}&teamRates=${teamId}:abc`);
    expect(((await badRate.json()) as ErrorJson).error.details!.issues![0]!.path).toBe("query.teamRates");
    const fewer = await controller.request("GET", `${base}&teamId=${teamId}&approachId=${id("Casusplatform")}`);
    expect(fewer.status).toBe(400);
  });

  it("refuses a selection of fewer than 5 cases and is not open to case workers", async () => {
    const few = await controller.request("GET", `/api/v1/businesscase?closedFrom=2020-01-01&closedTo=2020-12-31&hourlyRateCents=7000&priceYear=2026`);
    expect(((await few.json()) as ErrorJson).error.details!.issues![0]!.path).toBe("closedFrom");
    expect((await worker.request("GET", `/api/v1/businesscase?closedFrom=${day(-30)}&closedTo=${day(0)}&hourlyRateCents=7000&priceYear=2026`)).status).toBe(403);
  });
});
