import { integer, numeric, pgTable, primaryKey, text, uuid } from "drizzle-orm/pg-core";
import { tenants } from "./tenancy";

/** Municipal statistics for benchmarking (shaped like the national open statistics: municipality, year, indicator, value). */
export const benchmarkValues = pgTable(
  "benchmark_values",
  {
    tenantId: uuid("tenant_id")
      .notNull()
      .references(() => tenants.id),
    municipality: text("municipality").notNull(),
    year: integer("year").notNull(),
    indicator: text("indicator").notNull(),
    value: numeric("value", { precision: 18, scale: 4, mode: "number" }).notNull(),
    source: text("source").notNull(),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.municipality, t.year, t.indicator] })],
);
