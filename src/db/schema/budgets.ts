import { sql } from "drizzle-orm";
import { bigint, boolean, check, date, foreignKey, integer, jsonb, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { users } from "./accounts";
import { cases } from "./cases";
import { tenants } from "./tenancy";

/**
 * A flexible-money pot: resultaatvolgend budget, the ontschotter's petty cash, or another. `balanceCents`
 * is the running balance, changed only together with a ledger entry and never below zero (CHECK).
 */
export const budgetPots = pgTable(
  "budget_pots",
  {
    tenantId: uuid("tenant_id")
      .notNull()
      .references(() => tenants.id),
    id: uuid("id").notNull().defaultRandom(),
    name: text("name").notNull(),
    kind: text("kind").notNull(),
    year: integer("year").notNull(),
    annualAmountCents: bigint("annual_amount_cents", { mode: "number" }).notNull(),
    balanceCents: bigint("balance_cents", { mode: "number" }).notNull().default(0),
    version: integer("version").notNull().default(1),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.id] }), check("budget_pots_balance_not_negative", sql`${t.balanceCents} >= 0`)],
);

/** Who may decide on spending from a pot, up to which amount per decision. */
export const mandates = pgTable(
  "mandates",
  {
    tenantId: uuid("tenant_id")
      .notNull()
      .references(() => tenants.id),
    id: uuid("id").notNull().defaultRandom(),
    potId: uuid("pot_id").notNull(),
    userId: uuid("user_id").notNull(),
    limitCents: bigint("limit_cents", { mode: "number" }).notNull(),
    active: boolean("active").notNull().default(true),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    foreignKey({ name: "mandates_pot_fk", columns: [t.tenantId, t.potId], foreignColumns: [budgetPots.tenantId, budgetPots.id] }),
    foreignKey({ name: "mandates_user_fk", columns: [t.tenantId, t.userId], foreignColumns: [users.tenantId, users.id] }),
    uniqueIndex("mandates_pot_user_key").on(t.tenantId, t.potId, t.userId),
  ],
);

/** A request to spend from a pot for a case, with its justification and the case's scenarios attached. */
export const spendingRequests = pgTable(
  "spending_requests",
  {
    tenantId: uuid("tenant_id")
      .notNull()
      .references(() => tenants.id),
    id: uuid("id").notNull().defaultRandom(),
    potId: uuid("pot_id").notNull(),
    caseId: uuid("case_id").notNull(),
    /** One of PURPOSE_CATEGORIES (domain/budgets/purpose-categories.ts); `purpose` is the free text beside it. */
    purposeCategory: text("purpose_category").notNull(),
    purpose: text("purpose").notNull(),
    description: text("description").notNull(),
    amountCents: bigint("amount_cents", { mode: "number" }).notNull(),
    payee: text("payee").notNull(),
    justification: jsonb("justification").$type<{ rechtmatigheid: string; rendement: string; betrokkenheid: string }>().notNull(),
    scenarios: jsonb("scenarios"),
    status: text("status").notNull().default("pending"),
    idempotencyKey: text("idempotency_key").notNull(),
    requestedBy: uuid("requested_by").notNull(),
    firstApproverId: uuid("first_approver_id"),
    firstMandateId: uuid("first_mandate_id"),
    decidedBy: uuid("decided_by"),
    decidedMandateId: uuid("decided_mandate_id"),
    decisionReason: text("decision_reason"),
    decidedAt: timestamp("decided_at", { withTimezone: true }),
    preFinanced: boolean("pre_financed").notNull().default(false),
    version: integer("version").notNull().default(1),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    foreignKey({ name: "spending_requests_pot_fk", columns: [t.tenantId, t.potId], foreignColumns: [budgetPots.tenantId, budgetPots.id] }),
    foreignKey({ name: "spending_requests_case_fk", columns: [t.tenantId, t.caseId], foreignColumns: [cases.tenantId, cases.id] }),
    uniqueIndex("spending_requests_idempotency_key").on(t.tenantId, t.idempotencyKey),
    check("spending_requests_amount_positive", sql`${t.amountCents} > 0`),
  ],
);

/** Every movement of a pot; the sum of `amountCents` (credits positive) equals the pot's balance. */
export const ledgerEntries = pgTable(
  "ledger_entries",
  {
    tenantId: uuid("tenant_id")
      .notNull()
      .references(() => tenants.id),
    id: uuid("id").notNull().defaultRandom(),
    potId: uuid("pot_id").notNull(),
    kind: text("kind").notNull(),
    amountCents: bigint("amount_cents", { mode: "number" }).notNull(),
    balanceAfterCents: bigint("balance_after_cents", { mode: "number" }).notNull(),
    requestId: uuid("request_id"),
    note: text("note"),
    bookedOn: date("booked_on", { mode: "string" }).notNull(),
    bookedBy: uuid("booked_by").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    foreignKey({ name: "ledger_entries_pot_fk", columns: [t.tenantId, t.potId], foreignColumns: [budgetPots.tenantId, budgetPots.id] }),
  ],
);

/** A spend paid up front under a condition, e.g. a car forgiven if the resident keeps the job six months. */
export const conditionalArrangements = pgTable(
  "conditional_arrangements",
  {
    tenantId: uuid("tenant_id")
      .notNull()
      .references(() => tenants.id),
    id: uuid("id").notNull().defaultRandom(),
    requestId: uuid("request_id").notNull(),
    condition: text("condition").notNull(),
    dueOn: date("due_on", { mode: "string" }).notNull(),
    outcome: text("outcome").notNull().default("pending"),
    settledOn: date("settled_on", { mode: "string" }),
    version: integer("version").notNull().default(1),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    foreignKey({ name: "conditional_arrangements_request_fk", columns: [t.tenantId, t.requestId], foreignColumns: [spendingRequests.tenantId, spendingRequests.id] }),
    uniqueIndex("conditional_arrangements_request_key").on(t.tenantId, t.requestId),
  ],
);

/** A claim on regular funding for a pre-financed spend; when honoured, the pot is credited. */
export const recoveryClaims = pgTable(
  "recovery_claims",
  {
    tenantId: uuid("tenant_id")
      .notNull()
      .references(() => tenants.id),
    id: uuid("id").notNull().defaultRandom(),
    requestId: uuid("request_id").notNull(),
    fundingSource: text("funding_source").notNull(),
    claimedCents: bigint("claimed_cents", { mode: "number" }).notNull(),
    status: text("status").notNull().default("pending"),
    honouredCents: bigint("honoured_cents", { mode: "number" }),
    decidedOn: date("decided_on", { mode: "string" }),
    version: integer("version").notNull().default(1),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    foreignKey({ name: "recovery_claims_request_fk", columns: [t.tenantId, t.requestId], foreignColumns: [spendingRequests.tenantId, spendingRequests.id] }),
  ],
);
