import type { AuditSink } from "../accounts/service";
import { AppError, invalidField, notFound, versionConflict } from "../errors";
import type { CreateQuestion, Question, QuestionListQuery, RetentionSettings, TriageDecision, UpdateQuestion } from "./dto";
import type { QuestionsRepository } from "./repository";
import { retentionCutoff } from "./retention";
import { dutchToday } from "../calendar";

export interface QuestionsDeps {
  readonly questions: QuestionsRepository;
  readonly now: () => Date;
}


async function checkTeam(deps: QuestionsDeps, tenantId: string, teamId: string | null | undefined): Promise<void> {
  if (teamId && !(await deps.questions.teamExists(tenantId, teamId))) throw invalidField("teamId", "Dit team bestaat niet");
}

function checkReceivedOn(deps: QuestionsDeps, receivedOn: string | undefined): void {
  if (receivedOn && receivedOn > dutchToday(deps.now())) throw invalidField("receivedOn", "De datum ligt in de toekomst");
}

export const listQuestions = (deps: QuestionsDeps, tenantId: string, query: QuestionListQuery): Promise<Question[]> =>
  deps.questions.list(tenantId, query);

export async function getQuestion(deps: QuestionsDeps, tenantId: string, id: string): Promise<Question> {
  const question = await deps.questions.find(tenantId, id);
  if (!question) throw notFound("Deze vraag");
  return question;
}

export async function registerQuestion(deps: QuestionsDeps, tenantId: string, userId: string, input: CreateQuestion): Promise<Question> {
  checkReceivedOn(deps, input.receivedOn);
  await checkTeam(deps, tenantId, input.teamId);
  return deps.questions.insert(tenantId, userId, input);
}

/** Edits a question while it awaits triage; after triage it is a record of what was decided. */
export async function editQuestion(deps: QuestionsDeps, tenantId: string, id: string, input: UpdateQuestion): Promise<Question> {
  const current = await getQuestion(deps, tenantId, id);
  if (current.outcome) throw new AppError("conflict", "Deze vraag is al getrieerd en kan niet meer worden gewijzigd.");
  checkReceivedOn(deps, input.receivedOn);
  await checkTeam(deps, tenantId, input.teamId);
  const { version, ...changes } = input;
  const updated = await deps.questions.update(tenantId, id, version, changes);
  if (!updated) throw versionConflict();
  return updated;
}

/**
 * Records the triage decision. A question is triaged once; "elders beantwoord" needs the place it was
 * referred to (checked by the schema). Opening the household's case for "gesprek nodig" follows with
 * the cases area.
 */
export async function triageQuestion(deps: QuestionsDeps, tenantId: string, userId: string, id: string, decision: TriageDecision): Promise<Question> {
  const current = await getQuestion(deps, tenantId, id);
  if (current.outcome) throw new AppError("conflict", "Deze vraag is al getrieerd.");
  const updated = await deps.questions.update(tenantId, id, decision.version, {
    outcome: decision.outcome,
    referredTo: decision.outcome === "referred_elsewhere" ? (decision.referredTo ?? null) : null,
    triageNote: decision.note ?? null,
    triagedBy: userId,
    triagedAt: deps.now(),
  });
  if (!updated) throw versionConflict();
  return updated;
}

export async function getRetention(deps: QuestionsDeps, tenantId: string): Promise<RetentionSettings> {
  const { months, version } = await deps.questions.retentionMonths(tenantId);
  return { questionRetentionMonths: months, version };
}

export async function setRetention(deps: QuestionsDeps, tenantId: string, input: RetentionSettings): Promise<RetentionSettings> {
  if (!(await deps.questions.setRetentionMonths(tenantId, input.questionRetentionMonths, input.version))) throw versionConflict();
  return getRetention(deps, tenantId);
}

/**
 * The retention job for one tenant: removes the personal data of questions closed without a dossier
 * longer ago than the tenant's retention period, and audits each removal.
 */
export async function purgeExpiredQuestions(deps: QuestionsDeps, audit: AuditSink, tenantId: string): Promise<number> {
  const now = deps.now();
  const { months } = await deps.questions.retentionMonths(tenantId);
  const ids = await deps.questions.removePersonalData(tenantId, retentionCutoff(now, months), now);
  for (const id of ids) {
    audit.record({ action: "purge", subjectType: "question", subjectId: id, purpose: "bewaartermijn verstreken", details: { retentionMonths: months } });
  }
  return ids.length;
}
