import { and, eq } from "drizzle-orm";
import { createBudgetsRepository } from "../db/repositories/budgets";
import { users } from "../db/schema/index";
import type { Tx } from "../db/tenant-context";
import type { POT_KINDS } from "../domain/budgets/dto";
import { dutchToday } from "../domain/calendar";

/** The demo's flexible budgets: amounts in cents, mandates per demo username with a limit per decision. */
const DEMO_POTS: readonly { name: string; kind: (typeof POT_KINDS)[number]; annualAmountCents: number; mandates: readonly { username: string; limitCents: number }[] }[] = [
  {
    name: "Resultaatvolgend budget",
    kind: "outcome_budget",
    annualAmountCents: 5_000_000,
    mandates: [
      { username: "ontschotter", limitCents: 500_000 },
      { username: "sociaal_werker", limitCents: 100_000 },
    ],
  },
  {
    name: "Handgeld ontschotter",
    kind: "petty_cash",
    annualAmountCents: 1_000_000,
    mandates: [{ username: "ontschotter", limitCents: 250_000 }],
  },
];

/**
 * Two pots of the current year with their first ledger entry (the annual amount) and mandates: the
 * ontschotter on both, the social worker on the resultaatvolgend budget with a lower limit — so the
 * four-eyes rule and the second approver can be tried at once. Runs inside the demo seed's transaction.
 */
export async function seedBudgetsDemo(tx: Tx, tenantId: string, today: Date): Promise<void> {
  const budgets = createBudgetsRepository(tx);
  const userId = async (username: string) => {
    const [row] = await tx.select({ id: users.id }).from(users).where(and(eq(users.tenantId, tenantId), eq(users.username, username)));
    return row!.id;
  };
  const year = Number(dutchToday(today).slice(0, 4));
  // The annual amount is there from 1 January: the demo's spending of this year (budgets-activity-demo.ts) follows it.
  const bookedOn = `${year}-01-01`;
  const bookedBy = await userId("beleidsadviseur");
  for (const demo of DEMO_POTS) {
    const pot = await budgets.insertPot(tenantId, { name: `${demo.name} ${year}`, kind: demo.kind, year, annualAmountCents: demo.annualAmountCents });
    await budgets.book(tenantId, { potId: pot.id, kind: "allocation", amountCents: demo.annualAmountCents, requestId: null, note: `Jaarbudget ${year}`, bookedOn, bookedBy });
    for (const mandate of demo.mandates) await budgets.upsertMandate(tenantId, pot.id, await userId(mandate.username), mandate.limitCents);
  }
}
