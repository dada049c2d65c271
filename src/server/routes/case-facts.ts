import { z } from "zod";
import { createCaseFactsRepository } from "../../db/repositories/case-facts";
import type { Tx } from "../../db/tenant-context";
import { addCostLineSchema, addLabelSchema, caseFactsSchema, caseLabelSchema, costLineSchema, managedLabelSchema, setApproachSchema, updateLabelSchema } from "../../domain/case-facts/dto";
import { addLabel, listManagedLabels, updateLabel } from "../../domain/case-facts/manage-labels";
import { type CaseFactsDeps, addCostLine, deleteCostLine, getCaseFacts, listLabels, setApproach, tagCase, untagCase } from "../../domain/case-facts/service";
import type { AppDeps } from "../deps";
import { type AnyRoute, created, noContent, ok, sessionRoute } from "../http/route";

const tag = "Casussen";
const purpose = "ondersteuning van het huishouden";
const listPurpose = "beheer van de lijst met factoren en aanpakken";
const idParams = z.object({ id: z.uuid() });
const factsDeps = (deps: AppDeps, tx: Tx): CaseFactsDeps => ({ facts: createCaseFactsRepository(tx), now: deps.now });

/**
 * Adding a label: the case page (a social worker who misses a word) and the management page do the same thing
 * under their own permission.
 */
function addLabelRoute(path: string, permission: "cases:use" | "caselabels:manage", summary: string): AnyRoute {
  return sessionRoute({
    method: "post",
    path,
    tag,
    summary,
    permission,
    body: addLabelSchema,
    audit: { action: "create", subjectType: "case_label", purpose: listPurpose },
    responses: { 201: { description: "Added", schema: caseLabelSchema }, 409: { description: "Already in the list (message at label)" } },
    async handler({ deps, tx, tenantId, body, subject }) {
      const label = await addLabel(factsDeps(deps, tx), tenantId, body);
      subject(label.id, { kind: label.kind, label: label.label });
      return created(label);
    },
  });
}

