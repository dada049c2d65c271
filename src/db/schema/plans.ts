import { bigint, date, foreignKey, integer, jsonb, numeric, pgTable, primaryKey, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { cases } from "./cases";
import { tenants } from "./tenancy";

/**
 * The one plan of a case: goals in the household's own words, agreements, and — for a family-group
 * plan (Eigen Kracht-conferentie) — safety conditions, emergency contacts, escape routes and the
 * evaluation rhythm. Lists are JSON: they are read and written as a whole with the plan.
 */
export const plans = pgTable(
  "plans",
  {
    tenantId: uuid("tenant_id")
      .notNull()
      .references(() => tenants.id),
    caseId: uuid("case_id").notNull(),
    goals: jsonb("goals").$type<string[]>().notNull().default([]),
    agreements: jsonb("agreements").$type<string[]>().notNull().default([]),
    familyGroupPlan: jsonb("family_group_plan").$type<FamilyGroupPlanJson | null>(),
    version: integer("version").notNull().default(1),
    // When it was first saved: the timeline shows when it was drawn up, and when last changed (updated_at).
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.caseId] }),
    foreignKey({ name: "plans_case_fk", columns: [t.tenantId, t.caseId], foreignColumns: [cases.tenantId, cases.id] }).onDelete("cascade"),
  ],
);

export interface FamilyGroupPlanJson {
  safetyConditions: string[];
  emergencyContacts: { name: string; phone: string }[];
  escapeRoutes: string[];
  evaluationEveryWeeks: number;
  evaluationForMonths: number;
  startsOn: string;
}

/** What helps: own strength, network, volunteer, general facility, light support, maatwerk, flexible budget, other. */
export const planResources = pgTable(
  "plan_resources",
  {
    tenantId: uuid("tenant_id")
      .notNull()
      .references(() => tenants.id),
    id: uuid("id").notNull().defaultRandom(),
    caseId: uuid("case_id").notNull(),
    kind: text("kind").notNull(),
    description: text("description").notNull(),
    provider: text("provider"),
    priceItemId: uuid("price_item_id"),
    quantity: numeric("quantity", { precision: 12, scale: 2, mode: "number" }),
    amountCents: bigint("amount_cents", { mode: "number" }),
    startsOn: date("starts_on", { mode: "string" }),
    endsOn: date("ends_on", { mode: "string" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    foreignKey({ name: "plan_resources_case_fk", columns: [t.tenantId, t.caseId], foreignColumns: [cases.tenantId, cases.id] }).onDelete("cascade"),
  ],
);
