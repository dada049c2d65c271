import type { Db } from "../db/connection";
import { createBudgetsRepository } from "../db/repositories/budgets";
import { createCasesRepository } from "../db/repositories/cases";
import { createScenariosRepository } from "../db/repositories/scenarios";
import { createTasksRepository } from "../db/repositories/tasks";
import { withTenant } from "../db/tenant-context";
import type { Me } from "../domain/accounts/dto";
import { type BudgetsDeps, createArrangement, createClaim, createRequest, decideClaim, decideRequest, settleArrangement } from "../domain/budgets/service";
import { addDays, dutchToday } from "../domain/calendar";
import { actingAs } from "./acting-as";
import { DEMO_SPENDS, type DemoSpend } from "./budget-spends-demo";
import { demoCasePool } from "./case-pool";
import { DEMO_COLLEAGUE } from "./colleague-demo";

/** The social worker who files a team's requests. */
const REQUESTER: Record<DemoSpend["team"], string> = { "Wijkteam Noord": "sociaal_werker", "Wijkteam Zuid": DEMO_COLLEAGUE.username };

/** One dated step of one spend; the steps of all spends run in date order, as they would have happened. */
interface Step {
  readonly day: string;
  readonly run: (deps: BudgetsDeps) => Promise<void>;
}

/**
 * A year of the demo's flexible spending (budget-spends-demo.ts) on sample cases, filed and decided through the
 * budgets service with the clock set to each step's day: mandates, four eyes and second approvals, bookings,
 * arrangement outcomes and claim credits are then exactly what real use books. Every date falls in this year
 * (the year of the pots and of the report), between 1 January and today. Needs the sample households and the
 * demo colleague; skips a spend whose team has no case open on its day.
 */
export async function seedBudgetsActivityDemo(db: Db, tenantId: string, options: { today: Date }): Promise<{ requests: number }> {
  const today = dutchToday(options.today);
  const yearStart = `${today.slice(0, 4)}-01-01`;
  const within = (day: string) => (day < yearStart ? yearStart : day > today ? today : day);
  const { people, pots, pool } = await withTenant(db, tenantId, async (tx) => {
    const acting = new Map<string, Me>();
    for (const username of ["ontschotter", "sociaal_werker", DEMO_COLLEAGUE.username]) acting.set(username, await actingAs(tx, tenantId, username));
    return { people: acting, pots: await createBudgetsRepository(tx).pots(tenantId), pool: await demoCasePool(tx, tenantId) };
  });
  const as = (username: string) => people.get(username)!;

  const steps: Step[] = [];
  let skipped = 0;
  DEMO_SPENDS.forEach((spend, index) => {
    const decidedOn = within(addDays(today, -spend.daysAgo));
    const approvedOn = within(addDays(decidedOn, spend.decision.decidedBy.length > 1 ? 1 : 0));
    const lastDay = within(addDays(approvedOn, Math.max(spend.arrangement?.days ?? 0, spend.claim ? 42 : 0)));
    const potId = pots.find((p) => p.kind === spend.pot)?.id;
    const file = pool.pick(spend.team, within(addDays(decidedOn, -2)), lastDay);
    if (!potId || !file) {
      skipped += 1;
      return;
    }
    const requester = as(REQUESTER[spend.team]);
    let requestId = "";
    steps.push({
      day: within(addDays(decidedOn, -2)),
      run: async (deps) => {
        const { purposeCategory, purpose, description, amountCents, payee, justification } = spend;
        const input = { potId, caseId: file.id, purposeCategory, purpose, description, amountCents, payee, justification, preFinanced: Boolean(spend.claim), idempotencyKey: `demo-${today}-${index}` };
        requestId = (await createRequest(deps, tenantId, requester, input)).request.id;
      },
    });
    const decision = spend.decision;
    decision.decidedBy.forEach((decider, i) => {
      steps.push({
        day: i === 0 ? decidedOn : approvedOn,
        run: async (deps) => {
          const version = (await deps.budgets.request(tenantId, requestId))!.version;
          const reason = decision.kind === "rejected" ? decision.reason : undefined;
          await decideRequest(deps, tenantId, as(decider), requestId, { version, decision: decision.kind === "rejected" ? "reject" : "approve", reason });
        },
      });
    });
    if (decision.kind !== "approved") return;
    const arrangement = spend.arrangement;
    if (arrangement) {
      const dueOn = addDays(approvedOn, arrangement.days);
      steps.push({ day: approvedOn, run: async (deps) => void (await createArrangement(deps, tenantId, requester, requestId, { condition: arrangement.condition, dueOn })) });
      const outcome = arrangement.outcome;
      if (outcome !== "pending") steps.push({ day: within(dueOn), run: (deps) => settle(deps, tenantId, requester, requestId, outcome) });
    }
    const claim = spend.claim;
    if (claim) {
      let claimId = "";
      steps.push({
        day: within(addDays(approvedOn, 7)),
        run: async (deps) => {
          claimId = (await createClaim(deps, tenantId, requestId, { fundingSource: claim.fundingSource, claimedCents: spend.amountCents })).id;
        },
      });
      const status = claim.outcome;
      if (status !== "pending") {
        steps.push({
          day: within(addDays(approvedOn, 42)),
          run: async (deps) => {
            const version = (await deps.budgets.claim(tenantId, claimId))!.version;
            await decideClaim(deps, tenantId, as("ontschotter"), claimId, { version, status, honouredCents: claim.honouredCents });
          },
        });
      }
    }
  });
  // One transaction per step, as each is one request in real use (the ledger orders entries by their transaction's
  // time); a stable sort keeps the steps of one spend in order on the same day.
  for (const step of [...steps].sort((a, b) => a.day.localeCompare(b.day))) {
    const now = step.day === today ? options.today : new Date(`${step.day}T11:00:00Z`);
    await withTenant(db, tenantId, (tx) =>
      step.run({ budgets: createBudgetsRepository(tx), cases: createCasesRepository(tx), scenarios: createScenariosRepository(tx), tasks: createTasksRepository(tx), now: () => now }),
    );
  }
  return { requests: DEMO_SPENDS.length - skipped };
}

/** Settles an arrangement, and marks its reminder task done as the requester would on checking the condition. */
async function settle(deps: BudgetsDeps, tenantId: string, requester: Me, requestId: string, outcome: "forgiven" | "repaid"): Promise<void> {
  const on = dutchToday(deps.now());
  const arrangement = (await deps.budgets.arrangementOf(tenantId, requestId))!;
  await settleArrangement(deps, tenantId, requester, requestId, { version: arrangement.version, outcome });
  const request = (await deps.budgets.request(tenantId, requestId))!;
  const reminder = (await deps.tasks.list(tenantId, { assigneeId: requester.id, status: "open" }, on)).find((t) => t.subjectId === request.caseId && t.title.endsWith(arrangement.condition));
  if (reminder) await deps.tasks.setStatus(tenantId, reminder.id, reminder.version, "done", deps.now(), on);
}
