import type { LedgerKind } from "./ledger";
import type { MandateHolder } from "./mandate-holders";
import type { SpendFact } from "./report";
import type { Arrangement, Claim, CreatePot, CreateRequest, LedgerEntry, Mandate, Pot, SpendingRequest } from "./dto";

export interface RequestRecord extends SpendingRequest {
  readonly firstMandateId: string | null;
  readonly decidedMandateId: string | null;
}

export interface BudgetsRepository {
  pots(tenantId: string): Promise<Pot[]>;
  pot(tenantId: string, potId: string): Promise<Pot | null>;
  insertPot(tenantId: string, input: CreatePot): Promise<Pot>;
  mandates(tenantId: string, potId: string): Promise<Mandate[]>;
  mandateOf(tenantId: string, potId: string, userId: string): Promise<Mandate | null>;
  upsertMandate(tenantId: string, potId: string, userId: string, limitCents: number): Promise<Mandate>;
  /** The user's roles and whether they are active, to check they may hold a mandate; null if unknown. */
  mandateHolder(tenantId: string, userId: string): Promise<MandateHolder | null>;
  /** Withdraws a mandate (kept for the audit trail of earlier decisions); false when there is none. */
  revokeMandate(tenantId: string, potId: string, userId: string): Promise<boolean>;
  /**
   * Moves money atomically: the pot's balance changes only if it stays ≥ 0, and a ledger entry with the
   * new balance is written. Returns null when the pot has too little.
   */
  book(tenantId: string, movement: { potId: string; kind: LedgerKind; amountCents: number; requestId: string | null; note: string | null; bookedOn: string; bookedBy: string }): Promise<Omit<LedgerEntry, "purposeCategory"> | null>;
  /** The pot's entries, oldest first, each with the purpose category of its request (if any). */
  ledger(tenantId: string, potId: string): Promise<LedgerEntry[]>;
  requestByKey(tenantId: string, key: string): Promise<RequestRecord | null>;
  request(tenantId: string, id: string): Promise<RequestRecord | null>;
  /** With `visibleTo`: only requests for cases of those teams, or on pots where that user holds an active mandate. */
  requests(tenantId: string, filter: { potId?: string; caseId?: string; status?: string; visibleTo?: { teamIds: string[]; userId: string } }): Promise<RequestRecord[]>;
  /** Inserts unless the idempotency key exists; returns the (possibly earlier) request. */
  insertRequest(tenantId: string, input: CreateRequest & { scenarios: unknown }, requestedBy: string): Promise<{ record: RequestRecord; created: boolean }>;
  updateRequest(tenantId: string, id: string, expectedVersion: number, changes: Partial<Pick<RequestRecord, "status" | "firstApproverId" | "firstMandateId" | "decidedBy" | "decidedMandateId" | "decisionReason">> & { decidedAt?: Date }): Promise<boolean>;
  arrangementOf(tenantId: string, requestId: string): Promise<Arrangement | null>;
  insertArrangement(tenantId: string, requestId: string, input: { condition: string; dueOn: string }): Promise<Arrangement>;
  settleArrangement(tenantId: string, id: string, expectedVersion: number, outcome: string, on: string): Promise<boolean>;
  claims(tenantId: string, requestId: string): Promise<Claim[]>;
  claim(tenantId: string, id: string): Promise<Claim | null>;
  insertClaim(tenantId: string, requestId: string, input: { fundingSource: string; claimedCents: number }): Promise<Claim>;
  /** Approved spends of a year (by decision date), without names or case ids. */
  spendFacts(tenantId: string, year: number): Promise<SpendFact[]>;
  /** Display names of these users (unknown ids are left out). */
  userNames(tenantId: string, ids: readonly string[]): Promise<Map<string, string>>;
  /** The scenarios attached to a request when it was filed. */
  requestScenarios(tenantId: string, requestId: string): Promise<unknown | null>;
  /** Active users with their roles, to offer as mandate holders. */
  activeUsers(tenantId: string): Promise<{ id: string; displayName: string; roles: string[] }[]>;
  decideClaim(tenantId: string, id: string, expectedVersion: number, status: string, honouredCents: number | null, on: string): Promise<boolean>;
}
