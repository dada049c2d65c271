import { and, asc, eq, sql } from "drizzle-orm";
import type { PriceItem } from "../../domain/prices/dto";
import type { PricesRepository } from "../../domain/prices/repository";
import type { Db } from "../connection";
import { priceIndices, priceListItems } from "../schema/index";
import type { Tx } from "../tenant-context";

type Row = typeof priceListItems.$inferSelect;
const toItem = (row: Row): PriceItem => ({
  id: row.id,
  code: row.code,
  label: row.label,
  unit: row.unit,
  priceCents: row.priceCents,
  priceYear: row.priceYear,
  payer: row.payer as PriceItem["payer"],
  source: row.source,
  confidence: row.confidence,
  isExample: row.isExample,
  version: row.version,
});

export function createPricesRepository(db: Db | Tx): PricesRepository {
  const one = async (where: ReturnType<typeof and>) => {
    const [row] = await db.select().from(priceListItems).where(where);
    return row ? toItem(row) : null;
  };
  return {
    async list(tenantId) {
      return (await db.select().from(priceListItems).where(eq(priceListItems.tenantId, tenantId)).orderBy(asc(priceListItems.code))).map(toItem);
    },
    find: (tenantId, id) => one(and(eq(priceListItems.tenantId, tenantId), eq(priceListItems.id, id))),
    findByCode: (tenantId, code) => one(and(eq(priceListItems.tenantId, tenantId), eq(priceListItems.code, code))),
    async insert(tenantId, item) {
      const [row] = await db.insert(priceListItems).values({ tenantId, ...item }).returning();
      return toItem(row!);
    },
    async update(tenantId, id, expectedVersion, changes) {
      const values = Object.fromEntries(Object.entries(changes).filter(([, v]) => v !== undefined));
      const [row] = await db
        .update(priceListItems)
        .set({ ...values, version: sql`${priceListItems.version} + 1`, updatedAt: new Date() })
        .where(and(eq(priceListItems.tenantId, tenantId), eq(priceListItems.id, id), expectedVersion === null ? undefined : eq(priceListItems.version, expectedVersion)))
        .returning();
      return row ? toItem(row) : null;
    },
    async remove(tenantId, id, expectedVersion) {
      const rows = await db
        .delete(priceListItems)
        .where(and(eq(priceListItems.tenantId, tenantId), eq(priceListItems.id, id), eq(priceListItems.version, expectedVersion)))
        .returning({ id: priceListItems.id });
      return rows.length === 1;
    },
    async indexSeries(tenantId) {
      return db
        .select({ year: priceIndices.year, value: priceIndices.value, source: priceIndices.source })
        .from(priceIndices)
        .where(eq(priceIndices.tenantId, tenantId))
        .orderBy(asc(priceIndices.year));
    },
    async replaceIndexSeries(tenantId, points) {
      await db.delete(priceIndices).where(eq(priceIndices.tenantId, tenantId));
      if (points.length > 0) await db.insert(priceIndices).values(points.map((p) => ({ tenantId, ...p })));
    },
  };
}
