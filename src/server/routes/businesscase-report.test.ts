import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { reviewItems, reviewRounds, reviewVerdicts, users } from "../../db/schema/index";
import { withTenant } from "../../db/tenant-context";
import { testTargets } from "../../db/testing/databases";
import type { Me } from "../../domain/accounts/dto";
import type { AuditEntry } from "../../domain/audit/dto";
import type { BusinessCaseResult } from "../../domain/businesscase/dto";
import type { CaseFile } from "../../domain/cases/dto";
import type { Household } from "../../domain/households/dto";
import type { PriceItem } from "../../domain/prices/dto";
import { formatEuroCents, formatRatio } from "../../reports/dutch-format";
import { extractPdfText } from "../../reports/pdf/pdf-text";
import { day } from "../testing/dates";
import { cellRightOf, loadWorkbook, rowsOf } from "../testing/workbook-rows";
import { type Client, type Harness, createHarness } from "../testing/harness";


describe.each(testTargets())("council report of the ex-post business case (%s)", (target) => {
  let harness: Harness;
  let worker: Client;
  let controller: Client;
  let admin: Client;
  let query: string;
  let json: BusinessCaseResult;
  beforeAll(async () => {
    harness = await createHarness(target);
    worker = await harness.login("sociaal_werker");
    controller = await harness.login("controller");
    admin = await harness.login("beheerder");
    const me = ((await (await worker.request("GET", "/api/v1/auth/me")).json()) as { user: Me }).user;
    const ib = ((await (await worker.request("GET", "/api/v1/prices")).json()) as { items: PriceItem[] }).items.find((p) => p.code === "WMO-IB-UUR")!;
    const closed: CaseFile[] = [];
    for (let i = 0; i < 7; i++) {
      const household = (await (await worker.request("POST", "/api/v1/households", { name: `Huishouden rapport ${i}`, teamId: me.teams[0]!.id })).json()) as Household;
      let file = (await (await worker.request("POST", "/api/v1/cases", { householdId: household.id, caseDirectorId: me.id, openedOn: day(-100) })).json()) as CaseFile;
      await worker.request("POST", `/api/v1/cases/${file.id}/hours`, { workedOn: day(-90), activity: "gesprek", hours: 3 });
      file = (await (await worker.request("POST", `/api/v1/cases/${file.id}/status`, { version: file.version, status: "afgesloten", on: day(-5), closingOutcome: "andere_oplossing" })).json()) as CaseFile;
      closed.push(file);
    }
    // The panel's consensus for six: five with an effect, one without (so "geen effect" is a suppressed count).
    const tenantId = me.tenant.id;
    await withTenant(harness.database.handle.db, tenantId, async (tx) => {
      const reviewers = (await tx.select({ id: users.id }).from(users).where(eq(users.tenantId, tenantId))).slice(0, 3);
      const [round] = await tx.insert(reviewRounds).values({ tenantId, name: "Ronde", seed: 1, sampleSize: 6, closedFrom: day(-30), closedTo: day(0), stratifyByTeam: false, createdBy: me.id }).returning();
      for (const [i, file] of closed.slice(0, 6).entries()) {
        await tx.insert(reviewItems).values({
          tenantId,
          roundId: round!.id,
          caseId: file.id,
          packet: {},
          consensus: i < 5 ? { verdict: "prevented", priceItemId: ib.id, unitsPerMonth: 8, months: 6, decidedBy: me.id } : { verdict: "none", priceItemId: null, unitsPerMonth: null, months: null, decidedBy: me.id },
        });
        // The three reviewers' own verdicts: one dissent on the second case, so the kappa is below 1.
        const own = i < 5 ? ["prevented", i === 1 ? "none" : "prevented", "prevented"] : ["none", "none", "none"];
        for (const [r, reviewer] of reviewers.entries()) {
          await tx.insert(reviewVerdicts).values({ tenantId, roundId: round!.id, caseId: file.id, reviewerId: reviewer.id, verdict: own[r]!, submittedAt: new Date() });
        }
      }
    });
    // Factors as a social worker tags them: one on all seven cases, one on two (suppressed) that is retired since.
    const labels = ((await (await worker.request("GET", "/api/v1/case-labels")).json()) as { items: { id: string; label: string }[] }).items;
    const labelId = (label: string) => labels.find((l) => l.label === label)!.id;
    for (const file of closed) await worker.request("PUT", `/api/v1/cases/${file.id}/labels/${labelId("Netwerk ingezet")}`);
    for (const file of closed.slice(0, 2)) await worker.request("PUT", `/api/v1/cases/${file.id}/labels/${labelId("Wachtlijst")}`);
    const retired = await admin.request("PATCH", `/api/v1/case-label-admin/labels/${labelId("Wachtlijst")}`, { expected: { label: "Wachtlijst", active: true }, active: false });
    expect(retired.status, await retired.clone().text()).toBe(200);
    query = `closedFrom=${day(-30)}&closedTo=${day(0)}&hourlyRateCents=7000&priceYear=2026&draws=500&seed=3`;
    json = (await (await controller.request("GET", `/api/v1/businesscase?${query}`)).json()) as BusinessCaseResult;
  });
  afterAll(async () => harness?.close());

  it("answers a PDF with the Dutch headings, the method and the JSON endpoint's figures", async () => {
    const response = await controller.request("GET", `/api/v1/businesscase/report.pdf?${query}`);
    expect(response.status, await response.clone().text()).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/pdf");
    expect(response.headers.get("content-disposition")).toBe(`attachment; filename="businesscase-${day(-30)}-${day(0)}.pdf"`);
    const pdf = new Uint8Array(await response.arrayBuffer());
    expect(Buffer.from(pdf.subarray(0, 5)).toString()).toBe("%PDF-");
    const text = extractPdfText(pdf);
    for (const heading of ["Businesscase achteraf", "Samenvatting", "Selectie en instellingen", "Werkwijze", "Onzekerheid", "Wie betaalt, wie baat", "Oordelen van het panel", "Extrapolatie naar alle casussen"]) {
      expect(text).toContain(heading);
    }
    expect(text).toContain("Gemeente (Wmo)");
    expect(text).toContain(formatEuroCents(json.reviewedScope.netCents));
    expect(text).toContain(formatEuroCents(json.allCases.extrapolatedNetCents!));
    expect(text).toContain(`€ 1 aan de voorkant bespaart € ${formatRatio(json.frontToBack!.perEuro)}`);
    expect(text).toContain("Bootstrap met 500 trekkingen en seed 3");
    expect(json.panelAgreement.cases).toBe(6);
    expect(text).toContain(`Over de 6 casussen in deze selectie met drie oordelen is Fleiss' kappa ${formatRatio(json.panelAgreement.fleissKappa!)}`);
    expect(text).toContain("<5");
  });

  it("lists the counted success and failure factors in the PDF, suppressed counts as <5 and retired ones marked", async () => {
    expect(json.factors.find((f) => f.label === "Netwerk ingezet")!.cases).toBe(7);
    expect(json.factors.find((f) => f.label === "Wachtlijst")).toMatchObject({ cases: null, active: false });
    const text = extractPdfText(new Uint8Array(await (await controller.request("GET", `/api/v1/businesscase/report.pdf?${query}`)).arrayBuffer()));
    expect(text).toContain("Succes- en faalfactoren");
    // One table row is one text line; its cells follow each other without a separator.
    expect(text).toMatch(/^Netwerk ingezet\s*Succesfactor\s*7$/m);
    expect(text).toMatch(/^Wachtlijst \(niet meer in gebruik\)\s*Faalfactor\s*<5$/m);
    // Factors no selected case carries are left out.
    expect(text).not.toContain("Snelle toegang");
  });

  it("answers an Excel workbook whose figures equal the JSON endpoint's, suppressed counts as <5", async () => {
    const response = await controller.request("GET", `/api/v1/businesscase/report.xlsx?${query}`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    const workbook = await loadWorkbook(response);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(["Samenvatting", "Toelichting", "Wie betaalt, wie baat", "Oordelen van het panel", "Afsluiting van de casussen", "Extrapolatie naar alle casussen", "Succes- en faalfactoren"]);
    const summary = workbook.getWorksheet("Samenvatting")!;
    expect(cellRightOf(summary, "Afgesloten casussen in de selectie")).toBe(json.cases);
    expect(cellRightOf(summary, "Beoordeeld door het panel")).toBe(json.reviewed);
    expect(cellRightOf(summary, "Netto resultaat van de beoordeelde casussen")).toBe(json.reviewedScope.netCents / 100);
    expect(cellRightOf(summary, "Baten-kostenverhouding van de beoordeelde casussen")).toBe(json.reviewedScope.bcr);
    expect(cellRightOf(summary, "Aandeel beoordeeld met effect (Wilson)", 2)).toBe(json.effectShare.wilson95![0]);
    expect(cellRightOf(summary, "Geëxtrapoleerd netto resultaat (bootstrap)", 3)).toBe(json.allCases.bootstrapNet95Cents![1] / 100);
    expect(cellRightOf(summary, "€ 1 aan de voorkant bespaart € … aan de achterkant")).toBe(json.frontToBack!.perEuro);
    expect(cellRightOf(summary, "Overeenstemming panel (Fleiss' kappa)")).toBe(json.panelAgreement.fleissKappa);
    const netRow = rowsOf(summary).findIndex((row) => row[0] === "Netto resultaat van de beoordeelde casussen") + 1;
    expect(summary.getCell(netRow, 2).numFmt).toBe('"€" #,##0.00');
    const payers = workbook.getWorksheet("Wie betaalt, wie baat")!;
    expect(cellRightOf(payers, "Gemeente (Wmo)", 2)).toBe(json.reviewedScope.benefitsByPayerCents.gemeente_wmo! / 100);
    const verdicts = workbook.getWorksheet("Oordelen van het panel")!;
    expect(json.verdicts.none).toBeNull();
    expect(cellRightOf(verdicts, "Geen effect")).toBe("<5");
    expect(cellRightOf(verdicts, "Geen effect", 2)).toBe("<5");
    expect(cellRightOf(verdicts, "Voorkomen")).toBe(5);
    const factors = workbook.getWorksheet("Succes- en faalfactoren")!;
    expect(rowsOf(factors)[0]).toEqual(["Factor", "Soort", "Aantal casussen"]);
    expect(cellRightOf(factors, "Netwerk ingezet")).toBe("Succesfactor");
    expect(cellRightOf(factors, "Netwerk ingezet", 2)).toBe(7);
    expect(cellRightOf(factors, "Wachtlijst (niet meer in gebruik)", 2)).toBe("<5");
  });

  it("answers the tables as Dutch CSV with the suppressed counts as <5", async () => {
    const response = await controller.request("GET", `/api/v1/businesscase/report.csv?${query}`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    const csv = await response.text();
    expect(csv).toContain(`Netto resultaat van de beoordeelde casussen;${(json.reviewedScope.netCents / 100).toFixed(2).replace(".", ",")};;`);
    expect(csv).toContain("Geen effect;<5;<5");
    expect(csv).toContain("Netwerk ingezet;Succesfactor;7\r\n");
    expect(csv).toContain("Wachtlijst (niet meer in gebruik);Faalfactor;<5\r\n");
  });

  it("is audited as an export, refuses small selections and is closed to case workers", async () => {
    const audit = (await (await admin.request("GET", "/api/v1/audit?limit=20")).json()) as { items: AuditEntry[] };
    expect(audit.items.some((e) => e.action === "export" && e.subjectType === "businesscase_report")).toBe(true);
    const few = await controller.request("GET", "/api/v1/businesscase/report.pdf?closedFrom=2020-01-01&closedTo=2020-12-31&hourlyRateCents=7000&priceYear=2026");
    expect(few.status).toBe(400);
    expect((await worker.request("GET", `/api/v1/businesscase/report.pdf?${query}`)).status).toBe(403);
    expect((await worker.request("GET", `/api/v1/businesscase/report.xlsx?${query}`)).status).toBe(403);
  });
});
