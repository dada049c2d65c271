import { createBusinessCaseRepository } from "../../db/repositories/businesscase";
import { businessCaseQuerySchema, businessCaseSchema, filterChoicesSchema } from "../../domain/businesscase/dto";
import { exPostFromRegistration } from "../../domain/businesscase/service";
import { type AnyRoute, ok, sessionRoute } from "../http/route";

export const businessCaseRoutes: AnyRoute[] = [
  sessionRoute({
    method: "get",
    path: "/businesscase/filters",
    tag: "Businesscase",
    summary: "The teams and approaches the business case can be filtered by",
    permission: "businesscase:view",
    responses: { 200: { description: "Choices", schema: filterChoicesSchema } },
    async handler({ tx, tenantId }) {
      return ok(await createBusinessCaseRepository(tx).filterChoices(tenantId));
    },
  }),
  sessionRoute({
    method: "get",
    path: "/businesscase",
    tag: "Businesscase",
    summary: "Ex-post business case of the closed cases in a period (and team): costs, avoided maatwerk per payer, extrapolation with bootstrap and Wilson intervals",
    permission: "businesscase:view",
    query: businessCaseQuerySchema,
    responses: { 200: { description: "Business case (counts below 5 suppressed)", schema: businessCaseSchema } },
    async handler({ tx, tenantId, query }) {
      return ok(await exPostFromRegistration(createBusinessCaseRepository(tx), tenantId, query));
    },
  }),
];
