import { date, foreignKey, index, integer, pgTable, primaryKey, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { users } from "./accounts";
import { teams, tenants } from "./tenancy";

/**
 * A resident's question at the front door, before any dossier. Only `asked`, `residentName` and
 * `residentContact` can hold personal data; they are emptied after the retention period when the
 * question was closed without a case (solved directly or referred elsewhere). `topic` survives, so the
 * front door can still be counted.
 */
export const questions = pgTable(
  "questions",
  {
    tenantId: uuid("tenant_id")
      .notNull()
      .references(() => tenants.id),
    id: uuid("id").notNull().defaultRandom(),
    receivedOn: date("received_on", { mode: "string" }).notNull(),
    channel: text("channel").notNull(),
    topic: text("topic").notNull(),
    asked: text("asked"),
    residentName: text("resident_name"),
    residentContact: text("resident_contact"),
    teamId: uuid("team_id"),
    registeredBy: uuid("registered_by").notNull(),
    outcome: text("outcome"),
    referredTo: text("referred_to"),
    triageNote: text("triage_note"),
    triagedBy: uuid("triaged_by"),
    triagedAt: timestamp("triaged_at", { withTimezone: true }),
    personalDataRemovedAt: timestamp("personal_data_removed_at", { withTimezone: true }),
    version: integer("version").notNull().default(1),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    foreignKey({ name: "questions_team_fk", columns: [t.tenantId, t.teamId], foreignColumns: [teams.tenantId, teams.id] }),
    foreignKey({ name: "questions_registered_by_fk", columns: [t.tenantId, t.registeredBy], foreignColumns: [users.tenantId, users.id] }),
    foreignKey({ name: "questions_triaged_by_fk", columns: [t.tenantId, t.triagedBy], foreignColumns: [users.tenantId, users.id] }),
    index("questions_received_idx").on(t.tenantId, t.receivedOn),
  ],
);

/** Per-tenant settings; one row per tenant. */
export const tenantSettings = pgTable("tenant_settings", {
  tenantId: uuid("tenant_id")
    .primaryKey()
    .references(() => tenants.id),
  /** Months after closing before a question without a case loses its personal data (default 12). */
  questionRetentionMonths: integer("question_retention_months").notNull().default(12),
  version: integer("version").notNull().default(1),
});
