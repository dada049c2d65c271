import { and, desc, eq, inArray, isNotNull, isNull, lt, sql } from "drizzle-orm";
import type { Question } from "../../domain/questions/dto";
import type { QuestionChanges, QuestionsRepository } from "../../domain/questions/repository";
import { DEFAULT_QUESTION_RETENTION_MONTHS } from "../../domain/questions/retention";
import type { Db } from "../connection";
import { questions, teams, tenantSettings } from "../schema/index";
import type { Tx } from "../tenant-context";

type Row = typeof questions.$inferSelect;

const toQuestion = (row: Row): Question => ({
  id: row.id,
  receivedOn: row.receivedOn,
  channel: row.channel as Question["channel"],
  topic: row.topic as Question["topic"],
  asked: row.asked,
  residentName: row.residentName,
  residentContact: row.residentContact,
  teamId: row.teamId,
  registeredBy: row.registeredBy,
  outcome: row.outcome as Question["outcome"],
  referredTo: row.referredTo,
  triageNote: row.triageNote,
  triagedAt: row.triagedAt?.toISOString() ?? null,
  personalDataRemovedAt: row.personalDataRemovedAt?.toISOString() ?? null,
  version: row.version,
});

export function createQuestionsRepository(db: Db | Tx): QuestionsRepository {
  const find = async (tenantId: string, id: string) => {
    const [row] = await db.select().from(questions).where(and(eq(questions.tenantId, tenantId), eq(questions.id, id)));
    return row ? toQuestion(row) : null;
  };
  return {
    async list(tenantId, query) {
      const status =
        query.status === "all" ? undefined : query.status === "awaiting_triage" ? isNull(questions.outcome) : eq(questions.outcome, query.status);
      const rows = await db
        .select()
        .from(questions)
        .where(and(eq(questions.tenantId, tenantId), status))
        .orderBy(desc(questions.receivedOn), desc(questions.createdAt))
        .limit(query.limit);
      return rows.map(toQuestion);
    },
    find,
    async insert(tenantId, registeredBy, input) {
      const [row] = await db
        .insert(questions)
        .values({
          tenantId,
          registeredBy,
          receivedOn: input.receivedOn,
          channel: input.channel,
          topic: input.topic,
          asked: input.asked,
          residentName: input.residentName ?? null,
          residentContact: input.residentContact ?? null,
          teamId: input.teamId ?? null,
        })
        .returning();
      return toQuestion(row!);
    },
    async update(tenantId, id, expectedVersion, changes: QuestionChanges) {
      const values = Object.fromEntries(Object.entries(changes).filter(([, v]) => v !== undefined));
      const [row] = await db
        .update(questions)
        .set({ ...values, version: sql`${questions.version} + 1`, updatedAt: new Date() })
        .where(and(eq(questions.tenantId, tenantId), eq(questions.id, id), eq(questions.version, expectedVersion)))
        .returning();
      return row ? toQuestion(row) : null;
    },
    async teamExists(tenantId, teamId) {
      const [row] = await db.select({ id: teams.id }).from(teams).where(and(eq(teams.tenantId, tenantId), eq(teams.id, teamId)));
      return Boolean(row);
    },
    async retentionMonths(tenantId) {
      const [row] = await db.select().from(tenantSettings).where(eq(tenantSettings.tenantId, tenantId));
      return row ? { months: row.questionRetentionMonths, version: row.version } : { months: DEFAULT_QUESTION_RETENTION_MONTHS, version: 0 };
    },
    async setRetentionMonths(tenantId, months, expectedVersion) {
      if (expectedVersion === 0) {
        const inserted = await db
          .insert(tenantSettings)
          .values({ tenantId, questionRetentionMonths: months })
          .onConflictDoNothing()
          .returning({ tenantId: tenantSettings.tenantId });
        return inserted.length === 1;
      }
      const updated = await db
        .update(tenantSettings)
        .set({ questionRetentionMonths: months, version: sql`${tenantSettings.version} + 1` })
        .where(and(eq(tenantSettings.tenantId, tenantId), eq(tenantSettings.version, expectedVersion)))
        .returning({ tenantId: tenantSettings.tenantId });
      return updated.length === 1;
    },
    async removePersonalData(tenantId, cutoff, now) {
      const rows = await db
        .update(questions)
        .set({ asked: null, residentName: null, residentContact: null, triageNote: null, personalDataRemovedAt: now, version: sql`${questions.version} + 1` })
        .where(
          and(
            eq(questions.tenantId, tenantId),
            inArray(questions.outcome, ["solved_directly", "referred_elsewhere"]),
            isNotNull(questions.triagedAt),
            lt(questions.triagedAt, cutoff),
            isNull(questions.personalDataRemovedAt),
          ),
        )
        .returning({ id: questions.id });
      return rows.map((r) => r.id);
    },
  };
}
