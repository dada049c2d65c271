import { z } from "zod";
import { createCasesRepository } from "../../db/repositories/cases";
import { createPlansRepository } from "../../db/repositories/plans";
import { createTasksRepository } from "../../db/repositories/tasks";
import type { Tx } from "../../db/tenant-context";
import { addResourceSchema, planSchema, resourceSchema, savePlanSchema } from "../../domain/plans/dto";
import { type PlansDeps, addResource, getPlan, removeResource, savePlan } from "../../domain/plans/service";
import type { AppDeps } from "../deps";
import { type AnyRoute, created, noContent, ok, sessionRoute } from "../http/route";

const tag = "Plannen";
const purpose = "ondersteuning van het huishouden";
const caseParams = z.object({ id: z.uuid() });
const plansDeps = (deps: AppDeps, tx: Tx): PlansDeps => ({
  plans: createPlansRepository(tx),
  cases: createCasesRepository(tx),
  tasks: createTasksRepository(tx),
  now: deps.now,
});

export const planRoutes: AnyRoute[] = [
  sessionRoute({
    method: "get",
    path: "/cases/:id/plan",
    tag,
    summary: "The case's one plan: goals, agreements, resources and the family-group plan",
    permission: "cases:use",
    params: caseParams,
    audit: { action: "read", subjectType: "case", purpose },
    responses: { 200: { description: "Plan", schema: planSchema } },
    async handler({ deps, tx, tenantId, session, params, subject }) {
      const plan = await getPlan(plansDeps(deps, tx), tenantId, session.me, params.id);
      subject(params.id, { part: "plan" });
      return ok(plan);
    },
  }),
  sessionRoute({
    method: "put",
    path: "/cases/:id/plan",
    tag,
    summary: "Save the plan (version 0 for the first save); a family-group plan schedules its evaluation tasks",
    permission: "cases:use",
    params: caseParams,
    body: savePlanSchema,
    audit: { action: "update", subjectType: "case", purpose },
    responses: { 200: { description: "Saved", schema: planSchema }, 409: { description: "Changed by someone else" } },
    async handler({ deps, tx, tenantId, session, params, body, subject }) {
      const plan = await savePlan(plansDeps(deps, tx), tenantId, session.me, params.id, body);
      subject(params.id, { part: "plan" });
      return ok(plan);
    },
  }),
  sessionRoute({
    method: "post",
    path: "/cases/:id/plan/resources",
    tag,
    summary: "Add a resource (maatwerk needs a price-list product and a volume)",
    permission: "cases:use",
    params: caseParams,
    body: addResourceSchema,
    audit: { action: "update", subjectType: "case", purpose },
    responses: { 201: { description: "Added", schema: resourceSchema } },
    async handler({ deps, tx, tenantId, session, params, body, subject }) {
      const resource = await addResource(plansDeps(deps, tx), tenantId, session.me, params.id, body);
      subject(params.id, { part: "resource", kind: resource.kind });
      return created(resource);
    },
  }),
  sessionRoute({
    method: "delete",
    path: "/cases/:id/plan/resources/:resourceId",
    tag,
    summary: "Remove a resource from the plan",
    permission: "cases:use",
    params: z.object({ id: z.uuid(), resourceId: z.uuid() }),
    audit: { action: "update", subjectType: "case", purpose },
    responses: { 204: { description: "Removed" } },
    async handler({ deps, tx, tenantId, session, params, subject }) {
      await removeResource(plansDeps(deps, tx), tenantId, session.me, params.id, params.resourceId);
      subject(params.id, { part: "resource", removed: params.resourceId });
      return noContent();
    },
  }),
];
