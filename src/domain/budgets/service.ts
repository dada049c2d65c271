import { visibleTeamIds } from "../households/access";
import type { Me } from "../accounts/dto";
import type { CasesRepository } from "../cases/repository";
import { getCase } from "../cases/service";
import { AppError, notFound, validationFailed, versionConflict } from "../errors";
import type { ScenariosRepository } from "../scenarios/repository";
import { present } from "../scenarios/service";
import type { TasksRepository } from "../tasks/repository";
import { decideApproval, mayReject } from "./decision-rules";
import { mandateRefusal } from "./mandate-holders";
import type { Arrangement, Claim, CreatePot, CreateRequest, Decide, LedgerEntry, Mandate, MandateCandidate, Pot, PotWithMandates, RequestDetail } from "./dto";
import type { BudgetsRepository, RequestRecord } from "./repository";
import { budgetReport } from "./report";
import { dutchToday } from "../calendar";

export interface BudgetsDeps {
  readonly budgets: BudgetsRepository;
  readonly cases: CasesRepository;
  readonly scenarios: ScenariosRepository;
  readonly tasks: TasksRepository;
  readonly now: () => Date;
}

/** What a decision records in the audit log: which mandate was used, with its limit. */
export interface DecisionAudit {
  readonly mandateId: string | null;
  readonly limitCents: number | null;
  readonly outcome: string;
}

const today = (deps: BudgetsDeps) => dutchToday(deps.now());
/** How the ledger names a funder and an arrangement's outcome: the notes are read by people, in Dutch. */
const FUNDER_NAMES: Record<string, string> = { wmo: "Wmo", jeugdwet: "Jeugdwet", participatiewet: "Participatiewet", bijzondere_bijstand: "bijzondere bijstand", noodfonds: "noodfonds", zorgverzekeraar: "zorgverzekeraar", overig: "overige financiering" };
const OUTCOME_NAMES: Record<string, string> = { forgiven: "kwijtgescholden", repaid: "terugbetaald", written_off: "afgeschreven" };
const insufficient = () => new AppError("conflict", "Onvoldoende saldo in dit budget voor dit bedrag.");
const toPublic = ({ firstMandateId: _f, decidedMandateId: _d, ...request }: RequestRecord) => request;

export const listPots = (deps: BudgetsDeps, tenantId: string): Promise<Pot[]> => deps.budgets.pots(tenantId);

/** A new pot starts with its annual amount as the first ledger entry. */
export async function createPot(deps: BudgetsDeps, tenantId: string, me: Me, input: CreatePot): Promise<Pot> {
  const pot = await deps.budgets.insertPot(tenantId, input);
  await deps.budgets.book(tenantId, { potId: pot.id, kind: "allocation", amountCents: input.annualAmountCents, requestId: null, note: `Jaarbudget ${input.year}`, bookedOn: today(deps), bookedBy: me.id });
  return (await deps.budgets.pot(tenantId, pot.id))!;
}

async function existingPot(deps: BudgetsDeps, tenantId: string, potId: string): Promise<Pot> {
  const pot = await deps.budgets.pot(tenantId, potId);
  if (!pot) throw notFound("Dit budget");
  return pot;
}

export async function listMandates(deps: BudgetsDeps, tenantId: string, potId: string): Promise<Mandate[]> {
  await existingPot(deps, tenantId, potId);
  return deps.budgets.mandates(tenantId, potId);
}

/**
 * Grants a mandate, or changes its limit. Only to an active user whose role may decide on spending
 * (mandate-holders.ts): the API refuses what the admin page does not offer.
 */
export async function grantMandate(deps: BudgetsDeps, tenantId: string, potId: string, userId: string, limitCents: number): Promise<Mandate> {
  await existingPot(deps, tenantId, potId);
  const refusal = mandateRefusal(await deps.budgets.mandateHolder(tenantId, userId));
  if (refusal) throw validationFailed([{ path: "userId", message: refusal }]);
  return deps.budgets.upsertMandate(tenantId, potId, userId, limitCents);
}

