import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testTargets } from "../../db/testing/databases";
import type { Me, Organisation } from "../../domain/accounts/dto";
import type { CaseFile } from "../../domain/cases/dto";
import type { Household } from "../../domain/households/dto";
import type { Contract, Provider, TrajectoryComparisonResult } from "../../domain/monitor/dto";
import { day } from "../testing/dates";
import { type Client, type Harness, createHarness } from "../testing/harness";

type ErrorJson = { error: { code: string } };

describe.each(testTargets())("own trajectories against providers, contract changes and exports (%s)", (target) => {
  let harness: Harness;
  let worker: Client;
  let advisor: Client;
  let controller: Client;
  let provider: Organisation;
  let contract: Contract;
  const query = `closedFrom=${day(-365)}&closedTo=${day(0)}&hourlyRateCents=6000&draws=500&seed=7`;

  beforeAll(async () => {
    harness = await createHarness(target);
    worker = await harness.login("sociaal_werker");
    advisor = await harness.login("beleidsadviseur");
    controller = await harness.login("controller");
    const admin = await harness.login("beheerder");
    provider = (await (await admin.request("POST", "/api/v1/organisations", { name: "Aanbieder Traject BV" })).json()) as Organisation;
    const me = ((await (await worker.request("GET", "/api/v1/auth/me")).json()) as { user: Me }).user;
    const trajectory = async (name: string, providerId: string | null, opened: number, closed: number, hours: number) => {
      const household = (await (await worker.request("POST", "/api/v1/households", { name, teamId: me.teams[0]!.id })).json()) as Household;
      const file = (await (await worker.request("POST", "/api/v1/cases", { householdId: household.id, caseDirectorId: me.id, providerOrganisationId: providerId, openedOn: day(opened) })).json()) as CaseFile;
      if (hours > 0) expect((await worker.request("POST", `/api/v1/cases/${file.id}/hours`, { workedOn: day(opened + 1), activity: "gesprek", hours })).status).toBe(201);
      const closing = await worker.request("POST", `/api/v1/cases/${file.id}/status`, { version: file.version, status: "afgesloten", on: day(closed), closingOutcome: "lichte_vorm", satisfaction: 8 });
      expect(closing.status, await closing.clone().text()).toBe(200);
    };
    // Own: 1 … 5 hours at € 60 (mean € 180), 50 days each. Provider: 5 trajectories of 100 days at € 3.000 each.
    for (const h of [1, 2, 3, 4, 5]) await trajectory(`Huishouden Eigen ${h}`, null, -100, -50, h);
    for (const i of [1, 2, 3, 4, 5]) await trajectory(`Huishouden Aanbieder ${i}`, provider.id, -120, -20, 0);
    const response = await advisor.request("POST", "/api/v1/contracts", { organisationId: provider.id, name: "Trajectprijs", financing: "per_trajectory", startsOn: day(-365), endsOn: day(365), amountCents: 300_000 });
    expect(response.status, await response.clone().text()).toBe(201);
    contract = (await response.json()) as Contract;
  });
  afterAll(async () => harness?.close());

  it("compares cost per trajectory, duration and satisfaction with intervals; own costs 6% of the provider here", async () => {
    const response = await controller.request("GET", `/api/v1/monitor/trajectories?${query}`);
    expect(response.status, await response.clone().text()).toBe(200);
    const result = (await response.json()) as TrajectoryComparisonResult;
    const own = result.groups.find((g) => g.kind === "own")!;
    expect(own).toMatchObject({ trajectories: 5, withoutContract: 0, durationDays: { mean: 50, interval95: [50, 50] }, satisfaction: { mean: 8 } });
    expect(own.costCents!.mean).toBe(18_000);
    expect(own.costCents!.interval95[0]).toBeGreaterThanOrEqual(6_000);
    expect(own.costCents!.interval95[0]).toBeLessThan(18_000);
    expect(own.costCents!.interval95[1]).toBeGreaterThan(18_000);
    const theirs = result.groups.find((g) => g.organisationId === provider.id)!;
    expect(theirs).toMatchObject({ kind: "provider", name: "Aanbieder Traject BV", financing: ["per_trajectory"], trajectories: 5, costCents: { mean: 300_000, interval95: [300_000, 300_000] }, durationDays: { mean: 100 } });
    expect(result.ownCostShare!.ratio).toBeCloseTo(0.06, 9);
    expect(result.settings).toMatchObject({ draws: 500, seed: 7, asOf: day(0) });
    // The same seed gives the same interval.
    expect(await (await controller.request("GET", `/api/v1/monitor/trajectories?${query}`)).json()).toEqual(result);
  });

  it("suppresses a group of fewer than 5 trajectories", async () => {
    const narrow = `closedFrom=${day(-30)}&closedTo=${day(0)}&hourlyRateCents=6000`;
    const result = (await (await advisor.request("GET", `/api/v1/monitor/trajectories?${narrow}`)).json()) as TrajectoryComparisonResult;
    expect(result.groups.find((g) => g.kind === "own")).toMatchObject({ trajectories: 0, costCents: null });
    expect(result.groups.find((g) => g.organisationId === provider.id)).toMatchObject({ trajectories: 5 });
    const one = await (await harness.login("sociaal_werker")).request("GET", "/api/v1/monitor/trajectories?" + narrow);
    expect(one.status).toBe(403);
  });

  it("lists the providers and changes a contract, answering 409 to a stale version", async () => {
    const providers = ((await (await advisor.request("GET", "/api/v1/monitor/providers")).json()) as { items: Provider[] }).items;
    expect(providers.map((p) => p.name)).toContain("Aanbieder Traject BV");
    const { id, organisationName: _n, version, ...fields } = contract;
    const changed = await advisor.request("PUT", `/api/v1/contracts/${id}`, { ...fields, name: "Trajectprijs 2025/2026: [regio]", amountCents: 350_000, version });
    expect(changed.status, await changed.clone().text()).toBe(200);
    expect(((await changed.json()) as Contract).version).toBe(version + 1);
    const stale = await advisor.request("PUT", `/api/v1/contracts/${id}`, { ...fields, amountCents: 1, version });
    expect(stale.status).toBe(409);
    expect(((await stale.json()) as ErrorJson).error.code).toBe("version_conflict");
    const result = (await (await advisor.request("GET", `/api/v1/monitor/trajectories?${query}`)).json()) as TrajectoryComparisonResult;
    expect(result.groups.find((g) => g.organisationId === provider.id)!.costCents!.mean).toBe(350_000);
    expect((await controller.request("PUT", `/api/v1/contracts/${id}`, { ...fields, version: version + 1 })).status).toBe(403);
  });

  it("exports the comparison, the KPIs, the benchmark and € 1 at the front as CSV and Excel", async () => {
    const csv = await advisor.request("GET", `/api/v1/monitor/trajectories.csv?${query}`);
    expect(csv.status).toBe(200);
    expect(csv.headers.get("content-type")).toContain("text/csv");
    const text = await csv.text();
    expect(text).toContain("Eigen trajecten;Uren × uurtarief + directe kosten;5;0;180,00;");
    expect(text).toContain("Aanbieder Traject BV;Per traject;5;0;3500,00;3500,00;3500,00;100,0;");
    const xlsx = await advisor.request("GET", `/api/v1/monitor/trajectories.xlsx?${query}`);
    expect(xlsx.status).toBe(200);
    expect(new Uint8Array(await xlsx.arrayBuffer()).slice(0, 2)).toEqual(Uint8Array.of(0x50, 0x4b)); // zip

    const kpis = await (await advisor.request("GET", `/api/v1/monitor/contracts/${contract.id}/kpis.csv?from=${day(-365)}&to=${day(0)}`)).text();
    expect(kpis).toContain("Gemiddelde tevredenheid;8,0;≥ 7,5;Groen: doel gehaald");
    expect(kpis).toContain("Bereik (gestarte trajecten);5;");
    // The contract's name has characters an Excel sheet name may not have.
    const kpiXlsx = await advisor.request("GET", `/api/v1/monitor/contracts/${contract.id}/kpis.xlsx?from=${day(-365)}&to=${day(0)}`);
    expect(kpiXlsx.status, await kpiXlsx.clone().text()).toBe(200);
    const benchXlsx = await advisor.request("GET", "/api/v1/monitor/benchmarks.xlsx?municipality=Voorbeeld&peers=Buurdorp&baseYear=2015");
    expect(benchXlsx.status).toBe(200);

    const bench = await (await advisor.request("GET", "/api/v1/monitor/benchmarks.csv?municipality=Voorbeeld&peers=Buurdorp,Kempenstad,Heidebeek,Molenveld&baseYear=2015")).text();
    expect(bench).toContain("Wmo-cliënten;2020;-2,0;30,2"); // the demo set follows Oirschot: peers about +30%
    expect(bench).toContain("2020;98,0;130,2");
    expect(bench).toContain("Wmo-uitgaven;2020;8,0;27,3");

    const front = await advisor.request("GET", `/api/v1/monitor/front-to-back.csv?closedFrom=${day(-365)}&closedTo=${day(0)}&hourlyRateCents=6000&priceYear=2026`);
    expect(front.status, await front.clone().text()).toBe(200);
    expect(await front.text()).toContain("€ 1 aan de voorkant");
  });
});
