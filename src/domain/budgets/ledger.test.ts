import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { applyMovement, LEDGER_KINDS, type LedgerKind, signedAmount } from "./ledger";

const kinds = Object.keys(LEDGER_KINDS) as LedgerKind[];
const movement = fc.record({ kind: fc.constantFrom(...kinds), amountCents: fc.integer({ min: 1, max: 2_000_000 }) });

describe("applyMovement", () => {
  it("signs credits, debits and record-only movements", () => {
    expect(signedAmount("allocation", 500)).toBe(500);
    expect(signedAmount("spend", 500)).toBe(-500);
    expect(signedAmount("recovery", 500)).toBe(500);
    expect(signedAmount("forgiven", 500)).toBe(0);
    expect(applyMovement(400, "spend", 500)).toEqual({ ok: false, reason: "insufficient_funds" });
    expect(applyMovement(500, "spend", 500)).toEqual({ ok: true, balanceCents: 0 });
  });

  it("keeps the ledger balanced over random sequences: the balance is the sum of what was booked and never below zero (property)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 5_000_000 }), fc.array(movement, { maxLength: 60 }), (opening, movements) => {
        let balance = opening;
        let booked = opening;
        for (const m of movements) {
          const step = applyMovement(balance, m.kind, m.amountCents);
          if (step.ok) {
            booked += signedAmount(m.kind, m.amountCents);
            balance = step.balanceCents;
          } else {
            // A refused movement changes nothing, and was refused only because it would go below zero.
            expect(balance + signedAmount(m.kind, m.amountCents)).toBeLessThan(0);
          }
          expect(balance).toBeGreaterThanOrEqual(0);
          expect(balance).toBe(booked);
        }
      }),
      { seed: 20261123 },
    );
  });
});
