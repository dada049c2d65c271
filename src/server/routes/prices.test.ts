import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testTargets } from "../../db/testing/databases";
import type { PriceItem } from "../../domain/prices/dto";
import { starterPrices } from "../../domain/prices/starter-prices";
import { type Client, type Harness, createHarness } from "../testing/harness";

type ErrorJson = { error: { code: string; message: string; details?: { rows?: { row: number; column: string; message: string }[] } } };
const list = async (client: Client, query = "") => ((await (await client.request("GET", `/api/v1/prices${query}`)).json()) as { items: PriceItem[] }).items;

describe.each(testTargets())("price list (%s)", (target) => {
  let harness: Harness;
  let advisor: Client;
  let worker: Client;
  beforeAll(async () => {
    harness = await createHarness(target);
    advisor = await harness.login("beleidsadviseur");
    worker = await harness.login("sociaal_werker");
  });
  afterAll(async () => harness?.close());

  it("ships the starter list, every item marked as an example with its source", async () => {
    const items = await list(worker);
    expect(items.map((i) => i.code).sort()).toEqual(starterPrices.map((p) => p.code).sort());
    expect(items.every((i) => i.isExample && i.source.length > 0)).toBe(true);
    expect(items.find((i) => i.code === "ALG-DAGB-INF")!.priceCents).toBe(500);
  });

  it("indexes prices to a chosen year through the editable series", async () => {
    const dayCare = starterPrices.find((i) => i.code === "ALG-DAGB-INF")!;
    const put = await advisor.request("PUT", "/api/v1/price-index", {
      points: [
        { year: dayCare.priceYear, value: 100, source: "test" },
        { year: 2026, value: 106, source: "test" },
      ],
    });
    expect(put.status).toBe(200);
    const indexed = await list(worker, "?indexTo=2026");
    expect(indexed.find((i) => i.code === "ALG-DAGB-INF")!.indexedCents).toBe(Math.round(dayCare.priceCents * 1.06));
    const unknownYear = await list(worker, "?indexTo=2030");
    expect(unknownYear.every((i) => i.indexedCents === null)).toBe(true);
  });

  it("lets the policy advisor add, change (with version check) and remove a price; the social worker only reads", async () => {
    const body = { code: "TEST-1", label: "Test", unit: "uur", priceCents: 1234, priceYear: 2025, payer: "gemeente_wmo", source: "Contract", confidence: 4 };
    expect((await worker.request("POST", "/api/v1/prices", body)).status).toBe(403);
    const created = (await (await advisor.request("POST", "/api/v1/prices", body)).json()) as PriceItem;
    expect((await advisor.request("POST", "/api/v1/prices", body)).status).toBe(409);
    const changed = await advisor.request("PATCH", `/api/v1/prices/${created.id}`, { version: created.version, priceCents: 1300 });
    expect(changed.status).toBe(200);
    expect((await advisor.request("PATCH", `/api/v1/prices/${created.id}`, { version: created.version, priceCents: 1400 })).status).toBe(409);
    expect((await advisor.request("DELETE", `/api/v1/prices/${created.id}?version=${created.version}`)).status).toBe(409);
    expect((await advisor.request("DELETE", `/api/v1/prices/${created.id}?version=${created.version + 1}`)).status).toBe(204);
    expect((await list(worker)).some((i) => i.code === "TEST-1")).toBe(false);
  });

  it("exports CSV and imports it back; a bad file changes nothing and names rows and columns", async () => {
    const exported = await worker.request("GET", "/api/v1/prices/export.csv");
    expect(exported.headers.get("content-type")).toContain("text/csv");
    const bytes = new Uint8Array(await exported.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]); // BOM, so Excel reads UTF-8
    const csv = new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes);
    expect(csv.startsWith("\uFEFFcode;omschrijving;")).toBe(true);
    expect(csv).toContain("ALG-DAGB-INF;");
    expect(csv).toContain(";5,00;");

    const before = await list(worker);
    const bad = `${csv.trimEnd()}\r\nNIEUW;Nieuw;uur;10;2024;wlz;bron;3;nee\r\nSTUK;;uur;x;2024;wlz;bron;3;nee\r\n`;
    const refused = await advisor.request("POST", "/api/v1/prices/import", { csv: bad });
    expect(refused.status).toBe(400);
    const rows = ((await refused.json()) as ErrorJson).error.details!.rows!;
    expect(rows).toEqual(expect.arrayContaining([expect.objectContaining({ column: "prijs", message: '"x" is geen bedrag' })]));
    expect(rows.every((r) => r.row === before.length + 3)).toBe(true);
    expect((await list(worker)).length).toBe(before.length);

    const good = `${csv.trimEnd()}\r\nNIEUW;Nieuw product;uur;"10,50";2024;wlz;Eigen contract;3;nee\r\n`;
    const imported = await advisor.request("POST", "/api/v1/prices/import", { csv: good });
    expect(await imported.json()).toEqual({ added: 1, updated: before.length });
    expect((await list(worker)).find((i) => i.code === "NIEUW")!.priceCents).toBe(1050);
  });
});
