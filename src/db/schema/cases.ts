import { sql } from "drizzle-orm";
import { date, foreignKey, index, integer, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { users } from "./accounts";
import { households } from "./households";
import { questions } from "./questions";
import { organisations, tenants } from "./tenancy";

/**
 * A household's trajectory after triage: one case director, a status with the date of each step, and at
 * most one case per household that is not closed ("één huishouden, één plan, één regisseur").
 */
export const cases = pgTable(
  "cases",
  {
    tenantId: uuid("tenant_id")
      .notNull()
      .references(() => tenants.id),
    id: uuid("id").notNull().defaultRandom(),
    householdId: uuid("household_id").notNull(),
    questionId: uuid("question_id"),
    caseDirectorId: uuid("case_director_id").notNull(),
    /** The contracted provider carrying the trajectory; null for the municipality's own trajectory (eigen traject). */
    providerOrganisationId: uuid("provider_organisation_id"),
    status: text("status").notNull().default("open"),
    openedOn: date("opened_on", { mode: "string" }).notNull(),
    closedOn: date("closed_on", { mode: "string" }),
    closingOutcome: text("closing_outcome"),
    satisfaction: integer("satisfaction"),
    version: integer("version").notNull().default(1),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    foreignKey({ name: "cases_household_fk", columns: [t.tenantId, t.householdId], foreignColumns: [households.tenantId, households.id] }),
    foreignKey({ name: "cases_question_fk", columns: [t.tenantId, t.questionId], foreignColumns: [questions.tenantId, questions.id] }),
    foreignKey({ name: "cases_director_fk", columns: [t.tenantId, t.caseDirectorId], foreignColumns: [users.tenantId, users.id] }),
    foreignKey({ name: "cases_provider_fk", columns: [t.tenantId, t.providerOrganisationId], foreignColumns: [organisations.tenantId, organisations.id] }),
    uniqueIndex("cases_one_active_per_household").on(t.tenantId, t.householdId).where(sql`status <> 'afgesloten'`),
    index("cases_household_idx").on(t.tenantId, t.householdId),
  ],
);

/** Each status a case reached, with its date: the trajectory's own timeline. */
export const caseStatusChanges = pgTable(
  "case_status_changes",
  {
    tenantId: uuid("tenant_id")
      .notNull()
      .references(() => tenants.id),
    id: uuid("id").notNull().defaultRandom(),
    caseId: uuid("case_id").notNull(),
    status: text("status").notNull(),
    changedOn: date("changed_on", { mode: "string" }).notNull(),
    changedBy: uuid("changed_by").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    foreignKey({ name: "case_status_changes_case_fk", columns: [t.tenantId, t.caseId], foreignColumns: [cases.tenantId, cases.id] }).onDelete("cascade"),
  ],
);

/** Who takes part: the resident, the social worker, the Wmo consultant, the GP practice nurse, … */
export const caseParticipants = pgTable(
  "case_participants",
  {
    tenantId: uuid("tenant_id")
      .notNull()
      .references(() => tenants.id),
    id: uuid("id").notNull().defaultRandom(),
    caseId: uuid("case_id").notNull(),
    role: text("role").notNull(),
    name: text("name").notNull(),
    userId: uuid("user_id"),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    foreignKey({ name: "case_participants_case_fk", columns: [t.tenantId, t.caseId], foreignColumns: [cases.tenantId, cases.id] }).onDelete("cascade"),
  ],
);

/** A conversation with the household (keukentafelgesprek, often in a trio). */
export const conversations = pgTable(
  "conversations",
  {
    tenantId: uuid("tenant_id")
      .notNull()
      .references(() => tenants.id),
    id: uuid("id").notNull().defaultRandom(),
    caseId: uuid("case_id").notNull(),
    heldOn: date("held_on", { mode: "string" }).notNull(),
    kind: text("kind").notNull(),
    participants: text("participants").array().notNull(),
    notes: text("notes"),
    recordedBy: uuid("recorded_by").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    foreignKey({ name: "conversations_case_fk", columns: [t.tenantId, t.caseId], foreignColumns: [cases.tenantId, cases.id] }).onDelete("cascade"),
  ],
);

/** Hours spent on a case, by activity; the cost side of every later business case. */
export const caseHours = pgTable(
  "case_hours",
  {
    tenantId: uuid("tenant_id")
      .notNull()
      .references(() => tenants.id),
    id: uuid("id").notNull().defaultRandom(),
    caseId: uuid("case_id").notNull(),
    workedOn: date("worked_on", { mode: "string" }).notNull(),
    userId: uuid("user_id").notNull(),
    activity: text("activity").notNull(),
    minutes: integer("minutes").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    foreignKey({ name: "case_hours_case_fk", columns: [t.tenantId, t.caseId], foreignColumns: [cases.tenantId, cases.id] }).onDelete("cascade"),
    foreignKey({ name: "case_hours_user_fk", columns: [t.tenantId, t.userId], foreignColumns: [users.tenantId, users.id] }),
  ],
);
