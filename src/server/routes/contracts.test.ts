import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testTargets } from "../../db/testing/databases";
import type { Me, Organisation } from "../../domain/accounts/dto";
import type { CaseFile } from "../../domain/cases/dto";
import type { Household } from "../../domain/households/dto";
import type { Contract, ContractKpis } from "../../domain/monitor/dto";
import { day } from "../testing/dates";
import { type Client, type Harness, createHarness } from "../testing/harness";

type ErrorJson = { error: { code: string; details?: { issues?: { path: string }[] } } };

describe.each(testTargets())("contracts and KPIs (%s)", (target) => {
  let harness: Harness;
  let worker: Client;
  let advisor: Client;
  let contract: Contract;
  beforeAll(async () => {
    harness = await createHarness(target);
    worker = await harness.login("sociaal_werker");
    advisor = await harness.login("beleidsadviseur");
    const admin = await harness.login("beheerder");
    const provider = (await (await admin.request("POST", "/api/v1/organisations", { name: "Zorgconsortium Voorbeeld" })).json()) as Organisation;
    const me = ((await (await worker.request("GET", "/api/v1/auth/me")).json()) as { user: Me }).user;
    // Six trajectories with the provider: five stable or better, one worse; satisfaction 8 on average.
    const levels: [number, number, number][] = [
      [2, 3, 8],
      [2, 2, 9],
      [3, 4, 7],
      [1, 3, 8],
      [2, 4, 8],
      [4, 2, 8],
    ];
    for (const [i, [before, after, score]] of levels.entries()) {
      const household = (await (await worker.request("POST", "/api/v1/households", { name: `Huishouden K${i}`, teamId: me.teams[0]!.id })).json()) as Household;
      let file = (await (await worker.request("POST", "/api/v1/cases", { householdId: household.id, caseDirectorId: me.id, providerOrganisationId: provider.id, openedOn: day(-250) })).json()) as CaseFile;
      expect(file.providerOrganisationId).toBe(provider.id);
      await worker.request("POST", `/api/v1/cases/${file.id}/measurements`, { instrumentCode: "zrm", moment: "start", measuredOn: day(-240), scores: [{ domain: "financien", level: before, reason: "Schulden" }] });
      await worker.request("POST", `/api/v1/cases/${file.id}/measurements`, { instrumentCode: "zrm", moment: "na_6_maanden", measuredOn: day(-55), scores: [{ domain: "financien", level: after, reason: "Vervolg" }] });
      file = (await (await worker.request("POST", `/api/v1/cases/${file.id}/status`, { version: file.version, status: "afgesloten", on: day(-50), closingOutcome: "lichte_vorm", satisfaction: score })).json()) as CaseFile;
    }
    const response = await advisor.request("POST", "/api/v1/contracts", { organisationId: provider.id, name: "Lumpsum ondersteuning", financing: "lump_sum", startsOn: day(-365), endsOn: day(365), amountCents: 100_000_000, targetStableOrBetter: 0.75, targetSatisfaction: 7.5, targetReach: 10 });
    expect(response.status, await response.clone().text()).toBe(201);
    contract = (await response.json()) as Contract;
  });
  afterAll(async () => harness?.close());

  it("computes the KPIs from the linked trajectories' measurements and closings, with traffic lights", async () => {
    const kpis = (await (await advisor.request("GET", `/api/v1/contracts/${contract.id}/kpis?from=${day(-365)}&to=${day(0)}`)).json()) as ContractKpis;
    expect(kpis.stableOrBetter).toMatchObject({ measured: 6, target: 0.75, light: "groen" });
    expect(kpis.stableOrBetter.value).toBeCloseTo(5 / 6, 12);
    expect(kpis.satisfaction).toMatchObject({ value: 8, scored: 6, light: "groen" });
    expect(kpis.reach).toMatchObject({ value: 6, target: 10, light: "rood" });
    expect(kpis.trend.length).toBeGreaterThanOrEqual(4);
  });

  it("records results conversations and refuses a contract with an unknown provider", async () => {
    expect((await advisor.request("POST", `/api/v1/contracts/${contract.id}/notes`, { heldOn: day(0), text: "Doel gehaald; bereik blijft achter." })).status).toBe(201);
    const notes = ((await (await advisor.request("GET", `/api/v1/contracts/${contract.id}/notes`)).json()) as { items: { text: string }[] }).items;
    expect(notes.map((n) => n.text)).toEqual(["Doel gehaald; bereik blijft achter."]);
    const unknown = await advisor.request("POST", "/api/v1/contracts", { organisationId: "00000000-0000-4000-8000-000000000000", name: "x", financing: "lump_sum", startsOn: day(0), endsOn: day(1), amountCents: 1 });
    expect(((await unknown.json()) as ErrorJson).error.details!.issues![0]!.path).toBe("organisationId");
  });
});
