import { boolean, date, foreignKey, integer, jsonb, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { sql } from "drizzle-orm";
import { cases } from "./cases";
import { tenants } from "./tenancy";

/**
 * A stuck case escalated to the ontschotter. The clock runs from `escalatedOn` to `unstuckOn` (vlot);
 * target three weeks (Hillegom-Lisse-Teylingen, seed article 001). One open escalation per case.
 */
export const escalations = pgTable(
  "escalations",
  {
    tenantId: uuid("tenant_id")
      .notNull()
      .references(() => tenants.id),
    id: uuid("id").notNull().defaultRandom(),
    caseId: uuid("case_id").notNull(),
    escalatedOn: date("escalated_on", { mode: "string" }).notNull(),
    escalatedBy: uuid("escalated_by").notNull(),
    reason: text("reason").notNull(),
    unstuckOn: date("unstuck_on", { mode: "string" }),
    version: integer("version").notNull().default(1),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    foreignKey({ name: "escalations_case_fk", columns: [t.tenantId, t.caseId], foreignColumns: [cases.tenantId, cases.id] }),
    uniqueIndex("escalations_one_open_per_case").on(t.tenantId, t.caseId).where(sql`unstuck_on is null`),
  ],
);

/** The casusplatform meeting: who came, the resident's first question, ideas, the breakthrough, actions. */
export const platformMeetings = pgTable(
  "platform_meetings",
  {
    tenantId: uuid("tenant_id")
      .notNull()
      .references(() => tenants.id),
    id: uuid("id").notNull().defaultRandom(),
    escalationId: uuid("escalation_id").notNull(),
    heldOn: date("held_on", { mode: "string" }).notNull(),
    invited: text("invited").array().notNull(),
    residentJoined: boolean("resident_joined").notNull().default(false),
    firstQuestion: text("first_question").notNull(),
    ideas: jsonb("ideas").$type<string[]>().notNull().default([]),
    breakthrough: text("breakthrough"),
    mandatedDecision: text("mandated_decision"),
    actions: jsonb("actions").$type<{ what: string; owner: string; dueOn: string }[]>().notNull().default([]),
    recordedBy: uuid("recorded_by").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    foreignKey({ name: "platform_meetings_escalation_fk", columns: [t.tenantId, t.escalationId], foreignColumns: [escalations.tenantId, escalations.id] }),
  ],
);

/** What the team learned from a platform, searchable across platforms. */
export const platformEvaluations = pgTable(
  "platform_evaluations",
  {
    tenantId: uuid("tenant_id")
      .notNull()
      .references(() => tenants.id),
    escalationId: uuid("escalation_id").notNull(),
    whatWorked: text("what_worked").notNull(),
    lessons: text("lessons").notNull(),
    blockingRule: text("blocking_rule"),
    recordedBy: uuid("recorded_by").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.escalationId] }),
    foreignKey({ name: "platform_evaluations_escalation_fk", columns: [t.tenantId, t.escalationId], foreignColumns: [escalations.tenantId, escalations.id] }),
  ],
);
