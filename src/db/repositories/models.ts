import { and, asc, desc, eq, sql } from "drizzle-orm";
import type { ModelsRepository } from "../../domain/models/repository";
import type { Db } from "../connection";
import { modelVersions, models, users } from "../schema/index";
import type { Tx } from "../tenant-context";

const summary = { id: models.id, name: models.name, kind: models.kind, currentVersion: models.currentVersion, updatedAt: models.updatedAt };
const toSummary = (row: { id: string; name: string; kind: string; currentVersion: number; updatedAt: Date }) => ({ ...row, updatedAt: row.updatedAt.toISOString() });

export function createModelsRepository(db: Db | Tx): ModelsRepository {
  return {
    async list(tenantId) {
      return (await db.select(summary).from(models).where(eq(models.tenantId, tenantId)).orderBy(desc(models.updatedAt))).map(toSummary);
    },
    async find(tenantId, id) {
      const [row] = await db.select(summary).from(models).where(and(eq(models.tenantId, tenantId), eq(models.id, id)));
      return row ? toSummary(row) : null;
    },
    async versions(tenantId, id) {
      const rows = await db
        .select({ version: modelVersions.version, label: modelVersions.label, note: modelVersions.note, createdBy: users.displayName, createdAt: modelVersions.createdAt })
        .from(modelVersions)
        .innerJoin(users, and(eq(users.tenantId, modelVersions.tenantId), eq(users.id, modelVersions.createdBy)))
        .where(and(eq(modelVersions.tenantId, tenantId), eq(modelVersions.modelId, id)))
        .orderBy(asc(modelVersions.version));
      return rows.map((r) => ({ ...r, createdAt: r.createdAt.toISOString() }));
    },
    async document(tenantId, id, version) {
      const [row] = await db
        .select({ document: modelVersions.document })
        .from(modelVersions)
        .where(and(eq(modelVersions.tenantId, tenantId), eq(modelVersions.modelId, id), eq(modelVersions.version, version)));
      return (row?.document as Record<string, unknown> | undefined) ?? null;
    },
    async insert(tenantId, input) {
      const [row] = await db.insert(models).values({ tenantId, name: input.name, kind: input.kind }).returning({ id: models.id });
      await db.insert(modelVersions).values({ tenantId, modelId: row!.id, version: 1, label: input.label, document: input.document, createdBy: input.by });
      return row!.id;
    },
    async addVersion(tenantId, id, baseVersion, input) {
      // Moving current_version forward only from the version the user edited is the optimistic lock.
      const rows = await db
        .update(models)
        .set({ currentVersion: sql`${models.currentVersion} + 1`, name: input.name, kind: input.kind, updatedAt: new Date() })
        .where(and(eq(models.tenantId, tenantId), eq(models.id, id), eq(models.currentVersion, baseVersion)))
        .returning({ version: models.currentVersion });
      if (!rows[0]) return false;
      await db.insert(modelVersions).values({ tenantId, modelId: id, version: rows[0].version, label: input.label, note: input.note, document: input.document, createdBy: input.by });
      return true;
    },
  };
}
