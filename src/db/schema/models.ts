import { foreignKey, integer, jsonb, pgTable, primaryKey, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { tenants } from "./tenancy";

/** A cost-benefit model in the tenant's library; its content lives in versions (ex-ante v1, v2, ex-post …). */
export const models = pgTable(
  "models",
  {
    tenantId: uuid("tenant_id")
      .notNull()
      .references(() => tenants.id),
    id: uuid("id").notNull().defaultRandom(),
    name: text("name").notNull(),
    kind: text("kind").notNull(),
    currentVersion: integer("current_version").notNull().default(1),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.id] })],
);

/** One saved state of a model: the `baatwijzer.model/1` document, who saved it, and why. */
export const modelVersions = pgTable(
  "model_versions",
  {
    tenantId: uuid("tenant_id")
      .notNull()
      .references(() => tenants.id),
    modelId: uuid("model_id").notNull(),
    version: integer("version").notNull(),
    label: text("label").notNull(),
    document: jsonb("document").notNull(),
    note: text("note"),
    createdBy: uuid("created_by").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.modelId, t.version] }),
    foreignKey({ name: "model_versions_model_fk", columns: [t.tenantId, t.modelId], foreignColumns: [models.tenantId, models.id] }).onDelete("cascade"),
  ],
);
