import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testTargets } from "../../db/testing/databases";
import type { ModelDetail } from "../../domain/models/dto";
import { type Client, type Harness, createHarness } from "../testing/harness";

type ErrorJson = { error: { code: string; details?: { findings?: { path: string; message: string }[] } } };

describe.each(testTargets())("model library (%s)", (target) => {
  let harness: Harness;
  let advisor: Client;
  beforeAll(async () => {
    harness = await createHarness(target);
    advisor = await harness.login("beleidsadviseur");
  });
  afterAll(async () => harness?.close());

  it("creates a model from each template and keeps versions with who saved them", async () => {
    const templates = ((await (await advisor.request("GET", "/api/v1/model-templates")).json()) as { items: { key: string }[] }).items;
    expect(templates.map((t) => t.key)).toEqual(["sociaal-wijkteam", "schuldhulpverlening", "informele-dagbesteding", "resultaatvolgend-budget", "casusplatform"]);
    const created = (await (await advisor.request("POST", "/api/v1/models", { template: "sociaal-wijkteam" })).json()) as ModelDetail;
    expect(created).toMatchObject({ name: "Sociaal wijkteam", currentVersion: 1, versions: [{ version: 1, label: "ex-ante v1", createdBy: "Bram Smit" }] });
    const changed = { ...created.document, horizon: 10 };
    const v2 = await advisor.request("POST", `/api/v1/models/${created.id}/versions`, { baseVersion: 1, label: "ex-ante v2", note: "Horizon 10 jaar", document: changed });
    expect(v2.status).toBe(201);
    expect(((await v2.json()) as ModelDetail).document.horizon).toBe(10);
    const stale = await advisor.request("POST", `/api/v1/models/${created.id}/versions`, { baseVersion: 1, label: "ex-ante v2b", document: created.document });
    expect(stale.status).toBe(409);
    const first = (await (await advisor.request("GET", `/api/v1/models/${created.id}?version=1`)).json()) as ModelDetail;
    expect(first.document.horizon).toBe(5);
    const exported = await advisor.request("GET", `/api/v1/models/${created.id}/export`);
    expect(exported.headers.get("content-disposition")).toContain("sociaal-wijkteam.baatwijzer.json");
    expect((JSON.parse(await exported.text()) as { horizon: number }).horizon).toBe(10);
  });

  it("refuses an invalid import with every error and its JSON path", async () => {
    const response = await advisor.request("POST", "/api/v1/models", {
      document: {
        format: "baatwijzer.model/1",
        name: "Kapot",
        kind: "businesscase",
        priceYear: 2026,
        horizon: 3,
        stakeholders: [{ id: "g", name: "Gemeente" }],
        parameters: {},
        costs: [{ id: "c", label: "K", stakeholder: "x", amount: 100, years: [5] }],
        benefits: [{ id: "b", label: "B", stakeholder: "g", category: "immaterial", quantity: "onbekend * 2", unitValue: 10, deadweight: 1.5 }],
      },
    });
    expect(response.status).toBe(400);
    const paths = ((await response.json()) as ErrorJson).error.details!.findings!.map((f) => f.path);
    expect(paths).toEqual(expect.arrayContaining(["costs[0].stakeholder", "costs[0].years[0]", "benefits[0].deadweight", "benefits[0].quantity", "benefits[0].category"]));
  });

  it("is for policy advisors only", async () => {
    const worker = await harness.login("sociaal_werker");
    expect((await worker.request("GET", "/api/v1/models")).status).toBe(403);
  });
});
