import { boolean, date, foreignKey, integer, jsonb, pgTable, primaryKey, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { users } from "./accounts";
import { cases } from "./cases";
import { tenants } from "./tenancy";

/** A review round: a seeded sample of closed cases for the independent panel (Breda, seed article 000). */
export const reviewRounds = pgTable(
  "review_rounds",
  {
    tenantId: uuid("tenant_id")
      .notNull()
      .references(() => tenants.id),
    id: uuid("id").notNull().defaultRandom(),
    name: text("name").notNull(),
    seed: integer("seed").notNull(),
    sampleSize: integer("sample_size").notNull(),
    closedFrom: date("closed_from", { mode: "string" }).notNull(),
    closedTo: date("closed_to", { mode: "string" }).notNull(),
    stratifyByTeam: boolean("stratify_by_team").notNull(),
    createdBy: uuid("created_by").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.id] })],
);

/**
 * A sampled case in a round: its pseudonymised packet (no names, BSN or addresses; days relative to the
 * opening), the free-text summary the case director checked before release, and the panel's consensus.
 */
export const reviewItems = pgTable(
  "review_items",
  {
    tenantId: uuid("tenant_id")
      .notNull()
      .references(() => tenants.id),
    roundId: uuid("round_id").notNull(),
    caseId: uuid("case_id").notNull(),
    packet: jsonb("packet").notNull(),
    summary: text("summary"),
    releasedAt: timestamp("released_at", { withTimezone: true }),
    releasedBy: uuid("released_by"),
    consensus: jsonb("consensus").$type<{ verdict: string; priceItemId: string | null; unitsPerMonth: number | null; months: number | null; decidedBy: string } | null>(),
    version: integer("version").notNull().default(1),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.roundId, t.caseId] }),
    foreignKey({ name: "review_items_round_fk", columns: [t.tenantId, t.roundId], foreignColumns: [reviewRounds.tenantId, reviewRounds.id] }).onDelete("cascade"),
    foreignKey({ name: "review_items_case_fk", columns: [t.tenantId, t.caseId], foreignColumns: [cases.tenantId, cases.id] }),
  ],
);

/** One reviewer's independent verdict on one case; null verdict while assigned but not yet judged. */
export const reviewVerdicts = pgTable(
  "review_verdicts",
  {
    tenantId: uuid("tenant_id")
      .notNull()
      .references(() => tenants.id),
    roundId: uuid("round_id").notNull(),
    caseId: uuid("case_id").notNull(),
    reviewerId: uuid("reviewer_id").notNull(),
    verdict: text("verdict"),
    priceItemId: uuid("price_item_id"),
    unitsPerMonth: integer("units_per_month"),
    months: integer("months"),
    confidence: integer("confidence"),
    note: text("note"),
    submittedAt: timestamp("submitted_at", { withTimezone: true }),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.roundId, t.caseId, t.reviewerId] }),
    foreignKey({ name: "review_verdicts_item_fk", columns: [t.tenantId, t.roundId, t.caseId], foreignColumns: [reviewItems.tenantId, reviewItems.roundId, reviewItems.caseId] }).onDelete("cascade"),
    foreignKey({ name: "review_verdicts_reviewer_fk", columns: [t.tenantId, t.reviewerId], foreignColumns: [users.tenantId, users.id] }),
  ],
);
