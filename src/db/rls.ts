import { sql } from "drizzle-orm";
import type { Db } from "./connection";

/**
 * Row-level security on every table that has a `tenant_id` column, derived from the live schema so
 * a new table cannot be forgotten. FORCE makes the policy bind the table owner too (the app usually
 * connects as owner). Superusers bypass RLS by design of PostgreSQL — run the app as an ordinary role
 * (docs/deployment.md). PGlite runs as superuser, so there the application's own checks carry alone.
 */
export async function applyRowLevelSecurity(db: Db): Promise<string[]> {
  const tables = await tenantTables(db);
  const condition = `current_setting('baatwijzer.system', true) = 'on' OR tenant_id::text = current_setting('baatwijzer.tenant_id', true)`;
  for (const table of tables) {
    const quoted = `"${table.replaceAll('"', '""')}"`;
    await db.execute(sql.raw(`ALTER TABLE ${quoted} ENABLE ROW LEVEL SECURITY`));
    await db.execute(sql.raw(`ALTER TABLE ${quoted} FORCE ROW LEVEL SECURITY`));
    await db.execute(sql.raw(`DROP POLICY IF EXISTS tenant_isolation ON ${quoted}`));
    await db.execute(
      sql.raw(`CREATE POLICY tenant_isolation ON ${quoted} USING (${condition}) WITH CHECK (${condition})`),
    );
  }
  return tables;
}

export async function tenantTables(db: Db): Promise<string[]> {
  const result = await db.execute<{ table_name: string }>(sql`
    select c.table_name from information_schema.columns c
    join information_schema.tables t on t.table_schema = c.table_schema and t.table_name = c.table_name
    where c.table_schema = current_schema() and c.column_name = 'tenant_id' and t.table_type = 'BASE TABLE'
    order by c.table_name`);
  return rowsOf<{ table_name: string }>(result).map((row) => row.table_name);
}

/** node-postgres answers `{ rows }`, PGlite answers `{ rows }` too, but typed differently. */
export const rowsOf = <T>(result: unknown): T[] => (result as { rows: T[] }).rows;