/** Withdraws a mandate: its holder decides no more on this pot; earlier decisions keep naming it. */
export async function revokeMandate(deps: BudgetsDeps, tenantId: string, potId: string, userId: string): Promise<void> {
  await existingPot(deps, tenantId, potId);
  if (!(await deps.budgets.revokeMandate(tenantId, potId, userId))) throw notFound("Dit mandaat");
}

export async function ledger(deps: BudgetsDeps, tenantId: string, potId: string): Promise<LedgerEntry[]> {
  await existingPot(deps, tenantId, potId);
  return deps.budgets.ledger(tenantId, potId);
}

/**
 * Files a spending request for a case, with the case's three-scenario costing attached. A request sent
 * twice with the same idempotency key is recorded once (the second call returns the first).
 */
export async function createRequest(deps: BudgetsDeps, tenantId: string, me: Me, input: CreateRequest): Promise<{ request: ReturnType<typeof toPublic>; replay: boolean }> {
  const earlier = await deps.budgets.requestByKey(tenantId, input.idempotencyKey);
  if (earlier) return { request: toPublic(earlier), replay: true };
  await getCase({ cases: deps.cases, now: deps.now }, tenantId, me, input.caseId);
  await existingPot(deps, tenantId, input.potId);
  const stored = await deps.scenarios.find(tenantId, input.caseId);
  const { record, created } = await deps.budgets.insertRequest(tenantId, { ...input, scenarios: stored ? present(input.caseId, stored) : null }, me.id);
  return { request: toPublic(record), replay: !created };
}

/** One request with names, the mandates used, the attached costing, its arrangement and its claims. */
export async function requestDetail(deps: BudgetsDeps, tenantId: string, requestId: string): Promise<RequestDetail> {
  const request = await deps.budgets.request(tenantId, requestId);
  if (!request) throw notFound("Dit verzoek");
  const [pot, potMandates, arrangement, claims, scenarios] = await Promise.all([
    deps.budgets.pot(tenantId, request.potId),
    deps.budgets.mandates(tenantId, request.potId),
    deps.budgets.arrangementOf(tenantId, requestId),
    deps.budgets.claims(tenantId, requestId),
    deps.budgets.requestScenarios(tenantId, requestId),
  ]);
  const ids = [request.requestedBy, request.firstApproverId, request.decidedBy].filter((id): id is string => id !== null);
  const names = await deps.budgets.userNames(tenantId, ids);
  const nameOf = (id: string | null) => (id === null ? null : (names.get(id) ?? null));
  const mandateOf = (id: string | null) => potMandates.find((m) => m.id === id) ?? null;
  return {
    ...toPublic(request),
    potName: pot?.name ?? "",
    requestedByName: nameOf(request.requestedBy) ?? "",
    firstApproverName: nameOf(request.firstApproverId),
    decidedByName: nameOf(request.decidedBy),
    firstMandate: mandateOf(request.firstMandateId),
    decidedMandate: mandateOf(request.decidedMandateId),
    scenarios,
    arrangement,
    claims,
  };
}

/** Pots with their mandate holders, for those who manage them. */
export async function potsWithMandates(deps: BudgetsDeps, tenantId: string): Promise<PotWithMandates[]> {
  const pots = await deps.budgets.pots(tenantId);
  return Promise.all(pots.map(async (pot) => ({ ...pot, mandates: await deps.budgets.mandates(tenantId, pot.id) })));
}

/** Who can be given a mandate: active users whose role may request and decide spending (mandate-holders.ts). */
export async function mandateCandidates(deps: BudgetsDeps, tenantId: string): Promise<MandateCandidate[]> {
  return (await deps.budgets.activeUsers(tenantId)).filter((u) => mandateRefusal({ roles: u.roles, active: true }) === null).map(({ id, displayName }) => ({ id, displayName }));
}

