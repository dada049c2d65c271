import { mkdirSync } from "node:fs";
import { PGlite } from "@electric-sql/pglite";
import { sql } from "drizzle-orm";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import { drizzle as drizzleNodePg } from "drizzle-orm/node-postgres";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import pg from "pg";
import * as schema from "./schema/index";

export type Schema = typeof schema;
/** The Drizzle database type every repository takes, so the same code runs on PGlite and PostgreSQL. */
export type Db = PgDatabase<PgQueryResultHKT, Schema>;

export type DatabaseTarget =
  | { readonly kind: "pglite"; readonly dataDir?: string }
  | { readonly kind: "postgres"; readonly url: string };

export interface DatabaseHandle {
  readonly kind: DatabaseTarget["kind"];
  readonly target: DatabaseTarget;
  readonly db: Db;
  /** True when the database answers a trivial query within the timeout. */
  ping(timeoutMs?: number): Promise<boolean>;
  close(): Promise<void>;
}

/** PGlite when no URL is given (a laptop, a demo); PostgreSQL ≥ 15 when `DATABASE_URL` is set. */
export const databaseTargetFrom = (env: { databaseUrl?: string; dataDir?: string }): DatabaseTarget =>
  env.databaseUrl ? { kind: "postgres", url: env.databaseUrl } : { kind: "pglite", dataDir: env.dataDir };

export async function openDatabase(target: DatabaseTarget): Promise<DatabaseHandle> {
  return target.kind === "pglite" ? openPglite(target.dataDir) : openPostgres(target.url);
}

async function openPglite(dataDir: string | undefined): Promise<DatabaseHandle> {
  if (dataDir) mkdirSync(dataDir, { recursive: true });
  const client = dataDir ? await PGlite.create(dataDir) : await PGlite.create();
  const db = drizzlePglite(client, { schema }) as unknown as Db;
  let closed = false;
  return {
    kind: "pglite",
    target: { kind: "pglite", dataDir },
    db,
    ping: (timeoutMs) => pingWith(db, () => closed, timeoutMs),
    async close() {
      if (closed) return;
      closed = true;
      await client.close();
    },
  };
}

async function openPostgres(url: string): Promise<DatabaseHandle> {
  const pool = new pg.Pool({ connectionString: url, max: 10, connectionTimeoutMillis: 5000 });
  // An idle client that loses its server emits 'error' on the pool; unhandled, it would end the process.
  pool.on("error", (error) => console.error(`[db] verbinding verloren: ${error.message}`));
  const db = drizzleNodePg(pool, { schema }) as unknown as Db;
  let closed = false;
  return {
    kind: "postgres",
    target: { kind: "postgres", url },
    db,
    ping: (timeoutMs) => pingWith(db, () => closed, timeoutMs),
    async close() {
      if (closed) return;
      closed = true;
      await pool.end();
    },
  };
}

async function pingWith(db: Db, isClosed: () => boolean, timeoutMs = 2000): Promise<boolean> {
  if (isClosed()) return false;
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<boolean>((resolve) => {
    timer = setTimeout(() => resolve(false), timeoutMs);
  });
  try {
    return await Promise.race([db.execute(sql`select 1`).then(() => true), timeout]);
  } catch {
    return false;
  } finally {
    clearTimeout(timer);
  }
}
