import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testTargets } from "../../db/testing/databases";
import type { Me } from "../../domain/accounts/dto";
import type { CaseFile } from "../../domain/cases/dto";
import type { Household } from "../../domain/households/dto";
import type { PriceItem } from "../../domain/prices/dto";
import type { Scenarios } from "../../domain/scenarios/dto";
import { type Client, type Harness, createHarness } from "../testing/harness";
import { day } from "../testing/dates";

type ErrorJson = { error: { code: string; details?: { issues?: { path: string; message: string }[] } } };

describe.each(testTargets())("three-scenario costing (%s)", (target) => {
  let harness: Harness;
  let worker: Client;
  let caseFile: CaseFile;
  let prices: PriceItem[];
  beforeAll(async () => {
    harness = await createHarness(target);
    worker = await harness.login("sociaal_werker");
    const me = ((await (await worker.request("GET", "/api/v1/auth/me")).json()) as { user: Me }).user;
    const household = (await (await worker.request("POST", "/api/v1/households", { name: "Huishouden Dekker", teamId: me.teams[0]!.id })).json()) as Household;
    caseFile = (await (await worker.request("POST", "/api/v1/cases", { householdId: household.id, caseDirectorId: me.id, openedOn: day(0) })).json()) as CaseFile;
    prices = ((await (await worker.request("GET", "/api/v1/prices")).json()) as { items: PriceItem[] }).items;
  });
  afterAll(async () => harness?.close());

  it("computes the expected cost per scenario and payer and the differences", async () => {
    const ib = prices.find((p) => p.code === "WMO-IB-UUR")!;
    const dagb = prices.find((p) => p.code === "ALG-DAGB-INF")!;
    const body = {
      version: 0,
      lines: {
        niets_doen: [{ label: "Opname in Wlz-instelling", unitPriceCents: 7_500_000, quantity: 1, periods: 1, payer: "wlz", probability: 0.2 }],
        regulier: [{ label: "Individuele begeleiding 3 uur/week", priceItemId: ib.id, quantity: 13, periods: 6 }],
        alternatief: [
          { label: "Informele dagbesteding 2 dagen/week", priceItemId: dagb.id, quantity: 8, periods: 6 },
          { label: "Fietsmaatje (vrijwilliger), onkosten", unitPriceCents: 2500, quantity: 1, periods: 6, payer: "gemeente_overig", probability: 1 },
        ],
      },
      justification: { rechtmatigheid: "Past binnen de Wmo-verordening", rendement: "Goedkoper en dichter bij huis", betrokkenheid: "Meneer kiest zelf voor de sporthal" },
    };
    const response = await worker.request("PUT", `/api/v1/cases/${caseFile.id}/scenarios`, body);
    expect(response.status, await response.clone().text()).toBe(200);
    const result = (await response.json()) as Scenarios;
    const regular = ib.priceCents * 13 * 6;
    const alternative = dagb.priceCents * 8 * 6 + 2500 * 6;
    expect(result.totals.niets_doen).toEqual({ expectedCents: 1_500_000, byPayerCents: { wlz: 1_500_000 } });
    expect(result.totals.regulier.expectedCents).toBe(regular);
    expect(result.totals.alternatief).toEqual({ expectedCents: alternative, byPayerCents: { huishouden: dagb.priceCents * 48, gemeente_overig: 15_000 } });
    expect(result.differences.alternatiefVsRegulier.expectedCents).toBe(alternative - regular);
    expect(result.differences.alternatiefVsRegulier.byPayerCents).toMatchObject({ gemeente_wmo: -regular });
    expect(result.differences.alternatiefVsNietsDoen.expectedCents).toBe(alternative - 1_500_000);
    expect(result.lines.regulier[0]).toMatchObject({ payer: "gemeente_wmo", unitPriceCents: ib.priceCents, probability: 1 });
    expect(result.justification.betrokkenheid).toBe("Meneer kiest zelf voor de sporthal");
    expect((await worker.request("PUT", `/api/v1/cases/${caseFile.id}/scenarios`, body)).status).toBe(409);
  });

  it("explains incomplete lines at their place", async () => {
    const response = await worker.request("PUT", `/api/v1/cases/${caseFile.id}/scenarios`, {
      version: 1,
      lines: { niets_doen: [], regulier: [{ label: "Iets", quantity: 1, periods: 1, probability: 1.5 }], alternatief: [] },
      justification: { rechtmatigheid: "", rendement: "", betrokkenheid: "" },
    });
    const issues = ((await response.json()) as ErrorJson).error.details!.issues!.map((i) => `${i.path}: ${i.message}`);
    expect(issues).toEqual(
      expect.arrayContaining([
        "lines.regulier.0.probability: Een kans ligt tussen 0 en 1",
        "lines.regulier.0.unitPriceCents: Kies een product uit de prijslijst of vul een bedrag in",
        "lines.regulier.0.payer: Kies wie betaalt",
      ]),
    );
  });
});
