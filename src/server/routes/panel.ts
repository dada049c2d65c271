import { z } from "zod";
import { createCasesRepository } from "../../db/repositories/cases";
import { createOutcomesRepository } from "../../db/repositories/outcomes";
import { createPanelRepository } from "../../db/repositories/panel";
import { createPlansRepository } from "../../db/repositories/plans";
import { createPricesRepository } from "../../db/repositories/prices";
import { createTasksRepository } from "../../db/repositories/tasks";
import { addDays, dutchToday } from "../../domain/calendar";
import type { Tx } from "../../db/tenant-context";
import { buildPacket } from "../../domain/panel/build-packet";
import { assignSchema, consensusSchema, createRoundSchema, packetSchema, releaseSchema, reviewItemSchema, roundSchema, submitVerdictSchema } from "../../domain/panel/dto";
import { type PanelDeps, assignReviewers, reviewerCandidates, createRound, itemsToRelease, roundItems, listRounds, myReviewItems, recordConsensus, releasePacket, reviewItem, submitVerdict } from "../../domain/panel/service";
import { type AnyRoute, created, noContent, ok, sessionRoute } from "../http/route";

const tag = "Panel";
const purpose = "onafhankelijke beoordeling";
const itemParams = z.object({ roundId: z.uuid(), caseId: z.uuid() });

function panelDeps(tx: Tx, tenantId: string): PanelDeps {
  const cases = createCasesRepository(tx);
  const plans = createPlansRepository(tx);
  const outcomes = createOutcomesRepository(tx);
  const prices = createPricesRepository(tx);
  return {
    panel: createPanelRepository(tx),
    async packetOf(caseId) {
      const file = (await cases.find(tenantId, caseId))!;
      const labels = new Map((await prices.list(tenantId)).map((p) => [p.id, p.label]));
      return buildPacket(file, await plans.resources(tenantId, caseId), await outcomes.measurements(tenantId, caseId), (id) => labels.get(id) ?? null);
    },
  };
}

const provisionSchema = z.object({ id: z.uuid(), code: z.string(), label: z.string(), unit: z.string(), payer: z.string() });

