import { describe, expect, it, vi } from "vitest";
import { ApiError } from "./api-error";
import { createApiClient } from "./client";
import { createPrice, csvProblemsOf, deletePrice, getPriceIndex, importPrices, listIndexedPrices, savePriceIndex, updatePrice } from "./prices";

const recordingApi = (body: unknown) => {
  const calls: { url: string; method?: string; body?: unknown }[] = [];
  const fetchFn = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    calls.push({ url: String(input), method: init?.method, body: init?.body });
    return new Response(JSON.stringify(body), { status: 200, headers: { "Content-Type": "application/json" } });
  });
  return { calls, api: createApiClient({ fetchFn: fetchFn as unknown as typeof fetch }) };
};

describe("prices API", () => {
  it("lists, indexed to a year or not", async () => {
    const { calls, api } = recordingApi({ items: [{ id: "p1" }], points: [] });
    await expect(listIndexedPrices(api, { indexTo: 2026 })).resolves.toEqual([{ id: "p1" }]);
    await listIndexedPrices(api, { indexTo: null });
    await getPriceIndex(api);
    expect(calls.map((call) => call.url)).toEqual(["/api/v1/prices?indexTo=2026", "/api/v1/prices", "/api/v1/price-index"]);
  });

  it("adds, changes, removes, imports and saves the index series", async () => {
    const { calls, api } = recordingApi({ points: [] });
    const input = { code: "A", label: "B", unit: "uur", priceCents: 100, priceYear: 2024, payer: "wlz", source: "x", confidence: 3, isExample: false } as const;
    await createPrice(api, input);
    await updatePrice(api, "a/b", { version: 2, priceCents: 200 });
    await deletePrice(api, "p1", 3);
    await importPrices(api, "code;prijs");
    await savePriceIndex(api, [{ year: 2024, value: 100, source: "CBS" }]);
    expect(calls.map((call) => `${call.method} ${call.url}`)).toEqual([
      "POST /api/v1/prices",
      "PATCH /api/v1/prices/a%2Fb",
      "DELETE /api/v1/prices/p1?version=3",
      "POST /api/v1/prices/import",
      "PUT /api/v1/price-index",
    ]);
    expect(JSON.parse(String(calls[3]?.body))).toEqual({ csv: "code;prijs" });
  });

  it("reads the row/column problems of a failed import", () => {
    const rows = [{ row: 3, column: "prijs", message: '"abc" is geen bedrag' }];
    const error = new ApiError({ status: 400, code: "validation_failed", message: "Niet ingelezen", details: { rows: [...rows, { row: "x" }] } });
    expect(csvProblemsOf(error)).toEqual(rows);
    expect(csvProblemsOf(new Error("boom"))).toEqual([]);
  });
});
