import { describe, expect, it } from "vitest";
import type { Mandate } from "../../domain/budgets/dto";
import { decisionPreview, newIdempotencyKey } from "./budget-values";
import { caseIdOf, newRequestPath, reportYearOf } from "./paths";

const mandate = (limitCents: number): Mandate => ({ id: "m1", potId: "p", userId: "me", userName: "Olga", limitCents, active: true });
const request = { amountCents: 50_000, status: "pending" as const, requestedBy: "sanne", firstApproverId: null };

describe("decisionPreview", () => {
  it("says whether my approval finishes the decision or needs a second approver", () => {
    expect(decisionPreview(request, "me", mandate(100_000))).toEqual({ kind: "approves", limitCents: 100_000 });
    expect(decisionPreview(request, "me", mandate(10_000))).toEqual({ kind: "needs_second", limitCents: 10_000 });
    expect(decisionPreview({ ...request, status: "awaiting_second", firstApproverId: "other" }, "me", mandate(10_000))).toEqual({ kind: "approves", limitCents: 10_000 });
  });

  it("refuses without a mandate, for one's own request, and shows nothing once decided", () => {
    expect(decisionPreview(request, "me", null)).toMatchObject({ kind: "refused" });
    expect(decisionPreview(request, "sanne", { ...mandate(100_000), userId: "sanne" })).toMatchObject({ kind: "refused" });
    expect(decisionPreview({ ...request, status: "approved" }, "me", mandate(100_000))).toEqual({ kind: "none" });
  });
});

describe("paths", () => {
  it("carries the case in the address of the request form", () => {
    expect(caseIdOf(new URL(newRequestPath("abc"), "http://x").search)).toBe("abc");
    expect(caseIdOf("")).toBe("");
  });

  it("reads the report year, falling back for anything else", () => {
    expect(reportYearOf("?jaar=2025", 2026)).toBe(2025);
    expect(reportYearOf("?jaar=25", 2026)).toBe(2026);
    expect(reportYearOf("", 2026)).toBe(2026);
  });

  it("makes a new 32-character key each time", () => {
    const a = newIdempotencyKey();
    expect(a).toMatch(/^[0-9a-f]{32}$/);
    expect(newIdempotencyKey()).not.toBe(a);
  });
});
