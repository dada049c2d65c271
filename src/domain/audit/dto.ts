import { z } from "zod";

/** Wire shapes of the audit log (NEN 7513 spirit: who, on whose behalf, whom, what, when, why). */
export const auditEntrySchema = z.object({
  seq: z.number().int(),
  at: z.string().describe("ISO 8601 timestamp, UTC"),
  actorUserId: z.string().nullable(),
  actorName: z.string().nullable(),
  onBehalfOf: z.string().nullable(),
  action: z.string(),
  subjectType: z.string(),
  subjectId: z.string().nullable(),
  purpose: z.string(),
  hash: z.string(),
});

export const auditListQuerySchema = z.object({
  limit: z.coerce.number().int().min(1).max(500).default(100),
  before: z.coerce.number().int().min(1).optional().describe("Return entries with seq below this"),
});

export const auditVerifyResultSchema = z.object({
  ok: z.boolean(),
  checked: z.number().int(),
  firstBrokenSeq: z.number().int().nullable(),
  reason: z.string().nullable(),
});

export type AuditEntry = z.infer<typeof auditEntrySchema>;
export type AuditVerifyResult = z.infer<typeof auditVerifyResultSchema>;
