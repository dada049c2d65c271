import { bigint, jsonb, pgTable, primaryKey, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { tenants } from "./tenancy";

/**
 * Append-only audit log in the spirit of NEN 7513, hash-chained per tenant: each entry's hash covers
 * its content and the previous entry's hash. A trigger (migration 0001) refuses UPDATE and DELETE.
 */
export const auditLog = pgTable(
  "audit_log",
  {
    tenantId: uuid("tenant_id")
      .notNull()
      .references(() => tenants.id),
    seq: bigint("seq", { mode: "number" }).notNull(),
    at: timestamp("at", { withTimezone: true }).notNull(),
    actorUserId: uuid("actor_user_id"),
    actorName: text("actor_name"),
    onBehalfOf: text("on_behalf_of"),
    action: text("action").notNull(),
    subjectType: text("subject_type").notNull(),
    subjectId: text("subject_id"),
    purpose: text("purpose").notNull(),
    details: jsonb("details").notNull().default({}),
    prevHash: text("prev_hash").notNull(),
    hash: text("hash").notNull(),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.seq] })],
);

/** The head of each tenant's chain; locked FOR UPDATE while appending so entries never fork. */
export const auditChainHeads = pgTable("audit_chain_heads", {
  tenantId: uuid("tenant_id")
    .primaryKey()
    .references(() => tenants.id),
  lastSeq: bigint("last_seq", { mode: "number" }).notNull(),
  lastHash: text("last_hash").notNull(),
});
