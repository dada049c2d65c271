import { fileURLToPath } from "node:url";

import { drizzle as drizzleNodePg } from "drizzle-orm/node-postgres";
import { migrate as migrateNodePg } from "drizzle-orm/node-postgres/migrator";
import { migrate as migratePglite } from "drizzle-orm/pglite/migrator";
import pg from "pg";
import type { DatabaseHandle, Db } from "./connection";
import { applyRowLevelSecurity } from "./rls";
import * as schema from "./schema/index";

export const MIGRATIONS_FOLDER = fileURLToPath(new URL("./migrations", import.meta.url));
const config = { migrationsFolder: MIGRATIONS_FOLDER, migrationsSchema: "drizzle" };

/**
 * Applies the drizzle-kit SQL migrations, then (re)applies row-level security. On PostgreSQL a
 * session advisory lock on one dedicated connection keeps two starting processes from migrating at once.
 */
export async function migrateDatabase(handle: DatabaseHandle): Promise<void> {
  if (handle.target.kind === "pglite") {
    // biome-ignore lint/suspicious/noExplicitAny: drizzle's migrators take their own driver types
    await migratePglite(handle.db as any, config);
    await applyRowLevelSecurity(handle.db);
    return;
  }
  const client = new pg.Client({ connectionString: handle.target.url });
  await client.connect();
  try {
    const db = drizzleNodePg(client, { schema });
    await client.query("select pg_advisory_lock(hashtext('baatwijzer-migrate'))");
    try {
      await client.query("set client_min_messages = warning");
      await migrateNodePg(db, config);
      await applyRowLevelSecurity(db as unknown as Db);
    } finally {
      await client.query("select pg_advisory_unlock(hashtext('baatwijzer-migrate'))");
    }
  } finally {
    await client.end();
  }
}

