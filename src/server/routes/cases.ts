import { z } from "zod";
import { createCasesRepository } from "../../db/repositories/cases";
import type { Tx } from "../../db/tenant-context";
import {
  addConversationSchema,
  addHoursSchema,
  addParticipantSchema,
  caseListQuerySchema,
  caseSchema,
  caseSummarySchema,
  caseProviderSchema,
  changeProviderSchema,
  changeStatusSchema,
  conversationSchema,
  hoursEntrySchema,
  openCaseSchema,
  participantSchema,
  timelineItemSchema,
} from "../../domain/cases/dto";
import { type CasesDeps, addConversation, addHours, addParticipant, changeCaseProvider, changeCaseStatus, getCase, getHouseholdTimeline, listCaseProviders, listCases, openCase } from "../../domain/cases/service";
import type { AppDeps } from "../deps";
import { type AnyRoute, created, ok, sessionRoute } from "../http/route";

const tag = "Casussen";
const purpose = "ondersteuning van het huishouden";
const idParams = z.object({ id: z.uuid() });
const casesDeps = (deps: AppDeps, tx: Tx): CasesDeps => ({ cases: createCasesRepository(tx), now: deps.now });

export const caseRoutes: AnyRoute[] = [
  sessionRoute({
    method: "get",
    path: "/cases",
    tag,
    summary: "Cases of the own teams (all teams for triagist and ontschotter); active ones by default",
    permission: "cases:use",
    query: caseListQuerySchema,
    audit: { action: "read", subjectType: "case", purpose },
    responses: { 200: { description: "Cases", schema: z.object({ items: z.array(caseSummarySchema) }) } },
    async handler({ deps, tx, tenantId, session, query, subject }) {
      const items = await listCases(casesDeps(deps, tx), tenantId, session.me, query);
      if (items.length > 0) subject("*", { ids: items.map((c) => c.id) });
      return ok({ items });
    },
  }),
  sessionRoute({
    method: "post",
    path: "/cases",
    tag,
    summary: "Open the household's case with its case director (one active case per household)",
    permission: "cases:use",
    body: openCaseSchema,
    audit: { action: "create", subjectType: "case", purpose },
    responses: { 201: { description: "Opened", schema: caseSchema }, 409: { description: "The household already has an active case" } },
    async handler({ deps, tx, tenantId, session, body, subject }) {
      const file = await openCase(casesDeps(deps, tx), tenantId, session.me, body);
      subject(file.id, { householdId: file.householdId });
      return created(file);
    },
  }),
  sessionRoute({
    method: "get",
    path: "/cases/:id",
    tag,
    summary: "A case with its status history, participants, conversations and hours",
    permission: "cases:use",
    params: idParams,
    audit: { action: "read", subjectType: "case", purpose },
    responses: { 200: { description: "Case", schema: caseSchema }, 404: { description: "Not found or no access" } },
    async handler({ deps, tx, tenantId, session, params, subject }) {
      const file = await getCase(casesDeps(deps, tx), tenantId, session.me, params.id);
      subject(file.id);
      return ok(file);
    },
  }),
  sessionRoute({
    method: "get",
    path: "/case-providers",
    tag,
    summary: "Organisations with a contract, to hand a trajectory to (names only)",
    permission: "cases:use",
    responses: { 200: { description: "Providers", schema: z.object({ items: z.array(caseProviderSchema) }) } },
    async handler({ deps, tx, tenantId }) {
      return ok({ items: await listCaseProviders(casesDeps(deps, tx), tenantId) });
    },
  }),
  sessionRoute({
    method: "put",
    path: "/cases/:id/provider",
    tag,
    summary: "Hand the trajectory to a contracted provider, or back to the own team (null); send the version you read",
    permission: "cases:use",
    params: idParams,
    body: changeProviderSchema,
    audit: { action: "update", subjectType: "case", purpose },
    responses: { 200: { description: "Changed", schema: caseSchema }, 409: { description: "Changed by someone else, or closed" } },
    async handler({ deps, tx, tenantId, session, params, body, subject }) {
      const file = await changeCaseProvider(casesDeps(deps, tx), tenantId, session.me, params.id, body);
      subject(file.id, { providerOrganisationId: file.providerOrganisationId });
      return ok(file);
    },
  }),
  sessionRoute({
    method: "post",
    path: "/cases/:id/status",
    tag,
    summary: "Move the case to its next status (closing needs the outcome; send the version you read)",
    permission: "cases:use",
    params: idParams,
    body: changeStatusSchema,
    audit: { action: "update", subjectType: "case", purpose },
    responses: { 200: { description: "Moved", schema: caseSchema }, 409: { description: "Changed by someone else" } },
    async handler({ deps, tx, tenantId, session, params, body, subject }) {
      const file = await changeCaseStatus(casesDeps(deps, tx), tenantId, session.me, params.id, body);
      subject(file.id, { status: file.status });
      return ok(file);
    },
  }),
  sessionRoute({
    method: "post",
    path: "/cases/:id/participants",
    tag,
    summary: "Add a participant (resident, social worker, Wmo consultant, GP practice nurse, …)",
    permission: "cases:use",
    params: idParams,
    body: addParticipantSchema,
    audit: { action: "update", subjectType: "case", purpose },
    responses: { 201: { description: "Added", schema: participantSchema } },
    async handler({ deps, tx, tenantId, session, params, body, subject }) {
      const participant = await addParticipant(casesDeps(deps, tx), tenantId, session.me, params.id, body);
      subject(params.id, { participant: participant.role });
      return created(participant);
    },
  }),
  sessionRoute({
    method: "post",
    path: "/cases/:id/conversations",
    tag,
    summary: "Record a conversation with date, participants and notes",
    permission: "cases:use",
    params: idParams,
    body: addConversationSchema,
    audit: { action: "update", subjectType: "case", purpose },
    responses: { 201: { description: "Recorded", schema: conversationSchema } },
    async handler({ deps, tx, tenantId, session, params, body, subject }) {
      const conversation = await addConversation(casesDeps(deps, tx), tenantId, session.me, params.id, body);
      subject(params.id, { conversation: conversation.id });
      return created(conversation);
    },
  }),
  sessionRoute({
    method: "post",
    path: "/cases/:id/hours",
    tag,
    summary: "Log hours by activity (in quarters)",
    permission: "cases:use",
    params: idParams,
    body: addHoursSchema,
    audit: { action: "update", subjectType: "case", purpose },
    responses: { 201: { description: "Logged", schema: hoursEntrySchema } },
    async handler({ deps, tx, tenantId, session, params, body, subject }) {
      const entry = await addHours(casesDeps(deps, tx), tenantId, session.me, params.id, body);
      subject(params.id, { minutes: entry.minutes });
      return created(entry);
    },
  }),
  sessionRoute({
    method: "get",
    path: "/households/:id/timeline",
    tag,
    summary: "Everything that happened to a household, in date order",
    permission: "cases:use",
    params: idParams,
    audit: { action: "read", subjectType: "household", purpose },
    responses: { 200: { description: "Timeline", schema: z.object({ items: z.array(timelineItemSchema) }) } },
    async handler({ deps, tx, tenantId, session, params, subject }) {
      const items = await getHouseholdTimeline(casesDeps(deps, tx), tenantId, session.me, params.id);
      subject(params.id);
      return ok({ items });
    },
  }),
];
