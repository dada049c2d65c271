import { and, eq, sql } from "drizzle-orm";
import type { ScenariosRepository } from "../../domain/scenarios/repository";
import type { Db } from "../connection";
import { caseScenarios } from "../schema/index";
import type { Tx } from "../tenant-context";
import { createPricesRepository } from "./prices";

export function createScenariosRepository(db: Db | Tx): ScenariosRepository {
  const prices = createPricesRepository(db);
  return {
    async find(tenantId, caseId) {
      const [row] = await db.select().from(caseScenarios).where(and(eq(caseScenarios.tenantId, tenantId), eq(caseScenarios.caseId, caseId)));
      return row ? { lines: row.lines, justification: row.justification, version: row.version } : null;
    },
    async save(tenantId, caseId, expectedVersion, value, savedAt) {
      if (expectedVersion === 0) {
        const rows = await db.insert(caseScenarios).values({ tenantId, caseId, ...value, createdAt: savedAt, updatedAt: savedAt }).onConflictDoNothing().returning({ caseId: caseScenarios.caseId });
        return rows.length === 1;
      }
      const rows = await db
        .update(caseScenarios)
        .set({ ...value, version: sql`${caseScenarios.version} + 1`, updatedAt: savedAt })
        .where(and(eq(caseScenarios.tenantId, tenantId), eq(caseScenarios.caseId, caseId), eq(caseScenarios.version, expectedVersion)))
        .returning({ caseId: caseScenarios.caseId });
      return rows.length === 1;
    },
    priceItem: (tenantId, id) => prices.find(tenantId, id),
  };
}
