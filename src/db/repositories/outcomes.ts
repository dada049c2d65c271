import { and, asc, eq } from "drizzle-orm";
import type { Measurement } from "../../domain/outcomes/dto";
import type { OutcomesRepository } from "../../domain/outcomes/repository";
import type { Db } from "../connection";
import { instruments, measurements } from "../schema/index";
import type { Tx } from "../tenant-context";

export function createOutcomesRepository(db: Db | Tx): OutcomesRepository {
  return {
    async instruments(tenantId) {
      const rows = await db.select().from(instruments).where(eq(instruments.tenantId, tenantId)).orderBy(asc(instruments.name));
      return rows.map((row) => ({ code: row.code, name: row.name, builtIn: false, domains: row.domains, levels: row.levels }));
    },
    async insertInstrument(tenantId, input) {
      const rows = await db.insert(instruments).values({ tenantId, ...input }).onConflictDoNothing().returning();
      const row = rows[0];
      return row ? { code: row.code, name: row.name, builtIn: false, domains: row.domains, levels: row.levels } : null;
    },
    async measurements(tenantId, caseId) {
      const rows = await db
        .select()
        .from(measurements)
        .where(and(eq(measurements.tenantId, tenantId), eq(measurements.caseId, caseId)))
        .orderBy(asc(measurements.measuredOn), asc(measurements.createdAt));
      return rows.map((row) => ({ id: row.id, instrumentCode: row.instrumentCode, moment: row.moment as Measurement["moment"], measuredOn: row.measuredOn, scores: row.scores }));
    },
    async insertMeasurement(tenantId, caseId, input, recordedBy) {
      const [row] = await db
        .insert(measurements)
        .values({ tenantId, caseId, instrumentCode: input.instrumentCode, moment: input.moment, measuredOn: input.measuredOn, scores: input.scores, recordedBy })
        .returning({ id: measurements.id });
      return { id: row!.id, instrumentCode: input.instrumentCode, moment: input.moment, measuredOn: input.measuredOn, scores: input.scores };
    },
  };
}
