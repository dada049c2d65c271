import { and, asc, eq, gte, isNotNull, lte, sql } from "drizzle-orm";
import type { CreateRound, Packet, Verdict } from "../../domain/panel/dto";
import type { ItemRecord, PanelRepository, RoundRecord, VerdictRecord } from "../../domain/panel/repository";
import type { Db } from "../connection";
import { caseHours, caseParticipants, cases, conversations, households, priceListItems, reviewItems, reviewRounds, reviewVerdicts, users } from "../schema/index";
import type { Tx } from "../tenant-context";

const roundColumns = {
  id: reviewRounds.id,
  name: reviewRounds.name,
  seed: reviewRounds.seed,
  sampleSize: reviewRounds.sampleSize,
  closedFrom: reviewRounds.closedFrom,
  closedTo: reviewRounds.closedTo,
  stratifyByTeam: reviewRounds.stratifyByTeam,
};

type VerdictRow = typeof reviewVerdicts.$inferSelect;
const toVerdict = (row: VerdictRow): VerdictRecord => ({
  reviewerId: row.reviewerId,
  verdict: row.verdict as Verdict | null,
  priceItemId: row.priceItemId,
  unitsPerMonth: row.unitsPerMonth,
  months: row.months,
  confidence: row.confidence,
  note: row.note,
  submitted: row.submittedAt !== null,
});

