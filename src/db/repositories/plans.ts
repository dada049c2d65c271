import { and, asc, eq, sql } from "drizzle-orm";
import type { Resource } from "../../domain/plans/dto";
import type { PlansRepository } from "../../domain/plans/repository";
import type { Db } from "../connection";
import { planResources, plans, priceListItems } from "../schema/index";
import type { Tx } from "../tenant-context";

export function createPlansRepository(db: Db | Tx): PlansRepository {
  return {
    async find(tenantId, caseId) {
      const [row] = await db.select().from(plans).where(and(eq(plans.tenantId, tenantId), eq(plans.caseId, caseId)));
      return row ? { goals: row.goals, agreements: row.agreements, familyGroupPlan: row.familyGroupPlan ?? null, version: row.version } : null;
    },
    async save(tenantId, caseId, expectedVersion, plan, savedAt) {
      if (expectedVersion === 0) {
        const inserted = await db.insert(plans).values({ tenantId, caseId, ...plan, createdAt: savedAt, updatedAt: savedAt }).onConflictDoNothing().returning({ caseId: plans.caseId });
        return inserted.length === 1;
      }
      const updated = await db
        .update(plans)
        .set({ ...plan, version: sql`${plans.version} + 1`, updatedAt: savedAt })
        .where(and(eq(plans.tenantId, tenantId), eq(plans.caseId, caseId), eq(plans.version, expectedVersion)))
        .returning({ caseId: plans.caseId });
      return updated.length === 1;
    },
    async resources(tenantId, caseId) {
      const rows = await db
        .select()
        .from(planResources)
        .where(and(eq(planResources.tenantId, tenantId), eq(planResources.caseId, caseId)))
        .orderBy(asc(planResources.createdAt));
      return rows.map(
        (row): Resource => ({
          id: row.id,
          kind: row.kind as Resource["kind"],
          description: row.description,
          provider: row.provider,
          priceItemId: row.priceItemId,
          quantity: row.quantity,
          amountCents: row.amountCents,
          startsOn: row.startsOn,
          endsOn: row.endsOn,
        }),
      );
    },
    async addResource(tenantId, caseId, resource) {
      const values = {
        kind: resource.kind,
        description: resource.description,
        provider: resource.provider ?? null,
        priceItemId: resource.priceItemId ?? null,
        quantity: resource.quantity ?? null,
        amountCents: resource.amountCents,
        startsOn: resource.startsOn ?? null,
        endsOn: resource.endsOn ?? null,
      };
      const [row] = await db.insert(planResources).values({ tenantId, caseId, ...values }).returning({ id: planResources.id });
      return { id: row!.id, ...values };
    },
    async removeResource(tenantId, caseId, resourceId) {
      const rows = await db
        .delete(planResources)
        .where(and(eq(planResources.tenantId, tenantId), eq(planResources.caseId, caseId), eq(planResources.id, resourceId)))
        .returning({ id: planResources.id });
      return rows.length === 1;
    },
    async priceCents(tenantId, priceItemId) {
      const [row] = await db
        .select({ cents: priceListItems.priceCents })
        .from(priceListItems)
        .where(and(eq(priceListItems.tenantId, tenantId), eq(priceListItems.id, priceItemId)));
      return row?.cents ?? null;
    },
  };
}
