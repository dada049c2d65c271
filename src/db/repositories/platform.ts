import { and, asc, desc, eq, ilike, isNull, or, sql } from "drizzle-orm";
import type { Evaluation, Meeting } from "../../domain/platform/dto";
import type { EscalationRecord, PlatformRepository } from "../../domain/platform/repository";
import type { Db } from "../connection";
import { rowsOf } from "../rls";
import { cases, escalations, households, platformEvaluations, platformMeetings } from "../schema/index";
import type { Tx } from "../tenant-context";

export function createPlatformRepository(db: Db | Tx): PlatformRepository {
  const select = (tenantId: string) =>
    db
      .select({
        id: escalations.id,
        caseId: escalations.caseId,
        householdName: households.name,
        teamId: households.teamId,
        escalatedOn: escalations.escalatedOn,
        reason: escalations.reason,
        unstuckOn: escalations.unstuckOn,
        version: escalations.version,
      })
      .from(escalations)
      .innerJoin(cases, and(eq(cases.tenantId, escalations.tenantId), eq(cases.id, escalations.caseId)))
      .innerJoin(households, and(eq(households.tenantId, cases.tenantId), eq(households.id, cases.householdId)))
      .where(eq(escalations.tenantId, tenantId))
      .$dynamic();
  const evaluationSelect = (tenantId: string) =>
    db
      .select({
        escalationId: platformEvaluations.escalationId,
        escalatedOn: escalations.escalatedOn,
        whatWorked: platformEvaluations.whatWorked,
        lessons: platformEvaluations.lessons,
        blockingRule: platformEvaluations.blockingRule,
      })
      .from(platformEvaluations)
      .innerJoin(escalations, and(eq(escalations.tenantId, platformEvaluations.tenantId), eq(escalations.id, platformEvaluations.escalationId)))
      .where(eq(platformEvaluations.tenantId, tenantId))
      .$dynamic();
  return {
    async escalations(tenantId, filter) {
      const rows = await select(tenantId)
        .where(and(eq(escalations.tenantId, tenantId), filter.open === true ? isNull(escalations.unstuckOn) : undefined))
        .orderBy(asc(escalations.escalatedOn));
      return rows as EscalationRecord[];
    },
    async escalation(tenantId, id) {
      const [row] = await select(tenantId).where(and(eq(escalations.tenantId, tenantId), eq(escalations.id, id)));
      return (row as EscalationRecord | undefined) ?? null;
    },
    async escalate(tenantId, input, by) {
      const rows = await db
        .insert(escalations)
        .values({ tenantId, caseId: input.caseId, escalatedOn: input.escalatedOn, reason: input.reason, escalatedBy: by })
        .onConflictDoNothing()
        .returning({ id: escalations.id });
      return rows[0]?.id ?? null;
    },
    async unstick(tenantId, id, expectedVersion, on) {
      const rows = await db
        .update(escalations)
        .set({ unstuckOn: on, version: sql`${escalations.version} + 1` })
        .where(and(eq(escalations.tenantId, tenantId), eq(escalations.id, id), eq(escalations.version, expectedVersion)))
        .returning({ id: escalations.id });
      return rows.length === 1;
    },
    async meetings(tenantId, escalationId) {
      const rows = await db
        .select()
        .from(platformMeetings)
        .where(and(eq(platformMeetings.tenantId, tenantId), eq(platformMeetings.escalationId, escalationId)))
        .orderBy(asc(platformMeetings.heldOn));
      return rows.map((r): Meeting => ({ id: r.id, heldOn: r.heldOn, invited: r.invited, residentJoined: r.residentJoined, firstQuestion: r.firstQuestion, ideas: r.ideas, breakthrough: r.breakthrough, mandatedDecision: r.mandatedDecision, actions: r.actions }));
    },
    async insertMeeting(tenantId, escalationId, input, by) {
      const values = {
        heldOn: input.heldOn,
        invited: input.invited,
        residentJoined: input.residentJoined,
        firstQuestion: input.firstQuestion,
        ideas: input.ideas,
        breakthrough: input.breakthrough ?? null,
        mandatedDecision: input.mandatedDecision ?? null,
        actions: input.actions,
      };
      const [row] = await db.insert(platformMeetings).values({ tenantId, escalationId, recordedBy: by, ...values }).returning({ id: platformMeetings.id });
      return { id: row!.id, ...values };
    },
    async evaluation(tenantId, escalationId) {
      const [row] = await evaluationSelect(tenantId).where(and(eq(platformEvaluations.tenantId, tenantId), eq(platformEvaluations.escalationId, escalationId)));
      return (row as Evaluation | undefined) ?? null;
    },
    async insertEvaluation(tenantId, escalationId, input, by) {
      const rows = await db
        .insert(platformEvaluations)
        .values({ tenantId, escalationId, whatWorked: input.whatWorked, lessons: input.lessons, blockingRule: input.blockingRule ?? null, recordedBy: by })
        .onConflictDoNothing()
        .returning({ id: platformEvaluations.escalationId });
      return rows.length === 1;
    },
    async searchEvaluations(tenantId, q) {
      const pattern = `%${q.replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`;
      const matches = q ? or(ilike(platformEvaluations.whatWorked, pattern), ilike(platformEvaluations.lessons, pattern), ilike(platformEvaluations.blockingRule, pattern)) : undefined;
      return (await evaluationSelect(tenantId)
        .where(and(eq(platformEvaluations.tenantId, tenantId), matches))
        .orderBy(desc(platformEvaluations.createdAt))
        .limit(200)) as Evaluation[];
    },
    async casesWithoutMovement(tenantId, before, teamIds) {
      if (teamIds && teamIds.length === 0) return [];
      const teamFilter = teamIds ? sql`and h.team_id in (${sql.join(teamIds.map((id) => sql`${id}::uuid`), sql`, `)})` : sql``;
      const result = await db.execute(sql`
        select c.id as case_id, h.name as household_name, greatest(
          c.opened_on,
          coalesce((select max(s.changed_on) from case_status_changes s where s.tenant_id = c.tenant_id and s.case_id = c.id), c.opened_on),
          coalesce((select max(g.held_on) from conversations g where g.tenant_id = c.tenant_id and g.case_id = c.id), c.opened_on),
          coalesce((select max(u.worked_on) from case_hours u where u.tenant_id = c.tenant_id and u.case_id = c.id), c.opened_on)
        )::text as last_activity
        from cases c join households h on h.tenant_id = c.tenant_id and h.id = c.household_id
        where c.tenant_id = ${tenantId} and c.status <> 'afgesloten' ${teamFilter}
          and not exists (select 1 from escalations e where e.tenant_id = c.tenant_id and e.case_id = c.id and e.unstuck_on is null)
        order by last_activity`);
      return rowsOf<{ case_id: string; household_name: string; last_activity: string }>(result)
        .filter((r) => r.last_activity < before)
        .map((r) => ({ caseId: r.case_id, householdName: r.household_name, lastActivity: r.last_activity.slice(0, 10) }));
    },
  };
}