export function createPanelRepository(db: Db | Tx): PanelRepository {
  const itemSelect = () =>
    db
      .select({ item: reviewItems, caseDirectorId: cases.caseDirectorId })
      .from(reviewItems)
      .innerJoin(cases, and(eq(cases.tenantId, reviewItems.tenantId), eq(cases.id, reviewItems.caseId)))
      .$dynamic();
  const toItem = (row: { item: typeof reviewItems.$inferSelect; caseDirectorId: string }): ItemRecord => ({
    roundId: row.item.roundId,
    caseId: row.item.caseId,
    caseDirectorId: row.caseDirectorId,
    packet: row.item.packet as Packet,
    summary: row.item.summary,
    released: row.item.releasedAt !== null,
    consensus: row.item.consensus ? { verdict: row.item.consensus.verdict as Verdict, priceItemId: row.item.consensus.priceItemId, unitsPerMonth: row.item.consensus.unitsPerMonth, months: row.item.consensus.months } : null,
    version: row.item.version,
  });
  return {
    async closedCases(tenantId, from, to) {
      return db
        .select({ caseId: cases.id, teamId: households.teamId })
        .from(cases)
        .innerJoin(households, and(eq(households.tenantId, cases.tenantId), eq(households.id, cases.householdId)))
        .where(and(eq(cases.tenantId, tenantId), eq(cases.status, "afgesloten"), isNotNull(cases.closedOn), gte(cases.closedOn, from), lte(cases.closedOn, to)));
    },
    async insertRound(tenantId, input: CreateRound, by) {
      const [row] = await db.insert(reviewRounds).values({ tenantId, ...input, createdBy: by }).returning(roundColumns);
      return row as RoundRecord;
    },
    async insertItem(tenantId, roundId, caseId, packet) {
      await db.insert(reviewItems).values({ tenantId, roundId, caseId, packet });
    },
    async rounds(tenantId) {
      return (await db.select(roundColumns).from(reviewRounds).where(eq(reviewRounds.tenantId, tenantId)).orderBy(asc(reviewRounds.createdAt))) as RoundRecord[];
    },
    async round(tenantId, id) {
      const [row] = await db.select(roundColumns).from(reviewRounds).where(and(eq(reviewRounds.tenantId, tenantId), eq(reviewRounds.id, id)));
      return (row as RoundRecord | undefined) ?? null;
    },
    async items(tenantId, roundId) {
      return (await itemSelect().where(and(eq(reviewItems.tenantId, tenantId), eq(reviewItems.roundId, roundId)))).map(toItem);
    },
    async item(tenantId, roundId, caseId) {
      const [row] = await itemSelect().where(and(eq(reviewItems.tenantId, tenantId), eq(reviewItems.roundId, roundId), eq(reviewItems.caseId, caseId)));
      return row ? toItem(row) : null;
    },
    async verdicts(tenantId, roundId, caseId) {
      const rows = await db
        .select()
        .from(reviewVerdicts)
        .where(and(eq(reviewVerdicts.tenantId, tenantId), eq(reviewVerdicts.roundId, roundId), eq(reviewVerdicts.caseId, caseId)));
      return rows.map(toVerdict);
    },
    async verdictsOfRound(tenantId, roundId) {
      const rows = await db.select().from(reviewVerdicts).where(and(eq(reviewVerdicts.tenantId, tenantId), eq(reviewVerdicts.roundId, roundId)));
      return rows.map((row) => ({ ...toVerdict(row), caseId: row.caseId }));
    },
    async involvement(tenantId, caseId) {
      const [file] = await db.select({ director: cases.caseDirectorId }).from(cases).where(and(eq(cases.tenantId, tenantId), eq(cases.id, caseId)));
      if (!file) return null;
      const ids = async (query: Promise<{ id: string | null }[]>) => (await query).map((r) => r.id).filter((id): id is string => id !== null);
      return {
        caseDirectorId: file.director,
        participantUserIds: await ids(db.select({ id: caseParticipants.userId }).from(caseParticipants).where(and(eq(caseParticipants.tenantId, tenantId), eq(caseParticipants.caseId, caseId)))),
        hoursUserIds: await ids(db.select({ id: caseHours.userId }).from(caseHours).where(and(eq(caseHours.tenantId, tenantId), eq(caseHours.caseId, caseId)))),
        conversationRecorderIds: await ids(db.select({ id: conversations.recordedBy }).from(conversations).where(and(eq(conversations.tenantId, tenantId), eq(conversations.caseId, caseId)))),
      };
    },
    async panelMembers(tenantId) {
      const rows = await db
        .select({ id: users.id })
        .from(users)
        .where(and(eq(users.tenantId, tenantId), eq(users.active, true), sql`'panellid' = any(${users.roles})`));
      return rows.map((r) => r.id);
    },
    async panelMemberNames(tenantId) {
      const rows = await db
        .select({ id: users.id, displayName: users.displayName })
        .from(users)
        .where(and(eq(users.tenantId, tenantId), eq(users.active, true), sql`'panellid' = any(${users.roles})`));
      return rows.sort((a, b) => a.displayName.localeCompare(b.displayName, "nl"));
    },
    async assign(tenantId, roundId, caseId, reviewerIds) {
      await db.insert(reviewVerdicts).values(reviewerIds.map((reviewerId) => ({ tenantId, roundId, caseId, reviewerId })));
    },
    async itemsOfReviewer(tenantId, reviewerId) {
      const rows = await itemSelect()
        .innerJoin(reviewVerdicts, and(eq(reviewVerdicts.tenantId, reviewItems.tenantId), eq(reviewVerdicts.roundId, reviewItems.roundId), eq(reviewVerdicts.caseId, reviewItems.caseId)))
        .where(and(eq(reviewItems.tenantId, tenantId), eq(reviewVerdicts.reviewerId, reviewerId)));
      return rows.map(toItem);
    },
    async release(tenantId, roundId, caseId, expectedVersion, summary, by) {
      const rows = await db
        .update(reviewItems)
        .set({ summary, releasedAt: new Date(), releasedBy: by, version: sql`${reviewItems.version} + 1` })
        .where(and(eq(reviewItems.tenantId, tenantId), eq(reviewItems.roundId, roundId), eq(reviewItems.caseId, caseId), eq(reviewItems.version, expectedVersion)))
        .returning({ caseId: reviewItems.caseId });
      return rows.length === 1;
    },
    async submitVerdict(tenantId, roundId, caseId, reviewerId, verdict) {
      const rows = await db
        .update(reviewVerdicts)
        .set({ ...verdict, submittedAt: new Date() })
        .where(
          and(
            eq(reviewVerdicts.tenantId, tenantId),
            eq(reviewVerdicts.roundId, roundId),
            eq(reviewVerdicts.caseId, caseId),
            eq(reviewVerdicts.reviewerId, reviewerId),
            sql`${reviewVerdicts.submittedAt} is null`,
          ),
        )
        .returning({ reviewerId: reviewVerdicts.reviewerId });
      return rows.length === 1;
    },
    async setConsensus(tenantId, roundId, caseId, expectedVersion, consensus) {
      const rows = await db
        .update(reviewItems)
        .set({ consensus, version: sql`${reviewItems.version} + 1` })
        .where(and(eq(reviewItems.tenantId, tenantId), eq(reviewItems.roundId, roundId), eq(reviewItems.caseId, caseId), eq(reviewItems.version, expectedVersion)))
        .returning({ caseId: reviewItems.caseId });
      return rows.length === 1;
    },
    async priceItemExists(tenantId, id) {
      const [row] = await db.select({ id: priceListItems.id }).from(priceListItems).where(and(eq(priceListItems.tenantId, tenantId), eq(priceListItems.id, id)));
      return Boolean(row);
    },
  };
}
