import { z } from "zod";
import { createAuditRepository } from "../../db/repositories/audit";
import { auditEntrySchema, auditListQuerySchema, auditVerifyResultSchema } from "../../domain/audit/dto";
import { verifyAuditChain } from "../../domain/audit/verify-chain";
import { type AnyRoute, ok, sessionRoute } from "../http/route";

export const auditRoutes: AnyRoute[] = [
  sessionRoute({
    method: "get",
    path: "/audit",
    tag: "Auditlog",
    summary: "Audit entries of the tenant, newest first",
    permission: "audit:read",
    query: auditListQuerySchema,
    audit: { action: "read", subjectType: "audit_log", purpose: "toezicht op verwerkingen" },
    responses: { 200: { description: "Entries", schema: z.object({ items: z.array(auditEntrySchema) }) } },
    async handler({ tx, tenantId, query }) {
      const items = await createAuditRepository(tx).list(tenantId, query);
      return ok({ items: items.map(({ tenantId: _t, details: _d, prevHash: _p, ...entry }) => entry) });
    },
  }),
  sessionRoute({
    method: "post",
    path: "/audit/verify",
    tag: "Auditlog",
    summary: "Check the tenant's hash chain and report the first broken link",
    permission: "audit:read",
    responses: { 200: { description: "Result", schema: auditVerifyResultSchema } },
    async handler({ tx, tenantId }) {
      return ok(await verifyAuditChain(createAuditRepository(tx), tenantId));
    },
  }),
];
