import { z } from "zod";
import { createQuestionsRepository } from "../../db/repositories/questions";
import type { Tx } from "../../db/tenant-context";
import {
  createQuestionSchema,
  questionListQuerySchema,
  questionSchema,
  retentionSettingsSchema,
  triageSchema,
  updateQuestionSchema,
} from "../../domain/questions/dto";
import {
  type QuestionsDeps,
  editQuestion,
  getQuestion,
  getRetention,
  listQuestions,
  registerQuestion,
  setRetention,
  triageQuestion,
} from "../../domain/questions/service";
import type { AppDeps } from "../deps";
import { type AnyRoute, created, ok, sessionRoute } from "../http/route";

const tag = "Vragen";
const purpose = "toegang en triage";
const idParams = z.object({ id: z.uuid() });
const questionsDeps = (deps: AppDeps, tx: Tx): QuestionsDeps => ({ questions: createQuestionsRepository(tx), now: deps.now });

export const questionRoutes: AnyRoute[] = [
  sessionRoute({
    method: "get",
    path: "/questions",
    tag,
    summary: "Questions at the front door, newest first, optionally by triage status",
    permission: "questions:use",
    query: questionListQuerySchema,
    audit: { action: "read", subjectType: "question", purpose },
    responses: { 200: { description: "Questions", schema: z.object({ items: z.array(questionSchema) }) } },
    async handler({ deps, tx, tenantId, query, subject }) {
      const items = await listQuestions(questionsDeps(deps, tx), tenantId, query);
      const shown = items.filter((q) => q.residentName || q.residentContact || q.asked).map((q) => q.id);
      if (shown.length > 0) subject("*", { ids: shown });
      return ok({ items });
    },
  }),
  sessionRoute({
    method: "post",
    path: "/questions",
    tag,
    summary: "Register a question (the resident may stay anonymous)",
    permission: "questions:use",
    body: createQuestionSchema,
    audit: { action: "create", subjectType: "question", purpose },
    responses: { 201: { description: "Registered", schema: questionSchema } },
    async handler({ deps, tx, tenantId, session, body, subject }) {
      const question = await registerQuestion(questionsDeps(deps, tx), tenantId, session.me.id, body);
      subject(question.id);
      return created(question);
    },
  }),
  sessionRoute({
    method: "get",
    path: "/questions/:id",
    tag,
    summary: "One question",
    permission: "questions:use",
    params: idParams,
    audit: { action: "read", subjectType: "question", purpose },
    responses: { 200: { description: "Question", schema: questionSchema }, 404: { description: "Not found or no access" } },
    async handler({ deps, tx, tenantId, params, subject }) {
      const question = await getQuestion(questionsDeps(deps, tx), tenantId, params.id);
      subject(question.id);
      return ok(question);
    },
  }),
  sessionRoute({
    method: "patch",
    path: "/questions/:id",
    tag,
    summary: "Correct a question that awaits triage (send the version you read)",
    permission: "questions:use",
    params: idParams,
    body: updateQuestionSchema,
    audit: { action: "update", subjectType: "question", purpose },
    responses: { 200: { description: "Updated", schema: questionSchema }, 409: { description: "Changed by someone else, or already triaged" } },
    async handler({ deps, tx, tenantId, params, body, subject }) {
      const question = await editQuestion(questionsDeps(deps, tx), tenantId, params.id, body);
      subject(question.id, { fields: Object.keys(body).filter((k) => k !== "version") });
      return ok(question);
    },
  }),
  sessionRoute({
    method: "post",
    path: "/questions/:id/triage",
    tag,
    summary: "Decide one of the three triage outcomes",
    permission: "questions:use",
    params: idParams,
    body: triageSchema,
    audit: { action: "update", subjectType: "question", purpose },
    responses: { 200: { description: "Triaged", schema: questionSchema }, 409: { description: "Changed by someone else, or already triaged" } },
    async handler({ deps, tx, tenantId, session, params, body, subject }) {
      const question = await triageQuestion(questionsDeps(deps, tx), tenantId, session.me.id, params.id, body);
      subject(question.id, { outcome: question.outcome });
      return ok(question);
    },
  }),
  sessionRoute({
    method: "get",
    path: "/settings/retention",
    tag: "Instellingen",
    summary: "Retention period for questions closed without a dossier",
    permission: "accounts:manage",
    responses: { 200: { description: "Settings", schema: retentionSettingsSchema } },
    async handler({ deps, tx, tenantId }) {
      return ok(await getRetention(questionsDeps(deps, tx), tenantId));
    },
  }),
  sessionRoute({
    method: "put",
    path: "/settings/retention",
    tag: "Instellingen",
    summary: "Change the retention period (send the version you read)",
    permission: "accounts:manage",
    body: retentionSettingsSchema,
    responses: { 200: { description: "Settings", schema: retentionSettingsSchema }, 409: { description: "Changed by someone else" } },
    async handler({ deps, tx, tenantId, body }) {
      return ok(await setRetention(questionsDeps(deps, tx), tenantId, body));
    },
  }),
];
