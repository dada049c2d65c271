import { and, asc, desc, eq, inArray, or, sql } from "drizzle-orm";
import type { Arrangement, Claim, LedgerEntry, Pot } from "../../domain/budgets/dto";
import { signedAmount } from "../../domain/budgets/ledger";
import type { BudgetsRepository, RequestRecord } from "../../domain/budgets/repository";
import { isPurposeCategory, type PurposeCategory } from "../../domain/budgets/purpose-categories";
import type { SpendFact } from "../../domain/budgets/report";
import { rowsOf } from "../rls";
import type { Db } from "../connection";
import { budgetPots, cases, conditionalArrangements, households, ledgerEntries, mandates, recoveryClaims, spendingRequests, users } from "../schema/index";

/** A team id no team has: an empty team list must match nothing. */
const NO_TEAM = "00000000-0000-0000-0000-000000000000";
import type { Tx } from "../tenant-context";

type RequestRow = typeof spendingRequests.$inferSelect;
const toRequest = (row: RequestRow): RequestRecord => ({
  id: row.id,
  potId: row.potId,
  caseId: row.caseId,
  purposeCategory: isPurposeCategory(row.purposeCategory) ? row.purposeCategory : "overig",
  purpose: row.purpose,
  description: row.description,
  amountCents: row.amountCents,
  payee: row.payee,
  justification: row.justification,
  status: row.status as RequestRecord["status"],
  requestedBy: row.requestedBy,
  firstApproverId: row.firstApproverId,
  firstMandateId: row.firstMandateId,
  decidedBy: row.decidedBy,
  decidedMandateId: row.decidedMandateId,
  decisionReason: row.decisionReason,
  preFinanced: row.preFinanced,
  version: row.version,
});
const potColumns = {
  id: budgetPots.id,
  name: budgetPots.name,
  kind: budgetPots.kind,
  year: budgetPots.year,
  annualAmountCents: budgetPots.annualAmountCents,
  balanceCents: budgetPots.balanceCents,
  version: budgetPots.version,
};
const claimOf = (row: typeof recoveryClaims.$inferSelect): Claim => ({
  id: row.id,
  requestId: row.requestId,
  fundingSource: row.fundingSource as Claim["fundingSource"],
  claimedCents: row.claimedCents,
  status: row.status as Claim["status"],
  honouredCents: row.honouredCents,
  version: row.version,
});
const arrangementOf = (row: typeof conditionalArrangements.$inferSelect): Arrangement => ({
  id: row.id,
  requestId: row.requestId,
  condition: row.condition,
  dueOn: row.dueOn,
  outcome: row.outcome as Arrangement["outcome"],
  settledOn: row.settledOn,
  version: row.version,
});

