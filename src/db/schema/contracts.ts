import { bigint, date, foreignKey, integer, numeric, pgTable, primaryKey, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { organisations, tenants } from "./tenancy";

/** A contract with a provider or consortium, with the KPI targets it is steered on (Alphen aan den Rijn). */
export const contracts = pgTable(
  "contracts",
  {
    tenantId: uuid("tenant_id")
      .notNull()
      .references(() => tenants.id),
    id: uuid("id").notNull().defaultRandom(),
    organisationId: uuid("organisation_id").notNull(),
    name: text("name").notNull(),
    financing: text("financing").notNull(),
    startsOn: date("starts_on", { mode: "string" }).notNull(),
    endsOn: date("ends_on", { mode: "string" }).notNull(),
    amountCents: bigint("amount_cents", { mode: "number" }).notNull(),
    targetStableOrBetter: numeric("target_stable_or_better", { precision: 4, scale: 3, mode: "number" }).notNull(),
    targetSatisfaction: numeric("target_satisfaction", { precision: 4, scale: 2, mode: "number" }).notNull(),
    targetReach: integer("target_reach"),
    version: integer("version").notNull().default(1),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    foreignKey({ name: "contracts_organisation_fk", columns: [t.tenantId, t.organisationId], foreignColumns: [organisations.tenantId, organisations.id] }),
  ],
);

/** Notes of the periodic results conversation with the provider. */
export const contractNotes = pgTable(
  "contract_notes",
  {
    tenantId: uuid("tenant_id")
      .notNull()
      .references(() => tenants.id),
    id: uuid("id").notNull().defaultRandom(),
    contractId: uuid("contract_id").notNull(),
    heldOn: date("held_on", { mode: "string" }).notNull(),
    text: text("text").notNull(),
    recordedBy: uuid("recorded_by").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    foreignKey({ name: "contract_notes_contract_fk", columns: [t.tenantId, t.contractId], foreignColumns: [contracts.tenantId, contracts.id] }).onDelete("cascade"),
  ],
);
