import type { Db } from "../db/connection";
import { createCasesRepository } from "../db/repositories/cases";
import { createPlatformRepository } from "../db/repositories/platform";
import { withTenant } from "../db/tenant-context";
import type { Me } from "../domain/accounts/dto";
import { addDays, dutchToday } from "../domain/calendar";
import { type PlatformDeps, escalate, recordEvaluation, recordMeeting, unstick } from "../domain/platform/service";
import { actingAs } from "./acting-as";
import { demoCasePool } from "./case-pool";
import { DEMO_COLLEAGUE } from "./colleague-demo";
import { DEMO_PLATFORM_CASES } from "./platform-stories-demo";

/** The social worker who escalates a team's stuck case; the ontschotter runs the platform (seed article 001). */
const ESCALATOR: Record<string, string> = { "Wijkteam Noord": "sociaal_werker", "Wijkteam Zuid": DEMO_COLLEAGUE.username };

/**
 * The demo's casusplatform (platform-stories-demo.ts) on sample cases, through the platform service: escalated by the
 * team's social worker, meetings, vlot and evaluations recorded by the ontschotter. A case is picked that was open
 * well before the escalation (a case stuck for weeks) and still open while on the platform; a story whose team has
 * no such case is left out. Needs the sample households and the demo colleague.
 */
export async function seedPlatformDemo(db: Db, tenantId: string, options: { today: Date }): Promise<{ escalations: number }> {
  const today = dutchToday(options.today);
  return withTenant(db, tenantId, async (tx) => {
    const deps: PlatformDeps = { platform: createPlatformRepository(tx), cases: createCasesRepository(tx), now: () => options.today };
    const ontschotter = await actingAs(tx, tenantId, "ontschotter");
    const escalators = new Map<string, Me>();
    for (const [team, username] of Object.entries(ESCALATOR)) escalators.set(team, await actingAs(tx, tenantId, username));
    const pool = await demoCasePool(tx, tenantId);
    let escalations = 0;
    for (const story of DEMO_PLATFORM_CASES) {
      const escalatedOn = addDays(today, -story.daysAgo);
      const unstuckOn = story.unstuckAfter === null ? null : addDays(escalatedOn, story.unstuckAfter);
      const file = pool.pick(story.team, addDays(escalatedOn, -28), unstuckOn);
      if (!file) continue;
      const escalation = await escalate(deps, tenantId, escalators.get(story.team)!, { caseId: file.id, reason: story.reason, escalatedOn });
      escalations += 1;
      for (const meeting of story.meetings) {
        const heldOn = addDays(escalatedOn, meeting.afterDays);
        await recordMeeting(deps, tenantId, ontschotter, escalation.id, {
          heldOn,
          invited: [...meeting.invited],
          residentJoined: meeting.residentJoined,
          firstQuestion: meeting.firstQuestion,
          ideas: [...meeting.ideas],
          breakthrough: meeting.breakthrough ?? null,
          mandatedDecision: meeting.mandatedDecision ?? null,
          actions: meeting.actions.map((a) => ({ what: a.what, owner: a.owner, dueOn: addDays(heldOn, a.inDays) })),
        });
      }
      if (!unstuckOn) continue;
      await unstick(deps, tenantId, ontschotter, escalation.id, escalation.version, unstuckOn);
      if (story.evaluation) await recordEvaluation(deps, tenantId, ontschotter, escalation.id, story.evaluation);
    }
    return { escalations };
  });
}
