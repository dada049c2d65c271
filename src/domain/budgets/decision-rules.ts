/**
 * Who may decide a spending request, and what the decision then is (issue 5):
 * - only a holder of an active mandate on the pot decides, never the requester (four eyes);
 * - within the first approver's limit, one approval suffices;
 * - above it, the request waits for a second approver: another holder of an active mandate on the pot,
 *   not the requester and not the first approver.
 */
export type DecisionOutcome =
  | { readonly kind: "approved"; readonly mandateId: string }
  | { readonly kind: "awaiting_second"; readonly mandateId: string }
  | { readonly kind: "refused"; readonly reason: string };

export interface DecisionInput {
  readonly amountCents: number;
  readonly status: "pending" | "awaiting_second" | "approved" | "rejected";
  readonly requestedBy: string;
  readonly firstApproverId: string | null;
  readonly approverId: string;
  readonly mandate: { readonly id: string; readonly limitCents: number; readonly active: boolean } | null;
}

export function decideApproval(input: DecisionInput): DecisionOutcome {
  if (input.status === "approved" || input.status === "rejected") return { kind: "refused", reason: "Over dit verzoek is al besloten." };
  if (!input.mandate?.active) return { kind: "refused", reason: "U heeft geen mandaat voor dit budget." };
  if (input.approverId === input.requestedBy) return { kind: "refused", reason: "U kunt uw eigen verzoek niet goedkeuren (vier ogen)." };
  if (input.status === "awaiting_second") {
    if (input.approverId === input.firstApproverId) return { kind: "refused", reason: "De tweede goedkeuring moet van iemand anders komen." };
    return { kind: "approved", mandateId: input.mandate.id };
  }
  return input.amountCents <= input.mandate.limitCents ? { kind: "approved", mandateId: input.mandate.id } : { kind: "awaiting_second", mandateId: input.mandate.id };
}

/** Rejecting needs a mandate on the pot too, but no second approver. */
export function mayReject(input: Pick<DecisionInput, "status" | "mandate">): boolean {
  return (input.status === "pending" || input.status === "awaiting_second") && Boolean(input.mandate?.active);
}
