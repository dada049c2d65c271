import type { AuditRecord, StoredAuditRecord } from "./hash-chain";

/** What the caller supplies; the repository assigns `seq` and the chain hashes under a lock. */
export type AuditEvent = Omit<AuditRecord, "seq" | "tenantId" | "at"> & { readonly at?: string };

export interface AuditRepository {
  /** Appends entries to the tenant's chain atomically, in order. */
  append(tenantId: string, events: readonly AuditEvent[]): Promise<void>;
  /** Newest first. */
  list(tenantId: string, options: { limit: number; before?: number }): Promise<StoredAuditRecord[]>;
  /** Entries in sequence order after `afterSeq`, at most `limit`. */
  page(tenantId: string, afterSeq: number, limit: number): Promise<StoredAuditRecord[]>;
  /** The chain head: the last sequence number the tenant has handed out. */
  head(tenantId: string): Promise<{ lastSeq: number; lastHash: string } | null>;
}
