import { z } from "zod";
import { createBudgetsRepository } from "../../db/repositories/budgets";
import { createCasesRepository } from "../../db/repositories/cases";
import { createScenariosRepository } from "../../db/repositories/scenarios";
import { createTasksRepository } from "../../db/repositories/tasks";
import type { Tx } from "../../db/tenant-context";
import {
  arrangementSchema,
  claimSchema,
  createArrangementSchema,
  createClaimSchema,
  createPotSchema,
  createRequestSchema,
  decideClaimSchema,
  decideSchema,
  grantMandateSchema,
  ledgerEntrySchema,
  mandateCandidateSchema,
  mandateSchema,
  potSchema,
  potWithMandatesSchema,
  requestDetailSchema,
  settleArrangementSchema,
  spendingRequestSchema,
} from "../../domain/budgets/dto";
import {
  type BudgetsDeps,
  createArrangement,
  createClaim,
  createPot,
  createRequest,
  decideClaim,
  decideRequest,
  grantMandate,
  ledger,
  listMandates,
  listPots,
  listRequests,
  mandateCandidates,
  potsWithMandates,
  requestDetail,
  revokeMandate,
  settleArrangement,
} from "../../domain/budgets/service";
import type { AppDeps } from "../deps";
import { type AnyRoute, created, noContent, ok, sessionRoute } from "../http/route";

const tag = "Budgetten";
const purpose = "flexibel budget";
const id = z.object({ id: z.uuid() });
const budgetsDeps = (deps: AppDeps, tx: Tx): BudgetsDeps => ({
  budgets: createBudgetsRepository(tx),
  cases: createCasesRepository(tx),
  scenarios: createScenariosRepository(tx),
  tasks: createTasksRepository(tx),
  now: deps.now,
});

