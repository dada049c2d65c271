import { sql } from "drizzle-orm";
import type { Db } from "./connection";

/** A transaction handle; repositories accept it wherever they accept the database. */
export type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];

/**
 * Runs `work` in one transaction bound to a tenant. Row-level security policies (see rls.ts) read
 * `baatwijzer.tenant_id`; `set_config(..., true)` scopes it to this transaction, so a pooled
 * connection never carries one tenant's setting into another's request.
 */
export async function withTenant<T>(db: Db, tenantId: string, work: (tx: Tx) => Promise<T>): Promise<T> {
  return db.transaction(async (tx) => {
    await tx.execute(sql`select set_config('baatwijzer.tenant_id', ${tenantId}, true)`);
    return work(tx);
  });
}

/**
 * Runs `work` in a transaction that may see every tenant: only for system tasks that are
 * tenant-independent by nature (login lookup by username, demo seeding, audit verification,
 * retention jobs). Every use is a deliberate, reviewable call of this function.
 */
export async function withSystem<T>(db: Db, work: (tx: Tx) => Promise<T>): Promise<T> {
  return db.transaction(async (tx) => {
    await tx.execute(sql`select set_config('baatwijzer.system', 'on', true)`);
    return work(tx);
  });
}
