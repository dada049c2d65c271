import { z } from "zod";
import { createCasesRepository } from "../../db/repositories/cases";
import { createPlatformRepository } from "../../db/repositories/platform";
import type { Tx } from "../../db/tenant-context";
import { escalateSchema, escalationDetailSchema, escalationSchema, evaluationSchema, meetingSchema, platformStatsSchema, recordEvaluationSchema, recordMeetingSchema, unstickSchema } from "../../domain/platform/dto";
import { type PlatformDeps, escalate, escalationDetail, listEscalations, meetings, platformStats, recordEvaluation, recordMeeting, searchEvaluations, stuckCases, unstick } from "../../domain/platform/service";
import type { AppDeps } from "../deps";
import { type AnyRoute, created, ok, sessionRoute } from "../http/route";

const tag = "Casusplatform";
const purpose = "casusplatform";
const id = z.object({ id: z.uuid() });
const platformDeps = (deps: AppDeps, tx: Tx): PlatformDeps => ({ platform: createPlatformRepository(tx), cases: createCasesRepository(tx), now: deps.now });

export const platformRoutes: AnyRoute[] = [
  sessionRoute({
    method: "get",
    path: "/platform/stuck-cases",
    tag,
    summary: "Open cases without movement for four weeks (no status change, conversation or hours)",
    permission: "platform:use",
    audit: { action: "read", subjectType: "case", purpose },
    responses: { 200: { description: "Stuck cases", schema: z.object({ items: z.array(z.object({ caseId: z.uuid(), householdName: z.string(), lastActivity: z.string(), daysWithoutMovement: z.number().int() })) }) } },
    async handler({ deps, tx, tenantId, session, subject }) {
      const items = await stuckCases(platformDeps(deps, tx), tenantId, session.me);
      if (items.length > 0) subject("*", { ids: items.map((i) => i.caseId) });
      return ok({ items });
    },
  }),
  sessionRoute({
    method: "get",
    path: "/platform/escalations",
    tag,
    summary: "Escalations with the clock to vlot; overdueOnly=true gives the overdue list (over 3 weeks)",
    permission: "platform:use",
    query: z.object({
      open: z.enum(["true", "false"]).optional().transform((v) => (v === undefined ? undefined : v === "true")),
      overdueOnly: z.enum(["true", "false"]).default("false").transform((v) => v === "true"),
      caseId: z.uuid().optional().describe("Only the escalations of this case (for the case page)"),
    }),
    audit: { action: "read", subjectType: "escalation", purpose },
    responses: { 200: { description: "Escalations", schema: z.object({ items: z.array(escalationSchema) }) } },
    async handler({ deps, tx, tenantId, session, query, subject }) {
      const items = await listEscalations(platformDeps(deps, tx), tenantId, session.me, query);
      if (items.length > 0) subject("*", { ids: items.map((i) => i.id) });
      return ok({ items });
    },
  }),
  sessionRoute({
    method: "post",
    path: "/platform/escalations",
    tag,
    summary: "Escalate a stuck case to the ontschotter; the clock starts",
    permission: "platform:use",
    body: escalateSchema,
    audit: { action: "create", subjectType: "escalation", purpose },
    responses: { 201: { description: "Escalated", schema: escalationSchema }, 409: { description: "Already on the platform" } },
    async handler({ deps, tx, tenantId, session, body, subject }) {
      const escalation = await escalate(platformDeps(deps, tx), tenantId, session.me, body);
      subject(escalation.id, { caseId: escalation.caseId });
      return created(escalation);
    },
  }),
  sessionRoute({
    method: "get",
    path: "/platform/escalations/:id",
    tag,
    summary: "One escalation with its clock, meetings and evaluation",
    permission: "platform:use",
    params: id,
    audit: { action: "read", subjectType: "escalation", purpose },
    responses: { 200: { description: "Escalation", schema: escalationDetailSchema } },
    async handler({ deps, tx, tenantId, session, params, subject }) {
      const detail = await escalationDetail(platformDeps(deps, tx), tenantId, session.me, params.id);
      subject(detail.id);
      return ok(detail);
    },
  }),
  sessionRoute({
    method: "get",
    path: "/platform/escalations/:id/meetings",
    tag,
    summary: "The platform meetings of an escalation",
    permission: "platform:use",
    params: id,
    audit: { action: "read", subjectType: "escalation", purpose },
    responses: { 200: { description: "Meetings", schema: z.object({ items: z.array(meetingSchema) }) } },
    async handler({ deps, tx, tenantId, session, params, subject }) {
      const items = await meetings(platformDeps(deps, tx), tenantId, session.me, params.id);
      subject(params.id);
      return ok({ items });
    },
  }),
  sessionRoute({
    method: "post",
    path: "/platform/escalations/:id/meetings",
    tag,
    summary: "Record a platform meeting: invited, first question, ideas, breakthrough, actions, mandated decision",
    permission: "platform:use",
    params: id,
    body: recordMeetingSchema,
    audit: { action: "update", subjectType: "escalation", purpose },
    responses: { 201: { description: "Recorded", schema: meetingSchema } },
    async handler({ deps, tx, tenantId, session, params, body, subject }) {
      const meeting = await recordMeeting(platformDeps(deps, tx), tenantId, session.me, params.id, body);
      subject(params.id, { meeting: meeting.id, mandatedDecision: Boolean(meeting.mandatedDecision) });
      return created(meeting);
    },
  }),
  sessionRoute({
    method: "post",
    path: "/platform/escalations/:id/unstuck",
    tag,
    summary: "Mark the case vlot: the clock stops",
    permission: "platform:use",
    params: id,
    body: unstickSchema,
    audit: { action: "update", subjectType: "escalation", purpose },
    responses: { 200: { description: "Vlot", schema: escalationSchema } },
    async handler({ deps, tx, tenantId, session, params, body, subject }) {
      const escalation = await unstick(platformDeps(deps, tx), tenantId, session.me, params.id, body.version, body.unstuckOn);
      subject(escalation.id, { daysOpen: escalation.daysOpen });
      return ok(escalation);
    },
  }),
  sessionRoute({
    method: "post",
    path: "/platform/escalations/:id/evaluation",
    tag,
    summary: "Evaluate the platform afterwards: what worked, what we learned, which rule got in the way",
    permission: "platform:use",
    params: id,
    body: recordEvaluationSchema,
    responses: { 201: { description: "Recorded", schema: evaluationSchema } },
    async handler({ deps, tx, tenantId, session, params, body }) {
      return created(await recordEvaluation(platformDeps(deps, tx), tenantId, session.me, params.id, body));
    },
  }),
  sessionRoute({
    method: "get",
    path: "/platform/evaluations",
    tag,
    summary: "Search the evaluations across platforms, so the team learns",
    permission: "platform:use",
    query: z.object({ q: z.string().trim().max(200).default("") }),
    responses: { 200: { description: "Evaluations", schema: z.object({ items: z.array(evaluationSchema) }) } },
    async handler({ deps, tx, tenantId, query }) {
      return ok({ items: await searchEvaluations(platformDeps(deps, tx), tenantId, query.q) });
    },
  }),
  sessionRoute({
    method: "get",
    path: "/platform/statistics",
    tag,
    summary: "Median and 90th-percentile days to vlot, against the 3-week target",
    permission: "platform:use",
    responses: { 200: { description: "Statistics", schema: platformStatsSchema } },
    async handler({ deps, tx, tenantId }) {
      return ok(await platformStats(platformDeps(deps, tx), tenantId));
    },
  }),
];
