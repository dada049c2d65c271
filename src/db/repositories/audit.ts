import { and, asc, desc, eq, gt, lt } from "drizzle-orm";
import { GENESIS_HASH, type StoredAuditRecord, hashAuditRecord } from "../../domain/audit/hash-chain";
import type { AuditEvent, AuditRepository } from "../../domain/audit/repository";
import type { Db } from "../connection";
import { auditChainHeads, auditLog } from "../schema/index";
import type { Tx } from "../tenant-context";

type Conn = Db | Tx;
type Row = typeof auditLog.$inferSelect;

const toStored = (row: Row): StoredAuditRecord => ({
  tenantId: row.tenantId,
  seq: row.seq,
  at: row.at.toISOString(),
  actorUserId: row.actorUserId,
  actorName: row.actorName,
  onBehalfOf: row.onBehalfOf,
  action: row.action,
  subjectType: row.subjectType,
  subjectId: row.subjectId,
  purpose: row.purpose,
  details: row.details,
  prevHash: row.prevHash,
  hash: row.hash,
});

/**
 * Appends under a row lock on the tenant's chain head, so concurrent requests line up and the chain
 * never forks. Call inside the request's transaction: the entry commits with the change it records.
 */
export function createAuditRepository(db: Conn): AuditRepository {
  return {
    async append(tenantId, events: readonly AuditEvent[]) {
      if (events.length === 0) return;
      await db.insert(auditChainHeads).values({ tenantId, lastSeq: 0, lastHash: GENESIS_HASH }).onConflictDoNothing();
      const [head] = await db.select().from(auditChainHeads).where(eq(auditChainHeads.tenantId, tenantId)).for("update");
      let seq = head!.lastSeq;
      let prevHash = head!.lastHash;
      const rows = [];
      for (const event of events) {
        seq += 1;
        const record = { ...event, tenantId, seq, at: new Date(event.at ?? Date.now()).toISOString() };
        const hash = hashAuditRecord(prevHash, record);
        rows.push({ ...record, at: new Date(record.at), details: record.details ?? {}, prevHash, hash });
        prevHash = hash;
      }
      await db.insert(auditLog).values(rows);
      await db.update(auditChainHeads).set({ lastSeq: seq, lastHash: prevHash }).where(eq(auditChainHeads.tenantId, tenantId));
    },
    async list(tenantId, { limit, before }) {
      const where = before ? and(eq(auditLog.tenantId, tenantId), lt(auditLog.seq, before)) : eq(auditLog.tenantId, tenantId);
      return (await db.select().from(auditLog).where(where).orderBy(desc(auditLog.seq)).limit(limit)).map(toStored);
    },
    async page(tenantId, afterSeq, limit) {
      return (
        await db
          .select()
          .from(auditLog)
          .where(and(eq(auditLog.tenantId, tenantId), gt(auditLog.seq, afterSeq)))
          .orderBy(asc(auditLog.seq))
          .limit(limit)
      ).map(toStored);
    },
    async head(tenantId) {
      const [row] = await db.select().from(auditChainHeads).where(eq(auditChainHeads.tenantId, tenantId));
      return row ? { lastSeq: row.lastSeq, lastHash: row.lastHash } : null;
    },
  };
}

