import type { AuditEntry, AuditVerifyResult } from "../../domain/audit/dto";
import type { ApiClient } from "./client";

export const AUDIT_PAGE_SIZE = 100;

/** Newest first; `before` continues below that sequence number. */
export const listAuditEntries = async (
  api: ApiClient,
  { before, limit = AUDIT_PAGE_SIZE, signal }: { before?: number; limit?: number; signal?: AbortSignal } = {},
) => {
  const query = new URLSearchParams({ limit: String(limit) });
  if (before !== undefined) query.set("before", String(before));
  return (await api.get<{ items: AuditEntry[] }>(`/audit?${query}`, signal)).items;
};

export const verifyAuditChain = (api: ApiClient) => api.post<AuditVerifyResult>("/audit/verify");
