import { bigint, boolean, integer, numeric, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { tenants } from "./tenancy";

/** One unit cost with its price year, payer and source (prijslijst / kengetal). Prices in integer cents. */
export const priceListItems = pgTable(
  "price_list_items",
  {
    tenantId: uuid("tenant_id")
      .notNull()
      .references(() => tenants.id),
    id: uuid("id").notNull().defaultRandom(),
    code: text("code").notNull(),
    label: text("label").notNull(),
    unit: text("unit").notNull(),
    priceCents: bigint("price_cents", { mode: "number" }).notNull(),
    priceYear: integer("price_year").notNull(),
    payer: text("payer").notNull(),
    source: text("source").notNull(),
    confidence: integer("confidence").notNull(),
    isExample: boolean("is_example").notNull().default(false),
    version: integer("version").notNull().default(1),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.id] }), uniqueIndex("price_list_items_code_key").on(t.tenantId, t.code)],
);

/** The tenant's editable index series: one value per year (any base). */
export const priceIndices = pgTable(
  "price_indices",
  {
    tenantId: uuid("tenant_id")
      .notNull()
      .references(() => tenants.id),
    year: integer("year").notNull(),
    value: numeric("value", { precision: 12, scale: 4, mode: "number" }).notNull(),
    source: text("source").notNull(),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.year] })],
);
