import type { Me } from "../accounts/dto";
import { daysBetween, dutchToday } from "../calendar";
import type { CasesRepository } from "../cases/repository";
import { getCase } from "../cases/service";
import { AppError, notFound, validationFailed, versionConflict } from "../errors";
import { visibleTeamIds } from "../households/access";
import type { Escalate, Escalation, EscalationDetail, Evaluation, Meeting, PlatformStats, RecordEvaluation, RecordMeeting } from "./dto";
import type { EscalationRecord, PlatformRepository } from "./repository";
import { daysOpen, isOverdue, unstuckStatistics } from "./unstuck-clock";

export interface PlatformDeps {
  readonly platform: PlatformRepository;
  readonly cases: CasesRepository;
  readonly now: () => Date;
}

/** A case is "without movement" after four weeks with no status change, conversation or hours. */
export const STUCK_AFTER_DAYS = 28;

const today = (deps: PlatformDeps) => dutchToday(deps.now());
const toEscalation = (record: EscalationRecord, day: string): Escalation => ({
  id: record.id,
  caseId: record.caseId,
  householdName: record.householdName,
  escalatedOn: record.escalatedOn,
  reason: record.reason,
  unstuckOn: record.unstuckOn,
  daysOpen: daysOpen(record.escalatedOn, record.unstuckOn, day),
  overdue: isOverdue(record.escalatedOn, record.unstuckOn, day),
  version: record.version,
});

/** Escalations within the user's reach: social workers see their own teams', the ontschotter all. */
export async function listEscalations(deps: PlatformDeps, tenantId: string, me: Me, filter: { open?: boolean; overdueOnly?: boolean; caseId?: string }): Promise<Escalation[]> {
  const day = today(deps);
  const teams = visibleTeamIds(me);
  const items = (await deps.platform.escalations(tenantId, { open: filter.open }))
    .filter((r) => (teams === null || teams.includes(r.teamId)) && (filter.caseId === undefined || r.caseId === filter.caseId))
    .map((r) => toEscalation(r, day));
  return filter.overdueOnly ? items.filter((e) => e.overdue) : items;
}

/** Cases of the user's reach that have not moved for STUCK_AFTER_DAYS: candidates for the platform. */
export async function stuckCases(deps: PlatformDeps, tenantId: string, me: Me) {
  const before = new Date(Date.parse(`${today(deps)}T00:00:00Z`) - STUCK_AFTER_DAYS * 86_400_000).toISOString().slice(0, 10);
  const rows = await deps.platform.casesWithoutMovement(tenantId, before, visibleTeamIds(me));
  return rows.map((r) => ({ ...r, daysWithoutMovement: daysBetween(r.lastActivity, today(deps)) }));
}

export async function escalate(deps: PlatformDeps, tenantId: string, me: Me, input: Escalate): Promise<Escalation> {
  await getCase({ cases: deps.cases, now: deps.now }, tenantId, me, input.caseId);
  if (input.escalatedOn > today(deps)) throw validationFailed([{ path: "escalatedOn", message: "De datum ligt in de toekomst" }]);
  const id = await deps.platform.escalate(tenantId, input, me.id);
  if (!id) throw new AppError("conflict", "Deze casus staat al op het casusplatform.");
  return toEscalation((await deps.platform.escalation(tenantId, id))!, today(deps));
}

async function existing(deps: PlatformDeps, tenantId: string, me: Me, id: string): Promise<EscalationRecord> {
  const record = await deps.platform.escalation(tenantId, id);
  const teams = visibleTeamIds(me);
  if (!record || (teams !== null && !teams.includes(record.teamId))) throw notFound("Deze escalatie");
  return record;
}

/** One escalation with its clock, meetings and evaluation. */
export async function escalationDetail(deps: PlatformDeps, tenantId: string, me: Me, id: string): Promise<EscalationDetail> {
  const record = await existing(deps, tenantId, me, id);
  const [meetingList, evaluation] = await Promise.all([deps.platform.meetings(tenantId, id), deps.platform.evaluation(tenantId, id)]);
  return { ...toEscalation(record, today(deps)), meetings: meetingList, evaluation };
}

export async function recordMeeting(deps: PlatformDeps, tenantId: string, me: Me, escalationId: string, input: RecordMeeting): Promise<Meeting> {
  const record = await existing(deps, tenantId, me, escalationId);
  if (input.heldOn < record.escalatedOn) throw validationFailed([{ path: "heldOn", message: "Het platform was vóór de escalatie" }]);
  if (input.mandatedDecision && !me.roles.includes("ontschotter")) {
    throw validationFailed([{ path: "mandatedDecision", message: "Alleen de ontschotter neemt een gemandateerd besluit" }]);
  }
  return deps.platform.insertMeeting(tenantId, escalationId, input, me.id);
}

export async function meetings(deps: PlatformDeps, tenantId: string, me: Me, escalationId: string): Promise<Meeting[]> {
  await existing(deps, tenantId, me, escalationId);
  return deps.platform.meetings(tenantId, escalationId);
}

/** Stops the clock: the case is vlot. */
export async function unstick(deps: PlatformDeps, tenantId: string, me: Me, escalationId: string, version: number, unstuckOn: string): Promise<Escalation> {
  const record = await existing(deps, tenantId, me, escalationId);
  if (record.unstuckOn) throw new AppError("conflict", "Deze casus is al vlot.");
  const issues = [];
  if (unstuckOn < record.escalatedOn) issues.push({ path: "unstuckOn", message: "Vlot vóór de escalatie kan niet" });
  if (unstuckOn > today(deps)) issues.push({ path: "unstuckOn", message: "De datum ligt in de toekomst" });
  if (issues.length > 0) throw validationFailed(issues);
  if (!(await deps.platform.unstick(tenantId, escalationId, version, unstuckOn))) throw versionConflict();
  return toEscalation((await deps.platform.escalation(tenantId, escalationId))!, today(deps));
}

export async function recordEvaluation(deps: PlatformDeps, tenantId: string, me: Me, escalationId: string, input: RecordEvaluation): Promise<Evaluation> {
  const record = await existing(deps, tenantId, me, escalationId);
  if (!record.unstuckOn) throw new AppError("conflict", "Evalueer het platform nadat de casus vlot is.");
  if (!(await deps.platform.insertEvaluation(tenantId, escalationId, input, me.id))) throw new AppError("conflict", "Dit platform is al geëvalueerd.");
  return (await deps.platform.evaluation(tenantId, escalationId))!;
}

export const searchEvaluations = (deps: PlatformDeps, tenantId: string, q: string): Promise<Evaluation[]> => deps.platform.searchEvaluations(tenantId, q);

export async function platformStats(deps: PlatformDeps, tenantId: string): Promise<PlatformStats> {
  return unstuckStatistics(await deps.platform.escalations(tenantId, {}), today(deps));
}
