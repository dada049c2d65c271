import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { decideApproval } from "./decision-rules";
import { applyMovement, signedAmount } from "./ledger";

const mandate = (limitCents: number) => ({ id: "m", limitCents, active: true });
const base = { amountCents: 50_000, status: "pending" as const, requestedBy: "worker", firstApproverId: null, approverId: "ontschotter" };

describe("decideApproval", () => {
  it("approves within the limit and asks a second approver above it", () => {
    expect(decideApproval({ ...base, mandate: mandate(100_000) })).toEqual({ kind: "approved", mandateId: "m" });
    expect(decideApproval({ ...base, mandate: mandate(10_000) })).toEqual({ kind: "awaiting_second", mandateId: "m" });
  });

  it("refuses without a mandate, for the requester, and the first approver twice", () => {
    expect(decideApproval({ ...base, mandate: null }).kind).toBe("refused");
    expect(decideApproval({ ...base, approverId: "worker", mandate: mandate(1e9) }).kind).toBe("refused");
    expect(decideApproval({ ...base, status: "awaiting_second", firstApproverId: "ontschotter", mandate: mandate(1e9) }).kind).toBe("refused");
    expect(decideApproval({ ...base, status: "awaiting_second", firstApproverId: "other", mandate: mandate(1) }).kind).toBe("approved");
    expect(decideApproval({ ...base, status: "approved", mandate: mandate(1e9) }).kind).toBe("refused");
  });
});

describe("ledger rule", () => {
  it("never lets a balance go below zero, and the balance is the sum of signed movements (property)", () => {
    const movement = fc.record({
      kind: fc.constantFrom("allocation", "spend", "repayment", "recovery", "forgiven", "written_off" as const),
      amount: fc.integer({ min: 1, max: 1_000_000 }),
    });
    fc.assert(
      fc.property(fc.array(movement, { maxLength: 60 }), (movements) => {
        let balance = 0;
        let sum = 0;
        for (const m of movements) {
          const step = applyMovement(balance, m.kind, m.amount);
          if (!step.ok) {
            expect(balance + signedAmount(m.kind, m.amount)).toBeLessThan(0);
            continue;
          }
          balance = step.balanceCents;
          sum += signedAmount(m.kind, m.amount);
          expect(balance).toBeGreaterThanOrEqual(0);
        }
        expect(balance).toBe(sum);
      }),
    );
  });
});
