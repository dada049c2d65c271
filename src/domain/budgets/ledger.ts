/** Kinds of ledger movement and their sign: credits raise the balance, debits lower it. */
export const LEDGER_KINDS = {
  allocation: "credit",
  spend: "debit",
  repayment: "credit",
  recovery: "credit",
  forgiven: "none",
  written_off: "none",
} as const;
export type LedgerKind = keyof typeof LEDGER_KINDS;

/** The signed amount of a movement: positive for credits, negative for debits, zero for records only. */
export function signedAmount(kind: LedgerKind, amountCents: number): number {
  const effect = LEDGER_KINDS[kind];
  return effect === "credit" ? amountCents : effect === "debit" ? -amountCents : 0;
}

export type LedgerStep = { readonly ok: true; readonly balanceCents: number } | { readonly ok: false; readonly reason: "insufficient_funds" };

/**
 * The one rule of a pot: a movement may never take the balance below zero. The database enforces the
 * same rule atomically (UPDATE … WHERE balance >= amount, plus a CHECK); this is its specification.
 */
export function applyMovement(balanceCents: number, kind: LedgerKind, amountCents: number): LedgerStep {
  const next = balanceCents + signedAmount(kind, amountCents);
  return next < 0 ? { ok: false, reason: "insufficient_funds" } : { ok: true, balanceCents: next };
}
