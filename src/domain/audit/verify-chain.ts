import { type ChainCheck, GENESIS_HASH, checkChain } from "./hash-chain";
import type { AuditRepository } from "./repository";

export interface ChainVerification {
  readonly ok: boolean;
  readonly checked: number;
  readonly firstBrokenSeq: number | null;
  readonly reason: string | null;
}

/**
 * Verifies a tenant's whole chain page by page, and that it ends where the head says it ends (a
 * deleted tail would otherwise go unnoticed).
 */
export async function verifyAuditChain(repo: AuditRepository, tenantId: string, pageSize = 1000): Promise<ChainVerification> {
  let cursor = { seq: 0, hash: GENESIS_HASH };
  let checked = 0;
  for (;;) {
    const page = await repo.page(tenantId, cursor.seq, pageSize);
    if (page.length === 0) break;
    const result: ChainCheck = checkChain(page, cursor);
    if (!result.ok) return { ok: false, checked: checked + result.checked, firstBrokenSeq: result.firstBrokenSeq, reason: result.reason };
    checked += result.checked;
    cursor = { seq: result.lastSeq, hash: result.lastHash };
  }
  const head = await repo.head(tenantId);
  if (head && head.lastSeq !== cursor.seq) {
    return { ok: false, checked, firstBrokenSeq: cursor.seq + 1, reason: `regels na ${cursor.seq} ontbreken (laatste volgnummer ${head.lastSeq})` };
  }
  return { ok: true, checked, firstBrokenSeq: null, reason: null };
}
