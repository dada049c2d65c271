import { sql } from "drizzle-orm";
import { boolean, date, foreignKey, index, integer, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { users } from "./accounts";
import { cases } from "./cases";
import { tenants } from "./tenancy";

/**
 * The tenant's list of words that classify a case for the business case: success factors, failure factors
 * (Breda counted them, seed article 000) and approaches (aanpak: wijkteam, Eigen Kracht, casusplatform, …).
 * One list so that the business case can filter and count by the same ids the case page sets.
 */
export const caseLabels = pgTable(
  "case_labels",
  {
    tenantId: uuid("tenant_id")
      .notNull()
      .references(() => tenants.id),
    id: uuid("id").notNull().defaultRandom(),
    /** success_factor | failure_factor | approach */
    kind: text("kind").notNull(),
    label: text("label").notNull(),
    active: boolean("active").notNull().default(true),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.id] }), uniqueIndex("case_labels_unique_label").on(t.tenantId, t.kind, sql`lower(${t.label})`)],
);

/** A label set on a case: any number of factors, at most one approach (the service keeps that rule). */
export const caseLabelLinks = pgTable(
  "case_label_links",
  {
    tenantId: uuid("tenant_id")
      .notNull()
      .references(() => tenants.id),
    caseId: uuid("case_id").notNull(),
    labelId: uuid("label_id").notNull(),
    setBy: uuid("set_by").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.caseId, t.labelId] }),
    foreignKey({ name: "case_label_links_case_fk", columns: [t.tenantId, t.caseId], foreignColumns: [cases.tenantId, cases.id] }).onDelete("cascade"),
    foreignKey({ name: "case_label_links_label_fk", columns: [t.tenantId, t.labelId], foreignColumns: [caseLabels.tenantId, caseLabels.id] }),
    foreignKey({ name: "case_label_links_user_fk", columns: [t.tenantId, t.setBy], foreignColumns: [users.tenantId, users.id] }),
    index("case_label_links_label_idx").on(t.tenantId, t.labelId),
  ],
);

/**
 * A direct cost of a case besides the flexible budget: volunteer expenses, an activity, other. Counted in the
 * business case's front-line costs next to approved budget spending (Breda set volunteers and activities
 * against the savings).
 */
export const caseCostLines = pgTable(
  "case_cost_lines",
  {
    tenantId: uuid("tenant_id")
      .notNull()
      .references(() => tenants.id),
    id: uuid("id").notNull().defaultRandom(),
    caseId: uuid("case_id").notNull(),
    /** vrijwilligerskosten | activiteit | overig */
    kind: text("kind").notNull(),
    description: text("description").notNull(),
    amountCents: integer("amount_cents").notNull(),
    spentOn: date("spent_on", { mode: "string" }).notNull(),
    recordedBy: uuid("recorded_by").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    foreignKey({ name: "case_cost_lines_case_fk", columns: [t.tenantId, t.caseId], foreignColumns: [cases.tenantId, cases.id] }).onDelete("cascade"),
    foreignKey({ name: "case_cost_lines_user_fk", columns: [t.tenantId, t.recordedBy], foreignColumns: [users.tenantId, users.id] }),
    index("case_cost_lines_case_idx").on(t.tenantId, t.caseId),
  ],
);