/**
 * The requests a user may see: those for cases of their teams, and those on pots they hold a mandate for (they
 * decide on them). The ontschotter and the triagist work across teams and see all (households/access.ts).
 */
export async function listRequests(deps: BudgetsDeps, tenantId: string, me: Me, filter: { potId?: string; caseId?: string; status?: string }) {
  const teamIds = visibleTeamIds(me);
  const visibleTo = teamIds === null ? undefined : { teamIds, userId: me.id };
  return (await deps.budgets.requests(tenantId, { ...filter, visibleTo })).map(toPublic);
}

/**
 * Approves or rejects under the deciding user's mandate (decision-rules.ts). An approval that completes
 * the decision books the spend; if the pot has too little, nothing changes and the answer is 409.
 */
export async function decideRequest(deps: BudgetsDeps, tenantId: string, me: Me, requestId: string, input: Decide): Promise<{ request: ReturnType<typeof toPublic>; audit: DecisionAudit }> {
  const request = await deps.budgets.request(tenantId, requestId);
  if (!request) throw notFound("Dit verzoek");
  if (request.version !== input.version) throw versionConflict();
  const mandate = await deps.budgets.mandateOf(tenantId, request.potId, me.id);
  const now = deps.now();
  if (input.decision === "reject") {
    if (!mayReject({ status: request.status, mandate })) throw new AppError("forbidden", "U kunt over dit verzoek niet (meer) besluiten.");
    if (!(await deps.budgets.updateRequest(tenantId, requestId, input.version, { status: "rejected", decidedBy: me.id, decidedMandateId: mandate!.id, decisionReason: input.reason ?? null, decidedAt: now }))) throw versionConflict();
    return { request: toPublic((await deps.budgets.request(tenantId, requestId))!), audit: { mandateId: mandate!.id, limitCents: mandate!.limitCents, outcome: "rejected" } };
  }
  const outcome = decideApproval({ amountCents: request.amountCents, status: request.status, requestedBy: request.requestedBy, firstApproverId: request.firstApproverId, approverId: me.id, mandate });
  if (outcome.kind === "refused") throw new AppError("forbidden", outcome.reason);
  if (outcome.kind === "awaiting_second") {
    if (!(await deps.budgets.updateRequest(tenantId, requestId, input.version, { status: "awaiting_second", firstApproverId: me.id, firstMandateId: outcome.mandateId }))) throw versionConflict();
  } else {
    if (!(await deps.budgets.updateRequest(tenantId, requestId, input.version, { status: "approved", decidedBy: me.id, decidedMandateId: outcome.mandateId, decisionReason: input.reason ?? null, decidedAt: now }))) throw versionConflict();
    const booked = await deps.budgets.book(tenantId, { potId: request.potId, kind: "spend", amountCents: request.amountCents, requestId, note: request.description, bookedOn: today(deps), bookedBy: me.id });
    if (!booked) throw insufficient();
  }
  return { request: toPublic((await deps.budgets.request(tenantId, requestId))!), audit: { mandateId: outcome.mandateId, limitCents: mandate!.limitCents, outcome: outcome.kind } };
}

async function approvedRequest(deps: BudgetsDeps, tenantId: string, requestId: string): Promise<RequestRecord> {
  const request = await deps.budgets.request(tenantId, requestId);
  if (!request) throw notFound("Dit verzoek");
  if (request.status !== "approved") throw new AppError("conflict", "Dit kan alleen bij een goedgekeurde uitgave.");
  return request;
}

/** A conditional arrangement on an approved spend, with a reminder task on its due date for the requester. */
export async function createArrangement(deps: BudgetsDeps, tenantId: string, me: Me, requestId: string, input: { condition: string; dueOn: string }): Promise<Arrangement> {
  const request = await approvedRequest(deps, tenantId, requestId);
  if (await deps.budgets.arrangementOf(tenantId, requestId)) throw new AppError("conflict", "Deze uitgave heeft al een voorwaardelijke afspraak.");
  const arrangement = await deps.budgets.insertArrangement(tenantId, requestId, input);
  await deps.tasks.insert(tenantId, me.id, { title: `Voorwaarde nagaan: ${input.condition}`, dueOn: input.dueOn, assigneeId: request.requestedBy, subjectType: "case", subjectId: request.caseId }, today(deps));
  return arrangement;
}

