import { z } from "zod";
import { createPricesRepository } from "../../db/repositories/prices";
import type { Tx } from "../../db/tenant-context";
import { indexSeriesSchema, priceItemInputSchema, priceItemSchema, priceListQuerySchema, updatePriceItemSchema } from "../../domain/prices/dto";
import { formatPriceCsv } from "../../domain/prices/price-csv";
import { type PricesDeps, createPrice, deletePrice, getIndexSeries, importPriceCsv, listPrices, setIndexSeries, updatePrice } from "../../domain/prices/service";
import { type AnyRoute, created, noContent, ok, sessionRoute } from "../http/route";

const tag = "Prijslijst";
const idParams = z.object({ id: z.uuid() });
const pricesDeps = (tx: Tx): PricesDeps => ({ prices: createPricesRepository(tx) });

/** The price list holds no personal data: no audit entries. */
export const priceRoutes: AnyRoute[] = [
  sessionRoute({
    method: "get",
    path: "/prices",
    tag,
    summary: "The tenant's price list, optionally indexed to one price year (indexTo)",
    permission: "pricelist:view",
    query: priceListQuerySchema,
    responses: { 200: { description: "Prices", schema: z.object({ items: z.array(priceItemSchema) }) } },
    async handler({ tx, tenantId, query }) {
      return ok({ items: await listPrices(pricesDeps(tx), tenantId, query.indexTo) });
    },
  }),
  sessionRoute({
    method: "post",
    path: "/prices",
    tag,
    summary: "Add a price",
    permission: "pricelist:manage",
    body: priceItemInputSchema,
    responses: { 201: { description: "Added", schema: priceItemSchema }, 409: { description: "Code in use" } },
    async handler({ tx, tenantId, body }) {
      return created(await createPrice(pricesDeps(tx), tenantId, body));
    },
  }),
  sessionRoute({
    method: "patch",
    path: "/prices/:id",
    tag,
    summary: "Change a price (send the version you read)",
    permission: "pricelist:manage",
    params: idParams,
    body: updatePriceItemSchema,
    responses: { 200: { description: "Changed", schema: priceItemSchema }, 409: { description: "Changed by someone else, or code in use" } },
    async handler({ tx, tenantId, params, body }) {
      return ok(await updatePrice(pricesDeps(tx), tenantId, params.id, body));
    },
  }),
  sessionRoute({
    method: "delete",
    path: "/prices/:id",
    tag,
    summary: "Remove a price (send the version you read as ?version=)",
    permission: "pricelist:manage",
    params: idParams,
    query: z.object({ version: z.coerce.number().int().min(1) }),
    responses: { 204: { description: "Removed" }, 409: { description: "Changed by someone else" } },
    async handler({ tx, tenantId, params, query }) {
      await deletePrice(pricesDeps(tx), tenantId, params.id, query.version);
      return noContent();
    },
  }),
  sessionRoute({
    method: "get",
    path: "/prices/export.csv",
    tag,
    summary: "The price list as CSV (; separated, decimal comma, UTF-8 with BOM)",
    permission: "pricelist:view",
    responses: { 200: { description: "CSV file" } },
    async handler({ tx, tenantId, c }) {
      const csv = formatPriceCsv(await listPrices(pricesDeps(tx), tenantId));
      return c.body(csv, 200, { "content-type": "text/csv; charset=utf-8", "content-disposition": 'attachment; filename="prijslijst.csv"' });
    },
  }),
  sessionRoute({
    method: "post",
    path: "/prices/import",
    tag,
    summary: "Import a CSV (all rows or none; every problem with row and column in details.rows)",
    permission: "pricelist:manage",
    body: z.object({ csv: z.string().min(1, "Het bestand is leeg") }),
    responses: { 200: { description: "Imported", schema: z.object({ added: z.number().int(), updated: z.number().int() }) } },
    async handler({ tx, tenantId, body }) {
      return ok(await importPriceCsv(pricesDeps(tx), tenantId, body.csv));
    },
  }),
  sessionRoute({
    method: "get",
    path: "/price-index",
    tag,
    summary: "The tenant's index series used to bring prices to one price year",
    permission: "pricelist:view",
    responses: { 200: { description: "Series", schema: indexSeriesSchema } },
    async handler({ tx, tenantId }) {
      return ok({ points: await getIndexSeries(pricesDeps(tx), tenantId) });
    },
  }),
  sessionRoute({
    method: "put",
    path: "/price-index",
    tag,
    summary: "Replace the index series",
    permission: "pricelist:manage",
    body: indexSeriesSchema,
    responses: { 200: { description: "Series", schema: indexSeriesSchema } },
    async handler({ tx, tenantId, body }) {
      return ok({ points: await setIndexSeries(pricesDeps(tx), tenantId, body.points) });
    },
  }),
];