/** Success and failure factors, the approach and the direct cost lines of a case: what the business case counts. */
export const caseFactsRoutes: AnyRoute[] = [
  sessionRoute({
    method: "get",
    path: "/case-labels",
    tag,
    summary: "The tenant's success factors, failure factors and approaches (the default list on first use)",
    permission: "cases:use",
    responses: { 200: { description: "Labels", schema: z.object({ items: z.array(caseLabelSchema) }) } },
    async handler({ deps, tx, tenantId }) {
      return ok({ items: await listLabels(factsDeps(deps, tx), tenantId) });
    },
  }),
  addLabelRoute("/case-labels", "cases:use", "Add a factor or approach to the tenant's list"),
  sessionRoute({
    method: "get",
    path: "/case-label-admin/labels",
    tag,
    summary: "Every factor and approach, retired ones too, with the number of cases carrying it (1–4 suppressed)",
    permission: "caselabels:manage",
    responses: { 200: { description: "Labels", schema: z.object({ items: z.array(managedLabelSchema) }) } },
    async handler({ deps, tx, tenantId }) {
      return ok({ items: await listManagedLabels(factsDeps(deps, tx), tenantId) });
    },
  }),
  addLabelRoute("/case-label-admin/labels", "caselabels:manage", "Add a factor or approach to the tenant's list (from the management page)"),
  sessionRoute({
    method: "patch",
    path: "/case-label-admin/labels/:id",
    tag,
    summary: "Rename and/or retire or reactivate a label; send the text and active flag you read as expected",
    permission: "caselabels:manage",
    params: idParams,
    body: updateLabelSchema,
    audit: { action: "update", subjectType: "case_label", purpose: listPurpose },
    responses: {
      200: { description: "Changed", schema: caseLabelSchema },
      409: { description: "Changed by someone else since it was read (version_conflict), or the new text is taken (conflict, message at label)" },
    },
    async handler({ deps, tx, tenantId, params, body, subject }) {
      const label = await updateLabel(factsDeps(deps, tx), tenantId, params.id, body);
      subject(label.id, { from: body.expected, to: { label: label.label, active: label.active } });
      return ok(label);
    },
  }),
  sessionRoute({
    method: "get",
    path: "/cases/:id/facts",
    tag,
    summary: "The factors, approach and direct cost lines of a case",
    permission: "cases:use",
    params: idParams,
    audit: { action: "read", subjectType: "case", purpose },
    responses: { 200: { description: "Facts", schema: caseFactsSchema } },
    async handler({ deps, tx, tenantId, session, params, subject }) {
      const facts = await getCaseFacts(factsDeps(deps, tx), tenantId, session.me, params.id);
      subject(params.id, { facts: true });
      return ok(facts);
    },
  }),
  sessionRoute({
    method: "put",
    path: "/cases/:id/labels/:labelId",
    tag,
    summary: "Tag the case with a success or failure factor (idempotent)",
    permission: "cases:use",
    params: z.object({ id: z.uuid(), labelId: z.uuid() }),
    audit: { action: "update", subjectType: "case", purpose },
    responses: { 200: { description: "Tagged", schema: caseFactsSchema } },
    async handler({ deps, tx, tenantId, session, params, subject }) {
      const facts = await tagCase(factsDeps(deps, tx), tenantId, session.me, params.id, params.labelId);
      subject(params.id, { tagged: params.labelId });
      return ok(facts);
    },
  }),
  sessionRoute({
    method: "delete",
    path: "/cases/:id/labels/:labelId",
    tag,
    summary: "Remove a factor from the case",
    permission: "cases:use",
    params: z.object({ id: z.uuid(), labelId: z.uuid() }),
    audit: { action: "update", subjectType: "case", purpose },
    responses: { 200: { description: "Removed", schema: caseFactsSchema } },
    async handler({ deps, tx, tenantId, session, params, subject }) {
      const facts = await untagCase(factsDeps(deps, tx), tenantId, session.me, params.id, params.labelId);
      subject(params.id, { untagged: params.labelId });
      return ok(facts);
    },
  }),
  sessionRoute({
    method: "put",
    path: "/cases/:id/approach",
    tag,
    summary: "Set or clear the approach (aanpak) of the case",
    permission: "cases:use",
    params: idParams,
    body: setApproachSchema,
    audit: { action: "update", subjectType: "case", purpose },
    responses: { 200: { description: "Set", schema: caseFactsSchema } },
    async handler({ deps, tx, tenantId, session, params, body, subject }) {
      const facts = await setApproach(factsDeps(deps, tx), tenantId, session.me, params.id, body.approachId);
      subject(params.id, { approach: body.approachId });
      return ok(facts);
    },
  }),
  sessionRoute({
    method: "post",
    path: "/cases/:id/cost-lines",
    tag,
    summary: "Record a direct cost of the case (volunteers, an activity, other) in cents",
    permission: "cases:use",
    params: idParams,
    body: addCostLineSchema,
    audit: { action: "update", subjectType: "case", purpose },
    responses: { 201: { description: "Recorded", schema: costLineSchema } },
    async handler({ deps, tx, tenantId, session, params, body, subject }) {
      const line = await addCostLine(factsDeps(deps, tx), tenantId, session.me, params.id, body);
      subject(params.id, { costLine: line.id, amountCents: line.amountCents });
      return created(line);
    },
  }),
  sessionRoute({
    method: "delete",
    path: "/cases/:id/cost-lines/:lineId",
    tag,
    summary: "Delete a cost line of the case",
    permission: "cases:use",
    params: z.object({ id: z.uuid(), lineId: z.uuid() }),
    audit: { action: "update", subjectType: "case", purpose },
    responses: { 204: { description: "Deleted" } },
    async handler({ deps, tx, tenantId, session, params, subject }) {
      await deleteCostLine(factsDeps(deps, tx), tenantId, session.me, params.id, params.lineId);
      subject(params.id, { deletedCostLine: params.lineId });
      return noContent();
    },
  }),
];
