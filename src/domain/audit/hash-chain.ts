import { createHash } from "node:crypto";

/** The hash a tenant's first entry links to. */
export const GENESIS_HASH = "0".repeat(64);

/** What one audit entry records; `details` must be JSON. */
export interface AuditRecord {
  readonly tenantId: string;
  readonly seq: number;
  /** ISO 8601 UTC with milliseconds, as produced by Date#toISOString. */
  readonly at: string;
  readonly actorUserId: string | null;
  readonly actorName: string | null;
  readonly onBehalfOf: string | null;
  readonly action: string;
  readonly subjectType: string;
  readonly subjectId: string | null;
  readonly purpose: string;
  readonly details: unknown;
}

/**
 * JSON with object keys sorted at every depth, so the hash does not depend on key order (PostgreSQL's
 * jsonb reorders keys on storage).
 * @example canonicalJson({ b: 1, a: [ { d: 2, c: 3 } ] }) // '{"a":[{"c":3,"d":2}],"b":1}'
 */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== "object") return JSON.stringify(value ?? null);
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(",")}}`;
}

/** SHA-256 (hex) over the previous hash and the canonical form of the record. */
export function hashAuditRecord(prevHash: string, record: AuditRecord): string {
  const body = canonicalJson([
    record.tenantId,
    record.seq,
    new Date(record.at).toISOString(),
    record.actorUserId,
    record.actorName,
    record.onBehalfOf,
    record.action,
    record.subjectType,
    record.subjectId,
    record.purpose,
    record.details ?? {},
  ]);
  return createHash("sha256").update(prevHash).update("\n").update(body).digest("hex");
}

export interface StoredAuditRecord extends AuditRecord {
  readonly prevHash: string;
  readonly hash: string;
}

export type ChainCheck =
  | { readonly ok: true; readonly checked: number; readonly lastSeq: number; readonly lastHash: string }
  | { readonly ok: false; readonly checked: number; readonly firstBrokenSeq: number; readonly reason: string };

/**
 * Walks one tenant's entries in sequence order and reports the first broken link: a gap in the
 * sequence, a previous-hash that does not match, or a hash that does not match the content.
 */
export function checkChain(
  entries: Iterable<StoredAuditRecord>,
  start: { seq: number; hash: string } = { seq: 0, hash: GENESIS_HASH },
): ChainCheck {
  let expectedSeq = start.seq + 1;
  let prevHash = start.hash;
  let checked = 0;
  for (const entry of entries) {
    if (entry.seq !== expectedSeq) {
      return { ok: false, checked, firstBrokenSeq: expectedSeq, reason: `volgnummer ${expectedSeq} ontbreekt` };
    }
    if (entry.prevHash !== prevHash) {
      return { ok: false, checked, firstBrokenSeq: entry.seq, reason: "verwijzing naar vorige regel klopt niet" };
    }
    if (hashAuditRecord(prevHash, entry) !== entry.hash) {
      return { ok: false, checked, firstBrokenSeq: entry.seq, reason: "inhoud is gewijzigd" };
    }
    prevHash = entry.hash;
    expectedSeq += 1;
    checked += 1;
  }
  return { ok: true, checked, lastSeq: expectedSeq - 1, lastHash: prevHash };
}
