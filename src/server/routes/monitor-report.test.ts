import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { reviewItems, reviewRounds } from "../../db/schema/index";
import { withTenant } from "../../db/tenant-context";
import { testTargets } from "../../db/testing/databases";
import type { Me, Organisation } from "../../domain/accounts/dto";
import type { BusinessCaseResult } from "../../domain/businesscase/dto";
import type { CaseFile } from "../../domain/cases/dto";
import type { Household } from "../../domain/households/dto";
import type { Contract, ContractKpis } from "../../domain/monitor/dto";
import type { PriceItem } from "../../domain/prices/dto";
import { formatRatio } from "../../reports/dutch-format";
import { extractPdfText } from "../../reports/pdf/pdf-text";
import { day } from "../testing/dates";
import { type Client, type Harness, createHarness } from "../testing/harness";
import { cellRightOf, loadWorkbook, rowsOf } from "../testing/workbook-rows";

type Comparison = { growth: { year: number; own: number; peers: number }; own: { series: { year: number; index: number }[] }; peers: { series: { year: number; index: number }[] } };
type ErrorJson = { error: { details?: { issues?: { path: string }[] } } };

const PEERS = "Buurdorp,Kempenstad,Heidebeek,Molenveld";

describe.each(testTargets())("monitor report (%s)", (target) => {
  let harness: Harness;
  let controller: Client;
  let query: string;
  let big: Contract;
  beforeAll(async () => {
    harness = await createHarness(target);
    const worker = await harness.login("sociaal_werker");
    const advisor = await harness.login("beleidsadviseur");
    const admin = await harness.login("beheerder");
    controller = await harness.login("controller");
    const me = ((await (await worker.request("GET", "/api/v1/auth/me")).json()) as { user: Me }).user;
    const ib = ((await (await worker.request("GET", "/api/v1/prices")).json()) as { items: PriceItem[] }).items.find((p) => p.code === "WMO-IB-UUR")!;
    const trajectories = async (provider: Organisation, count: number) => {
      const files: CaseFile[] = [];
      for (let i = 0; i < count; i++) {
        const household = (await (await worker.request("POST", "/api/v1/households", { name: `Huishouden M${provider.name}${i}`, teamId: me.teams[0]!.id })).json()) as Household;
        let file = (await (await worker.request("POST", "/api/v1/cases", { householdId: household.id, caseDirectorId: me.id, providerOrganisationId: provider.id, openedOn: day(-250) })).json()) as CaseFile;
        await worker.request("POST", `/api/v1/cases/${file.id}/hours`, { workedOn: day(-200), activity: "gesprek", hours: 4 });
        await worker.request("POST", `/api/v1/cases/${file.id}/measurements`, { instrumentCode: "zrm", moment: "start", measuredOn: day(-240), scores: [{ domain: "financien", level: 2, reason: "Schulden" }] });
        await worker.request("POST", `/api/v1/cases/${file.id}/measurements`, { instrumentCode: "zrm", moment: "na_6_maanden", measuredOn: day(-55), scores: [{ domain: "financien", level: i === 0 ? 1 : 3, reason: "Vervolg" }] });
        file = (await (await worker.request("POST", `/api/v1/cases/${file.id}/status`, { version: file.version, status: "afgesloten", on: day(-50), closingOutcome: "lichte_vorm", satisfaction: 8 })).json()) as CaseFile;
        files.push(file);
      }
      return files;
    };
    const consortium = (await (await admin.request("POST", "/api/v1/organisations", { name: "Zorgconsortium Rapport" })).json()) as Organisation;
    const small = (await (await admin.request("POST", "/api/v1/organisations", { name: "Kleine aanbieder" })).json()) as Organisation;
    const files = await trajectories(consortium, 6);
    await trajectories(small, 2);
    big = (await (await advisor.request("POST", "/api/v1/contracts", { organisationId: consortium.id, name: "Lumpsum rapport", financing: "lump_sum", startsOn: day(-365), endsOn: day(365), amountCents: 50_000_000, targetReach: 5 })).json()) as Contract;
    await advisor.request("POST", "/api/v1/contracts", { organisationId: small.id, name: "Klein contract", financing: "per_trajectory", startsOn: day(-365), endsOn: day(365), amountCents: 1_000_000 });
    // The panel's consensus on five of the consortium's closed cases, for "€ 1 at the front".
    await withTenant(harness.database.handle.db, me.tenant.id, async (tx) => {
      const [round] = await tx.insert(reviewRounds).values({ tenantId: me.tenant.id, name: "Ronde", seed: 1, sampleSize: 5, closedFrom: day(-365), closedTo: day(0), stratifyByTeam: false, createdBy: me.id }).returning();
      for (const file of files.slice(0, 5)) {
        await tx.insert(reviewItems).values({ tenantId: me.tenant.id, roundId: round!.id, caseId: file.id, packet: {}, consensus: { verdict: "reduced", priceItemId: ib.id, unitsPerMonth: 6, months: 4, decidedBy: me.id } });
      }
    });
    query = `from=${day(-365)}&to=${day(0)}&municipality=Voorbeeld&peers=${PEERS}&baseYear=2015&hourlyRateCents=7000&priceYear=2026&draws=500&seed=2`;
  });
  afterAll(async () => harness?.close());

  const json = async <T>(path: string) => (await (await controller.request("GET", path)).json()) as T;

  it("answers a PDF with the KPIs and their traffic lights in words, the benchmark and € 1 at the front", async () => {
    const response = await controller.request("GET", `/api/v1/monitor/report.pdf?${query}`);
    expect(response.status, await response.clone().text()).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/pdf");
    const pdf = new Uint8Array(await response.arrayBuffer());
    expect(Buffer.from(pdf.subarray(0, 5)).toString()).toBe("%PDF-");
    const text = extractPdfText(pdf);
    for (const heading of ["Monitor sociaal domein", "Contracten en resultaten", "KPI's per contract", "Trend per kwartaal", "Benchmark met vergelijkbare gemeenten", "Wmo-cliënten", "Wmo-uitgaven", "Eigen trajecten tegen gecontracteerde aanbieders", "€ 1 aan de voorkant"]) {
      expect(text).toContain(heading);
    }
    expect(text).toContain("Groen: norm gehaald");
    const business = await json<BusinessCaseResult>(`/api/v1/businesscase?closedFrom=${day(-365)}&closedTo=${day(0)}&hourlyRateCents=7000&priceYear=2026&draws=500&seed=2`);
    expect(text).toContain(`€ 1 aan de voorkant bespaart € ${formatRatio(business.frontToBack!.perEuro)} aan de achterkant`);
  });

  it("answers an Excel workbook with the JSON endpoints' figures, small counts suppressed", async () => {
    const response = await controller.request("GET", `/api/v1/monitor/report.xlsx?${query}`);
    expect(response.status).toBe(200);
    const workbook = await loadWorkbook(response);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(["Samenvatting", "Toelichting", "Contracten", "KPI's per contract", "Trend per kwartaal", "Benchmark Wmo-cliënten", "Benchmark Wmo-uitgaven", "Eigen trajecten en aanbieders", "Eigen kosten t.o.v. aanbieder", "Voorkant en achterkant"]);
    const kpis = await json<ContractKpis>(`/api/v1/contracts/${big.id}/kpis?from=${day(-365)}&to=${day(0)}`);
    const rows = rowsOf(workbook.getWorksheet("KPI's per contract")!);
    const stable = rows.find((row) => row[0] === "Lumpsum rapport" && String(row[1]).startsWith("Zelfredzaamheid"))!;
    expect(stable.slice(2, 6)).toEqual([kpis.stableOrBetter.value, 0.75, "Groen: norm gehaald", kpis.stableOrBetter.measured]);
    const smallReach = rows.find((row) => row[0] === "Klein contract" && String(row[1]).startsWith("Bereik"))!;
    expect(smallReach[2]).toBe("<5");
    const comparison = await json<Comparison>(`/api/v1/benchmarks/compare?municipality=Voorbeeld&peers=${PEERS}&indicator=wmo_clienten&baseYear=2015`);
    const benchmark = workbook.getWorksheet("Benchmark Wmo-cliënten")!;
    expect(cellRightOf(benchmark, "2020")).toBe(comparison.own.series.find((p) => p.year === 2020)!.index);
    expect(cellRightOf(benchmark, "2020", 2)).toBe(comparison.peers.series.find((p) => p.year === 2020)!.index);
    const business = await json<BusinessCaseResult>(`/api/v1/businesscase?closedFrom=${day(-365)}&closedTo=${day(0)}&hourlyRateCents=7000&priceYear=2026&draws=500&seed=2`);
    const front = workbook.getWorksheet("Voorkant en achterkant")!;
    expect(cellRightOf(front, "€ aan de achterkant bespaard per € 1 aan de voorkant")).toBe(business.frontToBack!.perEuro);
    expect(cellRightOf(front, "€ aan de achterkant bespaard per € 1 aan de voorkant", 2)).toBe(business.frontToBack!.interval95![0]);
  });

  it("answers the same tables as Dutch CSV", async () => {
    const response = await controller.request("GET", `/api/v1/monitor/report.csv?${query}`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    const bytes = new Uint8Array(await response.arrayBuffer());
    // A byte-order mark, so Excel reads the UTF-8 (TextDecoder drops it).
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const csv = new TextDecoder().decode(bytes);
    expect(csv.startsWith("Contracten\r\n")).toBe(true);
    expect(csv).toContain("Lumpsum rapport;Zorgconsortium Rapport;Lumpsum;");
    expect(csv).toContain("Groen: norm gehaald");
    expect(csv).toContain("Klein contract;Bereik (gestarte trajecten);<5;");
    expect(csv).toContain("Benchmark Wmo-cliënten\r\nJaar;Voorbeeld;Vergelijkingsgroep\r\n2015;100,0;100,0\r\n");
  });

  it("leaves out what was not asked for, validates the benchmark parameters and is closed to case workers", async () => {
    const plain = await controller.request("GET", `/api/v1/monitor/report.xlsx?from=${day(-365)}&to=${day(0)}`);
    expect(plain.status).toBe(200);
    expect((await loadWorkbook(plain)).worksheets.map((s) => s.name)).toEqual(["Samenvatting", "Toelichting", "Contracten", "KPI's per contract", "Trend per kwartaal"]);
    const half = await controller.request("GET", `/api/v1/monitor/report.pdf?from=${day(-365)}&to=${day(0)}&municipality=Voorbeeld`);
    expect(half.status).toBe(400);
    expect(((await half.json()) as ErrorJson).error.details!.issues!.map((i) => i.path).sort()).toEqual(["query.baseYear", "query.peers"]);
    const worker = await harness.login("sociaal_werker");
    expect((await worker.request("GET", `/api/v1/monitor/report.pdf?${query}`)).status).toBe(403);
  });
});
