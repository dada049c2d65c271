import type { Mandate, SpendingRequest } from "../../domain/budgets/dto";
import { decideApproval } from "../../domain/budgets/decision-rules";
import { parseEuroCents } from "../format";

/** The status badge colour of a request; the word says what it means. */
export const REQUEST_STATUS_BADGE = { pending: "neutral", awaiting_second: "warning", approved: "success", rejected: "danger" } as const;

/** What the decider sees before deciding: may I, and does my approval finish it or wait for a second? */
export type DecisionPreview =
  | { readonly kind: "none" }
  | { readonly kind: "refused"; readonly reason: string }
  | { readonly kind: "approves"; readonly limitCents: number }
  | { readonly kind: "needs_second"; readonly limitCents: number };

/**
 * The decision rules (domain/budgets/decision-rules.ts) applied to me and this request, so the page
 * says beforehand which mandate is used and whether a second approver is needed.
 */
export const decisionPreview = (request: Pick<SpendingRequest, "amountCents" | "status" | "requestedBy" | "firstApproverId">, meId: string, mandate: Mandate | null): DecisionPreview => {
  if (request.status === "approved" || request.status === "rejected") return { kind: "none" };
  const outcome = decideApproval({ ...request, approverId: meId, mandate });
  if (outcome.kind === "refused") return { kind: "refused", reason: outcome.reason };
  return outcome.kind === "approved" ? { kind: "approves", limitCents: mandate!.limitCents } : { kind: "needs_second", limitCents: mandate!.limitCents };
};

/** A typed euro amount as cents, or the text itself so the server names the problem at the field. */
export const centsOrText = (text: string): number => parseEuroCents(text) ?? (text as unknown as number);

/**
 * A fresh idempotency key for one filled-in form: 128 random bits as hex. `getRandomValues` rather
 * than `randomUUID`, which browsers offer only on HTTPS and localhost.
 */
export const newIdempotencyKey = (): string =>
  Array.from(crypto.getRandomValues(new Uint8Array(16)), (byte) => byte.toString(16).padStart(2, "0")).join("");