/** Forgiven or written off: recorded only; repaid: the pot is credited with the amount. */
export async function settleArrangement(deps: BudgetsDeps, tenantId: string, me: Me, requestId: string, input: { version: number; outcome: "forgiven" | "repaid" | "written_off" }): Promise<Arrangement> {
  const request = await approvedRequest(deps, tenantId, requestId);
  const arrangement = await deps.budgets.arrangementOf(tenantId, requestId);
  if (!arrangement) throw notFound("Deze afspraak");
  if (arrangement.outcome !== "pending") throw new AppError("conflict", "Deze afspraak is al afgehandeld.");
  if (!(await deps.budgets.settleArrangement(tenantId, arrangement.id, input.version, input.outcome, today(deps)))) throw versionConflict();
  const kind = input.outcome === "repaid" ? "repayment" : input.outcome;
  await deps.budgets.book(tenantId, { potId: request.potId, kind, amountCents: request.amountCents, requestId, note: `Voorwaardelijke afspraak: ${OUTCOME_NAMES[input.outcome]}`, bookedOn: today(deps), bookedBy: me.id });
  return (await deps.budgets.arrangementOf(tenantId, requestId))!;
}

export async function createClaim(deps: BudgetsDeps, tenantId: string, requestId: string, input: { fundingSource: string; claimedCents: number }): Promise<Claim> {
  const request = await approvedRequest(deps, tenantId, requestId);
  if (!request.preFinanced) throw new AppError("conflict", "Alleen een voorgefinancierde uitgave kan worden teruggevorderd.");
  const claimed = (await deps.budgets.claims(tenantId, requestId)).filter((c) => c.status !== "rejected").reduce((sum, c) => sum + c.claimedCents, 0);
  if (claimed + input.claimedCents > request.amountCents) {
    throw validationFailed([{ path: "claimedCents", message: "Samen meer geclaimd dan er is uitgegeven" }]);
  }
  return deps.budgets.insertClaim(tenantId, requestId, input);
}

/** An honoured claim credits the pot with what was honoured (at most what was claimed). */
export async function decideClaim(deps: BudgetsDeps, tenantId: string, me: Me, claimId: string, input: { version: number; status: "honoured" | "rejected"; honouredCents?: number }): Promise<Claim> {
  const claim = await deps.budgets.claim(tenantId, claimId);
  if (!claim) throw notFound("Deze claim");
  if (claim.status !== "pending") throw new AppError("conflict", "Over deze claim is al besloten.");
  const honoured = input.status === "honoured" ? (input.honouredCents ?? 0) : null;
  if (honoured !== null && honoured > claim.claimedCents) {
    throw validationFailed([{ path: "honouredCents", message: "Meer toegekend dan geclaimd" }]);
  }
  if (!(await deps.budgets.decideClaim(tenantId, claimId, input.version, input.status, honoured, today(deps)))) throw versionConflict();
  if (honoured) {
    const request = (await deps.budgets.request(tenantId, claim.requestId))!;
    await deps.budgets.book(tenantId, { potId: request.potId, kind: "recovery", amountCents: honoured, requestId: request.id, note: `Teruggevorderd bij ${FUNDER_NAMES[claim.fundingSource] ?? claim.fundingSource}`, bookedOn: today(deps), bookedBy: me.id });
  }
  return (await deps.budgets.claim(tenantId, claimId))!;
}

/** The budget report of a year: aggregates only, small cells suppressed (report.ts). */
export async function budgetReportFor(deps: Pick<BudgetsDeps, "budgets">, tenantId: string, year: number) {
  return budgetReport(await deps.budgets.spendFacts(tenantId, year));
}
