import type { Me } from "../accounts/dto";
import { AppError, notFound, validationFailed, versionConflict } from "../errors";
import { canSeeHousehold, visibleTeamIds } from "../households/access";
import type { AddConversation, AddHours, AddParticipant, CaseFile, CaseProvider, ChangeProvider, CaseListQuery, CaseSummary, ChangeStatus, Conversation, HoursEntry, OpenCase, Participant, TimelineItem } from "./dto";
import type { CasesRepository } from "./repository";
import { canMoveTo } from "./status-flow";
import { householdTimeline } from "./timeline";
import { dutchToday } from "../calendar";

export interface CasesDeps {
  readonly cases: CasesRepository;
  readonly now: () => Date;
}

const today = (deps: CasesDeps) => dutchToday(deps.now());

async function visibleCase(deps: CasesDeps, tenantId: string, me: Me, id: string): Promise<CaseFile> {
  const file = await deps.cases.find(tenantId, id);
  if (!file || !canSeeHousehold(me, file)) throw notFound("Deze casus");
  return file;
}

const notInFuture = (deps: CasesDeps, path: string, date: string) => (date > today(deps) ? [{ path, message: "De datum ligt in de toekomst" }] : []);

export const listCases = (deps: CasesDeps, tenantId: string, me: Me, query: CaseListQuery): Promise<CaseSummary[]> =>
  deps.cases.list(tenantId, query, visibleTeamIds(me));

export const getCase = visibleCase;

/** Opens the one active case of a household, with its case director. */
export async function openCase(deps: CasesDeps, tenantId: string, me: Me, input: OpenCase): Promise<CaseFile> {
  const teamId = await deps.cases.householdTeam(tenantId, input.householdId);
  if (!teamId || !canSeeHousehold(me, { teamId })) throw validationFailed([{ path: "householdId", message: "Dit huishouden bestaat niet of is niet van uw team" }]);
  const issues = notInFuture(deps, "openedOn", input.openedOn);
  if (!(await deps.cases.userActive(tenantId, input.caseDirectorId))) issues.push({ path: "caseDirectorId", message: "Kies een actieve medewerker als regisseur" });
  if (input.providerOrganisationId && !(await deps.cases.organisationExists(tenantId, input.providerOrganisationId))) {
    issues.push({ path: "providerOrganisationId", message: "Deze aanbieder bestaat niet" });
  }
  if (issues.length > 0) throw validationFailed(issues);
  const id = await deps.cases.insert(tenantId, input, me.id);
  if (!id) throw new AppError("conflict", "Dit huishouden heeft al een lopende casus: één huishouden, één plan, één regisseur.");
  return visibleCase(deps, tenantId, me, id);
}

/** Moves a case one step (see status-flow.ts); closing needs the outcome, satisfaction is optional. */
export async function changeCaseStatus(deps: CasesDeps, tenantId: string, me: Me, id: string, input: ChangeStatus): Promise<CaseFile> {
  const file = await visibleCase(deps, tenantId, me, id);
  if (!canMoveTo(file.status, input.status)) {
    throw validationFailed([{ path: "status", message: `Van "${file.status}" kan de casus niet naar "${input.status}"` }]);
  }
  const dateIssues = notInFuture(deps, "on", input.on);
  const lastChange = file.statusHistory.at(-1)?.changedOn ?? file.openedOn;
  if (input.on < lastChange) dateIssues.push({ path: "on", message: "De datum ligt vóór de vorige stap" });
  if (dateIssues.length > 0) throw validationFailed(dateIssues);
  const closing = input.status === "afgesloten";
  const changed = await deps.cases.changeStatus(
    tenantId,
    id,
    input.version,
    { status: input.status, ...(closing ? { closedOn: input.on, closingOutcome: input.closingOutcome ?? null, satisfaction: input.satisfaction ?? null } : {}) },
    input.on,
    me.id,
  );
  if (!changed) throw versionConflict();
  return visibleCase(deps, tenantId, me, id);
}

/** The organisations a case can be handed to: those with a contract. */
export const listCaseProviders = (deps: CasesDeps, tenantId: string): Promise<CaseProvider[]> => deps.cases.contractedProviders(tenantId);

/**
 * Hands the trajectory to a contracted provider, or back to the own team (null). The monitor compares
 * own trajectories with providers' ones, so this is a fact about the case, checked against the version read.
 */
export async function changeCaseProvider(deps: CasesDeps, tenantId: string, me: Me, id: string, input: ChangeProvider): Promise<CaseFile> {
  const file = await openForWork(deps, tenantId, me, id);
  if (input.providerOrganisationId !== null) {
    const providers = await deps.cases.contractedProviders(tenantId);
    if (!providers.some((provider) => provider.id === input.providerOrganisationId)) {
      throw validationFailed([{ path: "providerOrganisationId", message: "Kies een aanbieder met een contract" }]);
    }
  }
  if (!(await deps.cases.changeProvider(tenantId, file.id, input.version, input.providerOrganisationId))) throw versionConflict();
  return visibleCase(deps, tenantId, me, id);
}

async function openForWork(deps: CasesDeps, tenantId: string, me: Me, id: string): Promise<CaseFile> {
  const file = await visibleCase(deps, tenantId, me, id);
  if (file.status === "afgesloten") throw new AppError("conflict", "Deze casus is afgesloten.");
  return file;
}

export async function addParticipant(deps: CasesDeps, tenantId: string, me: Me, id: string, input: AddParticipant): Promise<Participant> {
  await openForWork(deps, tenantId, me, id);
  if (input.userId && !(await deps.cases.userActive(tenantId, input.userId))) throw validationFailed([{ path: "userId", message: "Deze medewerker bestaat niet" }]);
  return deps.cases.addParticipant(tenantId, id, input);
}

export async function addConversation(deps: CasesDeps, tenantId: string, me: Me, id: string, input: AddConversation): Promise<Conversation> {
  await openForWork(deps, tenantId, me, id);
  const issues = notInFuture(deps, "heldOn", input.heldOn);
  if (issues.length > 0) throw validationFailed(issues);
  return deps.cases.addConversation(tenantId, id, input, me.id);
}

export async function addHours(deps: CasesDeps, tenantId: string, me: Me, id: string, input: AddHours): Promise<HoursEntry> {
  const file = await openForWork(deps, tenantId, me, id);
  const issues = notInFuture(deps, "workedOn", input.workedOn);
  if (input.workedOn < file.openedOn) issues.push({ path: "workedOn", message: "De datum ligt vóór de opening van de casus" });
  if (issues.length > 0) throw validationFailed(issues);
  return deps.cases.addHours(tenantId, id, { workedOn: input.workedOn, activity: input.activity, minutes: Math.round(input.hours * 60), userId: me.id });
}

/** The household timeline: its questions, and every case's steps, conversations, hours, plan, costing and measurements, in order. */
export async function getHouseholdTimeline(deps: CasesDeps, tenantId: string, me: Me, householdId: string): Promise<TimelineItem[]> {
  const teamId = await deps.cases.householdTeam(tenantId, householdId);
  if (!teamId || !canSeeHousehold(me, { teamId })) throw notFound("Dit huishouden");
  const ids = await deps.cases.casesOfHousehold(tenantId, householdId);
  const files: CaseFile[] = [];
  for (const caseId of ids) {
    const file = await deps.cases.find(tenantId, caseId);
    if (file) files.push(file);
  }
  return householdTimeline(files, await deps.cases.questionsOfHousehold(tenantId, householdId), await deps.cases.workOfCases(tenantId, ids));
}