export function createBudgetsRepository(db: Db | Tx): BudgetsRepository {
  const request = async (tenantId: string, where: ReturnType<typeof eq>) => {
    const [row] = await db.select().from(spendingRequests).where(and(eq(spendingRequests.tenantId, tenantId), where));
    return row ? toRequest(row) : null;
  };
  const mandatesOf = (tenantId: string) =>
    db
      .select({ id: mandates.id, potId: mandates.potId, userId: mandates.userId, userName: users.displayName, limitCents: mandates.limitCents, active: mandates.active })
      .from(mandates)
      .innerJoin(users, and(eq(users.tenantId, mandates.tenantId), eq(users.id, mandates.userId)))
      .where(eq(mandates.tenantId, tenantId))
      .$dynamic();
  return {
    async pots(tenantId) {
      return (await db.select(potColumns).from(budgetPots).where(eq(budgetPots.tenantId, tenantId)).orderBy(desc(budgetPots.year), asc(budgetPots.name))) as Pot[];
    },
    async pot(tenantId, potId) {
      const [row] = await db.select(potColumns).from(budgetPots).where(and(eq(budgetPots.tenantId, tenantId), eq(budgetPots.id, potId)));
      return (row as Pot | undefined) ?? null;
    },
    async insertPot(tenantId, input) {
      const [row] = await db.insert(budgetPots).values({ tenantId, ...input }).returning(potColumns);
      return row as Pot;
    },
    mandates: (tenantId, potId) => mandatesOf(tenantId).where(and(eq(mandates.tenantId, tenantId), eq(mandates.potId, potId))),
    async mandateOf(tenantId, potId, userId) {
      const [row] = await mandatesOf(tenantId).where(and(eq(mandates.tenantId, tenantId), eq(mandates.potId, potId), eq(mandates.userId, userId)));
      return row ?? null;
    },
    async upsertMandate(tenantId, potId, userId, limitCents) {
      await db
        .insert(mandates)
        .values({ tenantId, potId, userId, limitCents })
        .onConflictDoUpdate({ target: [mandates.tenantId, mandates.potId, mandates.userId], set: { limitCents, active: true } });
      const [row] = await mandatesOf(tenantId).where(and(eq(mandates.tenantId, tenantId), eq(mandates.potId, potId), eq(mandates.userId, userId)));
      return row!;
    },
    async revokeMandate(tenantId, potId, userId) {
      const rows = await db
        .update(mandates)
        .set({ active: false })
        .where(and(eq(mandates.tenantId, tenantId), eq(mandates.potId, potId), eq(mandates.userId, userId)))
        .returning({ id: mandates.id });
      return rows.length === 1;
    },
    async mandateHolder(tenantId, userId) {
      const [row] = await db.select({ roles: users.roles, active: users.active }).from(users).where(and(eq(users.tenantId, tenantId), eq(users.id, userId)));
      return row ? { roles: [...row.roles], active: row.active } : null;
    },
    async book(tenantId, movement) {
      const delta = signedAmount(movement.kind, movement.amountCents);
      // One statement: the row lock makes concurrent bookings line up, and the WHERE re-checks the
      // balance after the lock, so two approvals can never take the pot below zero together.
      const [pot] = await db
        .update(budgetPots)
        .set({ balanceCents: sql`${budgetPots.balanceCents} + ${delta}` })
        .where(and(eq(budgetPots.tenantId, tenantId), eq(budgetPots.id, movement.potId), sql`${budgetPots.balanceCents} + ${delta} >= 0`))
        .returning({ balance: budgetPots.balanceCents });
      if (!pot) return null;
      const [entry] = await db
        .insert(ledgerEntries)
        .values({ tenantId, potId: movement.potId, kind: movement.kind, amountCents: delta, balanceAfterCents: pot.balance, requestId: movement.requestId, note: movement.note, bookedOn: movement.bookedOn, bookedBy: movement.bookedBy })
        .returning();
      return { id: entry!.id, kind: entry!.kind, amountCents: entry!.amountCents, balanceAfterCents: entry!.balanceAfterCents, requestId: entry!.requestId, note: entry!.note, bookedOn: entry!.bookedOn };
    },
    async ledger(tenantId, potId) {
      const rows = await db
        .select({ entry: ledgerEntries, purposeCategory: spendingRequests.purposeCategory })
        .from(ledgerEntries)
        .leftJoin(spendingRequests, and(eq(spendingRequests.tenantId, ledgerEntries.tenantId), eq(spendingRequests.id, ledgerEntries.requestId)))
        .where(and(eq(ledgerEntries.tenantId, tenantId), eq(ledgerEntries.potId, potId)))
        .orderBy(asc(ledgerEntries.createdAt));
      return rows.map(
        ({ entry: e, purposeCategory }): LedgerEntry => ({
          id: e.id,
          kind: e.kind,
          amountCents: e.amountCents,
          balanceAfterCents: e.balanceAfterCents,
          requestId: e.requestId,
          purposeCategory: purposeCategory === null ? null : isPurposeCategory(purposeCategory) ? purposeCategory : "overig",
          note: e.note,
          bookedOn: e.bookedOn,
        }),
      );
    },
    requestByKey: (tenantId, key) => request(tenantId, eq(spendingRequests.idempotencyKey, key)),
    request: (tenantId, id) => request(tenantId, eq(spendingRequests.id, id)),
    async requests(tenantId, filter) {
      const rows = await db
        .select()
        .from(spendingRequests)
        .where(
          and(
            eq(spendingRequests.tenantId, tenantId),
            filter.potId ? eq(spendingRequests.potId, filter.potId) : undefined,
            filter.caseId ? eq(spendingRequests.caseId, filter.caseId) : undefined,
            filter.status ? eq(spendingRequests.status, filter.status) : undefined,
            filter.visibleTo
              ? or(
                  inArray(
                    spendingRequests.caseId,
                    db
                      .select({ id: cases.id })
                      .from(cases)
                      .innerJoin(households, and(eq(households.tenantId, cases.tenantId), eq(households.id, cases.householdId)))
                      .where(and(eq(cases.tenantId, tenantId), inArray(households.teamId, filter.visibleTo.teamIds.length > 0 ? filter.visibleTo.teamIds : [NO_TEAM]))),
                  ),
                  inArray(
                    spendingRequests.potId,
                    db
                      .select({ id: mandates.potId })
                      .from(mandates)
                      .where(and(eq(mandates.tenantId, tenantId), eq(mandates.userId, filter.visibleTo.userId), eq(mandates.active, true))),
                  ),
                )
              : undefined,
          ),
        )
        .orderBy(desc(spendingRequests.createdAt))
        .limit(500);
      return rows.map(toRequest);
    },
    async insertRequest(tenantId, input, requestedBy) {
      const inserted = await db
        .insert(spendingRequests)
        .values({
          tenantId,
          potId: input.potId,
          caseId: input.caseId,
          purposeCategory: input.purposeCategory,
          purpose: input.purpose,
          description: input.description,
          amountCents: input.amountCents,
          payee: input.payee,
          justification: input.justification,
          scenarios: input.scenarios,
          preFinanced: input.preFinanced,
          idempotencyKey: input.idempotencyKey,
          requestedBy,
        })
        .onConflictDoNothing()
        .returning();
      if (inserted[0]) return { record: toRequest(inserted[0]), created: true };
      return { record: (await request(tenantId, eq(spendingRequests.idempotencyKey, input.idempotencyKey)))!, created: false };
    },
    async updateRequest(tenantId, id, expectedVersion, changes) {
      const rows = await db
        .update(spendingRequests)
        .set({ ...changes, version: sql`${spendingRequests.version} + 1` })
        .where(and(eq(spendingRequests.tenantId, tenantId), eq(spendingRequests.id, id), eq(spendingRequests.version, expectedVersion)))
        .returning({ id: spendingRequests.id });
      return rows.length === 1;
    },
    async arrangementOf(tenantId, requestId) {
      const [row] = await db.select().from(conditionalArrangements).where(and(eq(conditionalArrangements.tenantId, tenantId), eq(conditionalArrangements.requestId, requestId)));
      return row ? arrangementOf(row) : null;
    },
    async insertArrangement(tenantId, requestId, input) {
      const [row] = await db.insert(conditionalArrangements).values({ tenantId, requestId, ...input }).returning();
      return arrangementOf(row!);
    },
    async settleArrangement(tenantId, id, expectedVersion, outcome, on) {
      const rows = await db
        .update(conditionalArrangements)
        .set({ outcome, settledOn: on, version: sql`${conditionalArrangements.version} + 1` })
        .where(and(eq(conditionalArrangements.tenantId, tenantId), eq(conditionalArrangements.id, id), eq(conditionalArrangements.version, expectedVersion)))
        .returning({ id: conditionalArrangements.id });
      return rows.length === 1;
    },
    async claims(tenantId, requestId) {
      return (await db.select().from(recoveryClaims).where(and(eq(recoveryClaims.tenantId, tenantId), eq(recoveryClaims.requestId, requestId)))).map(claimOf);
    },
    async claim(tenantId, id) {
      const [row] = await db.select().from(recoveryClaims).where(and(eq(recoveryClaims.tenantId, tenantId), eq(recoveryClaims.id, id)));
      return row ? claimOf(row) : null;
    },
    async insertClaim(tenantId, requestId, input) {
      const [row] = await db.insert(recoveryClaims).values({ tenantId, requestId, ...input }).returning();
      return claimOf(row!);
    },
    async spendFacts(tenantId, year) {
      // The year of the Dutch calendar date of the decision, as the ledger books it (domain/calendar.ts):
      // an approval at 00:30 on New Year's Day in Amsterdam is still the old year in UTC.
      const result = await db.execute(sql`
        select p.name as pot_name, r.purpose_category, t.name as team_name, r.amount_cents, r.pre_financed,
          coalesce((select sum(c.honoured_cents) from recovery_claims c where c.tenant_id = r.tenant_id and c.request_id = r.id and c.status = 'honoured'), 0)::bigint as honoured_cents,
          a.outcome as arrangement_outcome
        from spending_requests r
        join budget_pots p on p.tenant_id = r.tenant_id and p.id = r.pot_id
        join cases k on k.tenant_id = r.tenant_id and k.id = r.case_id
        join households h on h.tenant_id = k.tenant_id and h.id = k.household_id
        join teams t on t.tenant_id = h.tenant_id and t.id = h.team_id
        left join conditional_arrangements a on a.tenant_id = r.tenant_id and a.request_id = r.id
        where r.tenant_id = ${tenantId} and r.status = 'approved' and extract(year from r.decided_at at time zone 'Europe/Amsterdam') = ${year}`);
      return rowsOf<Record<string, unknown>>(result).map(
        (row): SpendFact => ({
          potName: String(row.pot_name),
          purposeCategory: isPurposeCategory(String(row.purpose_category)) ? (row.purpose_category as PurposeCategory) : "overig",
          teamName: String(row.team_name),
          amountCents: Number(row.amount_cents),
          preFinanced: Boolean(row.pre_financed),
          honouredCents: Number(row.honoured_cents),
          arrangementOutcome: (row.arrangement_outcome as SpendFact["arrangementOutcome"]) ?? null,
        }),
      );
    },
    async userNames(tenantId, ids) {
      if (ids.length === 0) return new Map();
      const rows = await db.select({ id: users.id, name: users.displayName }).from(users).where(and(eq(users.tenantId, tenantId), inArray(users.id, [...ids])));
      return new Map(rows.map((r) => [r.id, r.name]));
    },
    async requestScenarios(tenantId, requestId) {
      const [row] = await db.select({ scenarios: spendingRequests.scenarios }).from(spendingRequests).where(and(eq(spendingRequests.tenantId, tenantId), eq(spendingRequests.id, requestId)));
      return row?.scenarios ?? null;
    },
    async activeUsers(tenantId) {
      const rows = await db.select({ id: users.id, displayName: users.displayName, roles: users.roles, active: users.active }).from(users).where(eq(users.tenantId, tenantId)).orderBy(asc(users.displayName));
      return rows.filter((r) => r.active).map((r) => ({ id: r.id, displayName: r.displayName, roles: [...r.roles] }));
    },
    async decideClaim(tenantId, id, expectedVersion, status, honouredCents, on) {
      const rows = await db
        .update(recoveryClaims)
        .set({ status, honouredCents, decidedOn: on, version: sql`${recoveryClaims.version} + 1` })
        .where(and(eq(recoveryClaims.tenantId, tenantId), eq(recoveryClaims.id, id), eq(recoveryClaims.version, expectedVersion)))
        .returning({ id: recoveryClaims.id });
      return rows.length === 1;
    },
  };
}