export const panelRoutes: AnyRoute[] = [
  sessionRoute({
    method: "get",
    path: "/panel/provisions",
    tag,
    summary: "The price-list items a reviewer can name as the provision that would otherwise have been granted",
    permission: "panel:review",
    responses: { 200: { description: "Provisions", schema: z.object({ items: z.array(provisionSchema) }) } },
    async handler({ tx, tenantId }) {
      const items = (await createPricesRepository(tx).list(tenantId)).map((p) => ({ id: p.id, code: p.code, label: p.label, unit: p.unit, payer: p.payer }));
      return ok({ items });
    },
  }),
  sessionRoute({
    method: "get",
    path: "/panel/rounds",
    tag,
    summary: "Review rounds with progress and agreement (Fleiss' kappa)",
    permission: "panel:manage",
    responses: { 200: { description: "Rounds", schema: z.object({ items: z.array(roundSchema) }) } },
    async handler({ tx, tenantId }) {
      return ok({ items: await listRounds(panelDeps(tx, tenantId), tenantId) });
    },
  }),
  sessionRoute({
    method: "post",
    path: "/panel/rounds",
    tag,
    summary: "Draw a seeded (optionally team-stratified) sample of closed cases and prepare pseudonymised packets",
    permission: "panel:manage",
    body: createRoundSchema,
    audit: { action: "create", subjectType: "review_round", purpose },
    responses: { 201: { description: "Drawn", schema: roundSchema } },
    async handler({ deps, tx, tenantId, session, body, subject }) {
      const tasks = createTasksRepository(tx);
      const today = dutchToday(deps.now());
      const remind: PanelDeps["remind"] = ({ caseDirectorId, caseId, roundName, by }) =>
        tasks
          .insert(tenantId, by, { title: `Dossier controleren en vrijgeven voor het beoordelingspanel (${roundName})`, dueOn: addDays(today, 14), assigneeId: caseDirectorId, subjectType: "case", subjectId: caseId }, today)
          .then(() => undefined);
      const round = await createRound({ ...panelDeps(tx, tenantId), remind }, tenantId, session.me, body);
      subject(round.id, { items: round.items, seed: round.seed });
      return created(round);
    },
  }),
  sessionRoute({
    method: "get",
    path: "/panel/rounds/:roundId/items",
    tag,
    summary: "Progress per sampled case: released, reviewers assigned, verdicts in, consensus",
    permission: "panel:manage",
    params: z.object({ roundId: z.uuid() }),
    responses: {
      200: {
        description: "Items",
        schema: z.object({ items: z.array(z.object({ caseId: z.uuid(), released: z.boolean(), reviewers: z.number().int(), verdictsIn: z.number().int(), consensus: z.string().nullable() })) }),
      },
    },
    async handler({ tx, tenantId, params }) {
      return ok({ items: await roundItems(panelDeps(tx, tenantId), tenantId, params.roundId) });
    },
  }),
  sessionRoute({
    method: "post",
    path: "/panel/rounds/:roundId/items/:caseId/reviewers",
    tag,
    summary: "Compose the panel: three panel members who were not involved in the case",
    permission: "panel:manage",
    params: itemParams,
    body: assignSchema,
    audit: { action: "update", subjectType: "review_item", purpose },
    responses: { 204: { description: "Assigned" } },
    async handler({ tx, tenantId, params, body, subject }) {
      await assignReviewers(panelDeps(tx, tenantId), tenantId, params.roundId, params.caseId, body.reviewerIds);
      subject(params.caseId, { roundId: params.roundId, reviewers: body.reviewerIds.length });
      return noContent();
    },
  }),
  sessionRoute({
    method: "get",
    path: "/panel/rounds/:roundId/items/:caseId/candidates",
    tag,
    summary: "Panel members for this case, each marked when involved in the case (and so not eligible) or already assigned",
    permission: "panel:manage",
    params: itemParams,
    responses: {
      200: {
        description: "Candidates",
        schema: z.object({ items: z.array(z.object({ id: z.uuid(), displayName: z.string(), involved: z.boolean(), assigned: z.boolean() })) }),
      },
    },
    async handler({ tx, tenantId, params }) {
      return ok({ items: await reviewerCandidates(panelDeps(tx, tenantId), tenantId, params.roundId, params.caseId) });
    },
  }),
  sessionRoute({
    method: "get",
    path: "/panel/to-release",
    tag,
    summary: "Packets of my cases waiting for my check before the panel sees them",
    permission: "cases:use",
    responses: { 200: { description: "Packets", schema: z.object({ items: z.array(z.object({ roundId: z.uuid(), caseId: z.uuid(), packet: packetSchema, version: z.number().int() })) }) } },
    async handler({ tx, tenantId, session }) {
      return ok({ items: await itemsToRelease(panelDeps(tx, tenantId), tenantId, session.me) });
    },
  }),
  sessionRoute({
    method: "post",
    path: "/panel/rounds/:roundId/items/:caseId/release",
    tag,
    summary: "The case director releases the packet with a checked free-text summary (no names)",
    permission: "cases:use",
    params: itemParams,
    body: releaseSchema,
    audit: { action: "update", subjectType: "review_item", purpose },
    responses: { 204: { description: "Released" } },
    async handler({ tx, tenantId, session, params, body, subject }) {
      await releasePacket(panelDeps(tx, tenantId), tenantId, session.me, params.roundId, params.caseId, body);
      subject(params.caseId, { roundId: params.roundId, released: true });
      return noContent();
    },
  }),
  sessionRoute({
    method: "get",
    path: "/panel/my-items",
    tag,
    summary: "My released review items; other reviewers' verdicts only once all three are in",
    permission: "panel:review",
    audit: { action: "read", subjectType: "review_item", purpose },
    responses: { 200: { description: "Items", schema: z.object({ items: z.array(reviewItemSchema) }) } },
    async handler({ tx, tenantId, session, subject }) {
      const items = await myReviewItems(panelDeps(tx, tenantId), tenantId, session.me);
      if (items.length > 0) subject("*", { ids: items.map((i) => i.caseId) });
      return ok({ items });
    },
  }),
  sessionRoute({
    method: "get",
    path: "/panel/rounds/:roundId/items/:caseId",
    tag,
    summary: "One review item (assigned reviewers only)",
    permission: "panel:review",
    params: itemParams,
    audit: { action: "read", subjectType: "review_item", purpose },
    responses: { 200: { description: "Item", schema: reviewItemSchema } },
    async handler({ tx, tenantId, session, params, subject }) {
      const item = await reviewItem(panelDeps(tx, tenantId), tenantId, session.me, params.roundId, params.caseId);
      subject(params.caseId, { roundId: params.roundId });
      return ok(item);
    },
  }),
  sessionRoute({
    method: "put",
    path: "/panel/rounds/:roundId/items/:caseId/verdict",
    tag,
    summary: "Give my independent verdict (once)",
    permission: "panel:review",
    params: itemParams,
    body: submitVerdictSchema,
    audit: { action: "update", subjectType: "review_item", purpose },
    responses: { 200: { description: "Recorded", schema: reviewItemSchema } },
    async handler({ tx, tenantId, session, params, body, subject }) {
      const item = await submitVerdict(panelDeps(tx, tenantId), tenantId, session.me, params.roundId, params.caseId, body);
      subject(params.caseId, { roundId: params.roundId, verdict: body.verdict });
      return ok(item);
    },
  }),
  sessionRoute({
    method: "post",
    path: "/panel/rounds/:roundId/items/:caseId/consensus",
    tag,
    summary: "Record the panel's consensus after all three verdicts",
    permission: "panel:review",
    params: itemParams,
    body: consensusSchema,
    audit: { action: "update", subjectType: "review_item", purpose },
    responses: { 200: { description: "Recorded", schema: reviewItemSchema } },
    async handler({ tx, tenantId, session, params, body, subject }) {
      const item = await recordConsensus(panelDeps(tx, tenantId), tenantId, session.me, params.roundId, params.caseId, body);
      subject(params.caseId, { roundId: params.roundId, consensus: body.verdict });
      return ok(item);
    },
  }),
];
