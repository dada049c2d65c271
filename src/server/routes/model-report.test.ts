import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testTargets } from "../../db/testing/databases";
import type { ModelDetail } from "../../domain/models/dto";
import { evaluateModel, parseModel } from "../../engine/index";
import { formatEuroCents, formatPercent } from "../../reports/dutch-format";
import { extractPdfText } from "../../reports/pdf/pdf-text";
import { type Client, type Harness, createHarness } from "../testing/harness";
import { cellRightOf, loadWorkbook } from "../testing/workbook-rows";

const euroCents = (euros: number) => Math.round(euros * 100);

describe.each(testTargets())("MKBA model report (%s)", (target) => {
  let harness: Harness;
  let advisor: Client;
  let model: ModelDetail;
  beforeAll(async () => {
    harness = await createHarness(target);
    advisor = await harness.login("beleidsadviseur");
    model = (await (await advisor.request("POST", "/api/v1/models", { template: "sociaal-wijkteam" })).json()) as ModelDetail;
    await advisor.request("POST", `/api/v1/models/${model.id}/versions`, { baseVersion: 1, label: "ex-ante v2", document: { ...model.document, horizon: 10 } });
  });
  afterAll(async () => harness?.close());

  /** The engine's own result for a version's document: the report must carry exactly these figures. */
  const engineResult = (document: unknown) => evaluateModel(parseModel(document).model!).result;

  it("answers a PDF with the method notes and the engine's results for the current version", async () => {
    const response = await advisor.request("GET", `/api/v1/models/${model.id}/report.pdf`);
    expect(response.status, await response.clone().text()).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/pdf");
    expect(response.headers.get("content-disposition")).toBe('attachment; filename="sociaal-wijkteam-v2.pdf"');
    const pdf = new Uint8Array(await response.arrayBuffer());
    expect(Buffer.from(pdf.subarray(0, 5)).toString()).toBe("%PDF-");
    const text = extractPdfText(pdf);
    for (const heading of ["Sociaal wijkteam", "Samenvatting", "Werkwijze en uitgangspunten", "Parameters en bronnen", "Aannames: kosten en baten", "Wie betaalt, wie baat", "Kasstromen per jaar", "Gevoeligheid", "Onzekerheid (Monte Carlo)"]) {
      expect(text).toContain(heading);
    }
    const result = engineResult({ ...model.document, horizon: 10 });
    expect(text).toContain("Horizon 10 jaar");
    expect(text).toContain("2,25% per jaar");
    expect(text).toContain(formatEuroCents(euroCents(result.npv)));
    expect(text).toContain(formatEuroCents(euroCents(result.monteCarlo!.npv!.p5)));
    expect(text).toContain(formatPercent(result.monteCarlo!.probabilityPositiveNpv));
    expect(text).toContain("2000 trekkingen met seed 1");
  });

  it("answers an Excel workbook of an earlier version with the same figures as numbers", async () => {
    const response = await advisor.request("GET", `/api/v1/models/${model.id}/report.xlsx?version=1`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    const workbook = await loadWorkbook(response);
    const result = engineResult(model.document);
    const summary = workbook.getWorksheet("Samenvatting")!;
    expect(cellRightOf(summary, "Versie")).toBe("1 (ex-ante v1)");
    expect(cellRightOf(summary, "Netto contante waarde (NCW)")).toBe(euroCents(result.npv) / 100);
    expect(cellRightOf(summary, "Baten-kostenverhouding")).toBe(result.bcr);
    expect(cellRightOf(summary, "Kans op positieve NCW")).toBe(result.monteCarlo!.probabilityPositiveNpv);
    const parameters = workbook.getWorksheet("Parameters")!;
    expect(cellRightOf(parameters, "kostenTeam")).toBe(600_000);
    expect(cellRightOf(parameters, "kostenTeam", 3)).toBe("PERT 500.000 – 600.000 – 750.000");
    expect(String(cellRightOf(parameters, "kostenTeam", 4))).toContain("aanname");
    const years = workbook.getWorksheet("Kasstromen per jaar")!;
    expect(years.rowCount).toBe(1 + 5 + 1);
    const tornado = workbook.getWorksheet("Gevoeligheid (tornado)")!;
    expect(cellRightOf(tornado, result.tornado[0]!.parameter, 3)).toBe(euroCents(result.tornado[0]!.npvLow) / 100);
  });

  it("runs a seeded Monte Carlo for a model with uncertainty but no settings, and says so", async () => {
    const { monteCarlo: _none, ...document } = model.document;
    const imported = (await (await advisor.request("POST", "/api/v1/models", { document, label: "zonder MC" })).json()) as ModelDetail;
    const first = extractPdfText(new Uint8Array(await (await advisor.request("GET", `/api/v1/models/${imported.id}/report.pdf`)).arrayBuffer()));
    expect(first).toContain("10000 trekkingen met seed 1");
    expect(first).toContain("standaardwaarden");
    const again = extractPdfText(new Uint8Array(await (await advisor.request("GET", `/api/v1/models/${imported.id}/report.pdf`)).arrayBuffer()));
    expect(again).toBe(first);
  });

  it("answers 404 for an unknown model or version and 403 to other roles", async () => {
    expect((await advisor.request("GET", "/api/v1/models/00000000-0000-4000-8000-000000000000/report.pdf")).status).toBe(404);
    expect((await advisor.request("GET", `/api/v1/models/${model.id}/report.xlsx?version=99`)).status).toBe(404);
    const controller = await harness.login("controller");
    expect((await controller.request("GET", `/api/v1/models/${model.id}/report.pdf`)).status).toBe(403);
  });
});
