import { foreignKey, integer, jsonb, pgTable, primaryKey, timestamp, uuid } from "drizzle-orm/pg-core";
import { cases } from "./cases";
import { tenants } from "./tenancy";

export interface StoredCostLine {
  label: string;
  priceItemId: string | null;
  unitPriceCents: number;
  quantity: number;
  periods: number;
  payer: string;
  probability: number;
}

/**
 * The three scenarios of a case — niets doen, regulier, alternatief — each a list of cost lines, and
 * the justification of the choice. Unit prices are copied from the price list when saved, so a later
 * price change does not rewrite history.
 */
export const caseScenarios = pgTable(
  "case_scenarios",
  {
    tenantId: uuid("tenant_id")
      .notNull()
      .references(() => tenants.id),
    caseId: uuid("case_id").notNull(),
    lines: jsonb("lines").$type<Record<"niets_doen" | "regulier" | "alternatief", StoredCostLine[]>>().notNull(),
    justification: jsonb("justification").$type<{ rechtmatigheid: string; rendement: string; betrokkenheid: string }>().notNull(),
    version: integer("version").notNull().default(1),
    // When it was first saved: the timeline shows when it was drawn up, and when last changed (updated_at).
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.caseId] }),
    foreignKey({ name: "case_scenarios_case_fk", columns: [t.tenantId, t.caseId], foreignColumns: [cases.tenantId, cases.id] }).onDelete("cascade"),
  ],
);
