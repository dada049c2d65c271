import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { budgetPots, ledgerEntries, reviewItems, reviewRounds } from "../../db/schema/index";
import { withTenant } from "../../db/tenant-context";
import { testTargets } from "../../db/testing/databases";
import type { Me } from "../../domain/accounts/dto";
import type { CaseFile } from "../../domain/cases/dto";
import type { Household } from "../../domain/households/dto";
import type { RegistrationFigures } from "../../domain/registration-figures/dto";
import { day } from "../testing/dates";
import { type Client, type Harness, createHarness } from "../testing/harness";

// A period far in the past, so the demo data (if any) and other tests never fall inside it.
const FROM = "2001-01-01";
const TO = "2001-12-31";

describe.each(testTargets())("registration figures for model parameters (%s)", (target) => {
  let harness: Harness;
  let worker: Client;
  let advisor: Client;
  beforeAll(async () => {
    harness = await createHarness(target);
    worker = await harness.login("sociaal_werker");
    advisor = await harness.login("beleidsadviseur");
    const me = ((await (await worker.request("GET", "/api/v1/auth/me")).json()) as { user: Me }).user;
    const closed: CaseFile[] = [];
    for (let i = 0; i < 6; i++) {
      const household = (await (await worker.request("POST", "/api/v1/households", { name: `Huishouden RF ${i}`, teamId: me.teams[0]!.id })).json()) as Household;
      let file = (await (await worker.request("POST", "/api/v1/cases", { householdId: household.id, caseDirectorId: me.id, openedOn: "2001-02-01" })).json()) as CaseFile;
      expect(file.id, JSON.stringify(file)).toBeTruthy();
      await worker.request("POST", `/api/v1/cases/${file.id}/hours`, { workedOn: "2001-02-02", activity: "gesprek", hours: i + 1 });
      file = (await (await worker.request("POST", `/api/v1/cases/${file.id}/status`, { version: file.version, status: "afgesloten", on: "2001-06-01", closingOutcome: "andere_oplossing" })).json()) as CaseFile;
      closed.push(file);
    }
    const tenantId = me.tenant.id;
    await withTenant(harness.database.handle.db, tenantId, async (tx) => {
      const [round] = await tx.insert(reviewRounds).values({ tenantId, name: "Ronde", seed: 1, sampleSize: 5, closedFrom: FROM, closedTo: TO, stratifyByTeam: false, createdBy: me.id }).returning();
      for (const [i, file] of closed.slice(0, 5).entries()) {
        const verdict = i < 4 ? "reduced" : "none";
        await tx.insert(reviewItems).values({ tenantId, roundId: round!.id, caseId: file.id, packet: {}, consensus: { verdict, priceItemId: null, unitsPerMonth: null, months: null, decidedBy: me.id } });
      }
      const [pot] = await tx.insert(budgetPots).values({ tenantId, name: "Pot", kind: "other", year: 2001, annualAmountCents: 1_000_000 }).returning();
      for (const [i, amount] of [10_000, 20_000, 30_000].entries()) {
        await tx.insert(ledgerEntries).values({ tenantId, potId: pot!.id, kind: "spend", amountCents: -amount, balanceAfterCents: 0, bookedOn: `2001-03-0${i + 1}`, bookedBy: me.id });
      }
    });
  });
  afterAll(async () => harness?.close());

  const figures = async (from: string, to: string) => {
    const response = await advisor.request("GET", `/api/v1/registration-figures?from=${from}&to=${to}`);
    expect(response.status, await response.clone().text()).toBe(200);
    return Object.fromEntries(((await response.json()) as RegistrationFigures).figures.map((f) => [f.key, f]));
  };

  it("counts cases, the panel's effect share and hours per closed case; suppresses 3 bookings", async () => {
    const f = await figures(FROM, TO);
    expect(f.cases_opened).toMatchObject({ value: 6, basis: 6, suppressed: false });
    expect(f.cases_closed).toMatchObject({ value: 6, basis: 6 });
    expect(f.effect_share).toMatchObject({ value: 0.8, basis: 5, unit: "fraction" });
    expect(f.hours_per_case).toMatchObject({ value: (1 + 2 + 3 + 4 + 5 + 6) / 6, basis: 6 });
    expect(f.budget_spent).toEqual({ key: "budget_spent", unit: "cents", value: null, basis: null, suppressed: true });
  });

  it("gives empty figures for a period without registration, and checks the period", async () => {
    const f = await figures("2000-01-01", "2000-12-31");
    expect(f.cases_closed).toMatchObject({ value: 0, basis: 0 });
    expect(f.hours_per_case).toMatchObject({ value: null, basis: 0 });
    expect((await advisor.request("GET", "/api/v1/registration-figures?from=2001-12-31&to=2001-01-01")).status).toBe(400);
    expect((await advisor.request("GET", `/api/v1/registration-figures?from=${day(0)}`)).status).toBe(400);
  });

  it("is for policy advisors only", async () => {
    expect((await worker.request("GET", `/api/v1/registration-figures?from=${FROM}&to=${TO}`)).status).toBe(403);
  });
});