export const budgetRoutes: AnyRoute[] = [
  sessionRoute({
    method: "get",
    path: "/budget-pots",
    tag,
    summary: "Budget pots with their balances",
    permission: "budgets:use",
    responses: { 200: { description: "Pots", schema: z.object({ items: z.array(potSchema) }) } },
    async handler({ deps, tx, tenantId }) {
      return ok({ items: await listPots(budgetsDeps(deps, tx), tenantId) });
    },
  }),
  sessionRoute({
    method: "post",
    path: "/budget-pots",
    tag,
    summary: "Create a pot; its annual amount is the first ledger entry",
    permission: "budgets:manage",
    body: createPotSchema,
    responses: { 201: { description: "Created", schema: potSchema } },
    async handler({ deps, tx, tenantId, session, body }) {
      return created(await createPot(budgetsDeps(deps, tx), tenantId, session.me, body));
    },
  }),
  sessionRoute({
    method: "get",
    path: "/budget-admin/pots",
    tag,
    summary: "Pots with their mandate holders, for those who manage them",
    permission: "budgets:manage",
    responses: { 200: { description: "Pots", schema: z.object({ items: z.array(potWithMandatesSchema) }) } },
    async handler({ deps, tx, tenantId }) {
      return ok({ items: await potsWithMandates(budgetsDeps(deps, tx), tenantId) });
    },
  }),
  sessionRoute({
    method: "get",
    path: "/budget-admin/mandate-candidates",
    tag,
    summary: "Active users whose role may request and decide spending: who can hold a mandate (names only)",
    permission: "budgets:manage",
    responses: { 200: { description: "Candidates", schema: z.object({ items: z.array(mandateCandidateSchema) }) } },
    async handler({ deps, tx, tenantId }) {
      return ok({ items: await mandateCandidates(budgetsDeps(deps, tx), tenantId) });
    },
  }),
  sessionRoute({
    method: "get",
    path: "/budget-pots/:id/mandates",
    tag,
    summary: "Mandate holders of a pot and their limit per decision",
    permission: "budgets:use",
    params: id,
    responses: { 200: { description: "Mandates", schema: z.object({ items: z.array(mandateSchema) }) } },
    async handler({ deps, tx, tenantId, params }) {
      return ok({ items: await listMandates(budgetsDeps(deps, tx), tenantId, params.id) });
    },
  }),
  sessionRoute({
    method: "post",
    path: "/budget-pots/:id/mandates",
    tag,
    summary: "Grant (or change) a mandate with a limit per decision",
    permission: "budgets:manage",
    params: id,
    body: grantMandateSchema,
    audit: { action: "update", subjectType: "mandate", purpose },
    responses: { 201: { description: "Granted", schema: mandateSchema } },
    async handler({ deps, tx, tenantId, params, body, subject }) {
      const mandate = await grantMandate(budgetsDeps(deps, tx), tenantId, params.id, body.userId, body.limitCents);
      subject(mandate.id, { userId: body.userId, limitCents: body.limitCents });
      return created(mandate);
    },
  }),
  sessionRoute({
    method: "post",
    path: "/budget-pots/:id/mandates/:userId/revoke",
    tag,
    summary: "Withdraw a mandate; earlier decisions keep naming it",
    permission: "budgets:manage",
    params: z.object({ id: z.uuid(), userId: z.uuid() }),
    audit: { action: "update", subjectType: "mandate", purpose },
    responses: { 204: { description: "Withdrawn" } },
    async handler({ deps, tx, tenantId, params, subject }) {
      await revokeMandate(budgetsDeps(deps, tx), tenantId, params.id, params.userId);
      subject(params.id, { revokedUserId: params.userId });
      return noContent();
    },
  }),
  sessionRoute({
    method: "get",
    path: "/budget-pots/:id/ledger",
    tag,
    summary: "The pot's ledger with the running balance",
    permission: "budgets:use",
    params: id,
    responses: { 200: { description: "Ledger", schema: z.object({ items: z.array(ledgerEntrySchema) }) } },
    async handler({ deps, tx, tenantId, params }) {
      return ok({ items: await ledger(budgetsDeps(deps, tx), tenantId, params.id) });
    },
  }),
  sessionRoute({
    method: "get",
    path: "/spending-requests",
    tag,
    summary: "Spending requests, by pot, case or status",
    permission: "budgets:use",
    query: z.object({ potId: z.uuid().optional(), caseId: z.uuid().optional(), status: z.enum(["pending", "awaiting_second", "approved", "rejected"]).optional() }),
    audit: { action: "read", subjectType: "spending_request", purpose },
    responses: { 200: { description: "Requests", schema: z.object({ items: z.array(spendingRequestSchema) }) } },
    async handler({ deps, tx, tenantId, session, query, subject }) {
      const items = await listRequests(budgetsDeps(deps, tx), tenantId, session.me, query);
      if (items.length > 0) subject("*", { ids: items.map((r) => r.id) });
      return ok({ items });
    },
  }),
  sessionRoute({
    method: "get",
    path: "/spending-requests/:id",
    tag,
    summary: "One request with names, the mandates used, the attached scenarios, its arrangement and claims",
    permission: "budgets:use",
    params: id,
    audit: { action: "read", subjectType: "spending_request", purpose },
    responses: { 200: { description: "Request", schema: requestDetailSchema } },
    async handler({ deps, tx, tenantId, params, subject }) {
      const detail = await requestDetail(budgetsDeps(deps, tx), tenantId, params.id);
      subject(detail.id);
      return ok(detail);
    },
  }),
  sessionRoute({
    method: "post",
    path: "/spending-requests",
    tag,
    summary: "Request spending for a case (the case's scenarios are attached); the same idempotencyKey is recorded once",
    permission: "budgets:use",
    body: createRequestSchema,
    audit: { action: "create", subjectType: "spending_request", purpose },
    responses: { 201: { description: "Recorded", schema: spendingRequestSchema }, 200: { description: "Already recorded with this key", schema: spendingRequestSchema } },
    async handler({ deps, tx, tenantId, session, body, subject }) {
      const { request, replay } = await createRequest(budgetsDeps(deps, tx), tenantId, session.me, body);
      subject(request.id, { caseId: request.caseId, amountCents: request.amountCents, replay });
      return replay ? ok(request) : created(request);
    },
  }),
  sessionRoute({
    method: "post",
    path: "/spending-requests/:id/decision",
    tag,
    summary: "Approve or reject under your mandate; above your limit a second approver is needed",
    permission: "budgets:use",
    params: id,
    body: decideSchema,
    audit: { action: "update", subjectType: "spending_request", purpose },
    responses: { 200: { description: "Decided", schema: spendingRequestSchema }, 409: { description: "Changed by someone else, or too little in the pot" } },
    async handler({ deps, tx, tenantId, session, params, body, subject }) {
      const { request, audit } = await decideRequest(budgetsDeps(deps, tx), tenantId, session.me, params.id, body);
      subject(request.id, { decision: body.decision, ...audit });
      return ok(request);
    },
  }),
  sessionRoute({
    method: "post",
    path: "/spending-requests/:id/arrangement",
    tag,
    summary: "Attach a conditional arrangement (condition, due date; a reminder task is created)",
    permission: "budgets:use",
    params: id,
    body: createArrangementSchema,
    audit: { action: "update", subjectType: "spending_request", purpose },
    responses: { 201: { description: "Attached", schema: arrangementSchema } },
    async handler({ deps, tx, tenantId, session, params, body, subject }) {
      const arrangement = await createArrangement(budgetsDeps(deps, tx), tenantId, session.me, params.id, body);
      subject(params.id, { arrangement: arrangement.id });
      return created(arrangement);
    },
  }),
  sessionRoute({
    method: "post",
    path: "/spending-requests/:id/arrangement/outcome",
    tag,
    summary: "Settle the arrangement: forgiven, repaid (credits the pot) or written off",
    permission: "budgets:use",
    params: id,
    body: settleArrangementSchema,
    audit: { action: "update", subjectType: "spending_request", purpose },
    responses: { 200: { description: "Settled", schema: arrangementSchema } },
    async handler({ deps, tx, tenantId, session, params, body, subject }) {
      const arrangement = await settleArrangement(budgetsDeps(deps, tx), tenantId, session.me, params.id, body);
      subject(params.id, { arrangementOutcome: arrangement.outcome });
      return ok(arrangement);
    },
  }),
  sessionRoute({
    method: "post",
    path: "/spending-requests/:id/claims",
    tag,
    summary: "Claim a pre-financed spend from regular funding",
    permission: "budgets:use",
    params: id,
    body: createClaimSchema,
    audit: { action: "update", subjectType: "spending_request", purpose },
    responses: { 201: { description: "Claimed", schema: claimSchema } },
    async handler({ deps, tx, tenantId, params, body, subject }) {
      const claim = await createClaim(budgetsDeps(deps, tx), tenantId, params.id, body);
      subject(params.id, { claim: claim.id, fundingSource: claim.fundingSource });
      return created(claim);
    },
  }),
  sessionRoute({
    method: "post",
    path: "/recovery-claims/:id/outcome",
    tag,
    summary: "Record the outcome of a claim; an honoured claim credits the pot",
    permission: "budgets:use",
    params: id,
    body: decideClaimSchema,
    audit: { action: "update", subjectType: "recovery_claim", purpose },
    responses: { 200: { description: "Recorded", schema: claimSchema } },
    async handler({ deps, tx, tenantId, session, params, body, subject }) {
      const claim = await decideClaim(budgetsDeps(deps, tx), tenantId, session.me, params.id, body);
      subject(claim.id, { status: claim.status, honouredCents: claim.honouredCents });
      return ok(claim);
    },
  }),
];
