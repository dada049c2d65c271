import { date, foreignKey, integer, jsonb, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { cases } from "./cases";
import { tenants } from "./tenancy";

/** A tenant's own measuring instrument (domains × levels), next to the built-in self-reliance matrix. */
export const instruments = pgTable(
  "instruments",
  {
    tenantId: uuid("tenant_id")
      .notNull()
      .references(() => tenants.id),
    id: uuid("id").notNull().defaultRandom(),
    code: text("code").notNull(),
    name: text("name").notNull(),
    domains: jsonb("domains").$type<{ code: string; label: string }[]>().notNull(),
    levels: jsonb("levels").$type<{ value: number; label: string }[]>().notNull(),
    version: integer("version").notNull().default(1),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.id] }), uniqueIndex("instruments_code_key").on(t.tenantId, t.code)],
);

/** One measurement of a case: only the domains relevant to the question, each with a reason. */
export const measurements = pgTable(
  "measurements",
  {
    tenantId: uuid("tenant_id")
      .notNull()
      .references(() => tenants.id),
    id: uuid("id").notNull().defaultRandom(),
    caseId: uuid("case_id").notNull(),
    instrumentCode: text("instrument_code").notNull(),
    moment: text("moment").notNull(),
    measuredOn: date("measured_on", { mode: "string" }).notNull(),
    scores: jsonb("scores").$type<{ domain: string; level: number; reason: string }[]>().notNull(),
    recordedBy: uuid("recorded_by").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    foreignKey({ name: "measurements_case_fk", columns: [t.tenantId, t.caseId], foreignColumns: [cases.tenantId, cases.id] }).onDelete("cascade"),
  ],
);
