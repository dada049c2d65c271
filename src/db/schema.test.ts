import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type TestDatabase, openTestDatabase, testTargets } from "./testing/databases";
import { rowsOf, tenantTables } from "./rls";
import { tenants, users } from "./schema/index";
import { withSystem, withTenant } from "./tenant-context";

/**
 * The schema rules that keep tenants apart and keep the door open for Citus (distribution by
 * tenant_id): tenant_id first in every primary key, part of every foreign key, RLS on every table.
 */
describe.each(testTargets())("schema rules (%s)", (target) => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await openTestDatabase(target);
  });
  afterAll(async () => database?.dispose());

  it("puts tenant_id first in the primary key of every tenant-owned table", async () => {
    const tables = await tenantTables(database.handle.db);
    expect(tables).toEqual(expect.arrayContaining(["users", "teams", "organisations", "sessions", "user_teams", "audit_log", "audit_chain_heads"]));
    const result = await database.handle.db.execute(sql`
      select tc.table_name, kcu.column_name, kcu.ordinal_position
      from information_schema.table_constraints tc
      join information_schema.key_column_usage kcu on kcu.constraint_name = tc.constraint_name and kcu.table_schema = tc.table_schema
      where tc.constraint_type = 'PRIMARY KEY' and tc.table_schema = current_schema() and kcu.ordinal_position = 1`);
    const firstColumn = new Map(rowsOf<{ table_name: string; column_name: string }>(result).map((r) => [r.table_name, r.column_name]));
    for (const table of tables) expect(firstColumn.get(table), table).toBe("tenant_id");
  });

  it("includes tenant_id in every foreign key between tenant-owned tables", async () => {
    const tables = new Set(await tenantTables(database.handle.db));
    const result = await database.handle.db.execute(sql`
      select con.conname, rel.relname as table_name, frel.relname as foreign_table,
             array(select att.attname from unnest(con.conkey) k join pg_attribute att on att.attrelid = con.conrelid and att.attnum = k)::text[] as columns
      from pg_constraint con
      join pg_class rel on rel.oid = con.conrelid
      join pg_class frel on frel.oid = con.confrelid
      join pg_namespace ns on ns.oid = rel.relnamespace
      where con.contype = 'f' and ns.nspname = current_schema()`);
    const fks = rowsOf<{ conname: string; table_name: string; foreign_table: string; columns: string[] | string }>(result);
    expect(fks.length).toBeGreaterThan(5);
    for (const fk of fks) {
      const columns = Array.isArray(fk.columns) ? fk.columns : String(fk.columns).replace(/[{}]/g, "").split(",");
      expect(columns, fk.conname).toContain("tenant_id");
      if (fk.foreign_table !== "tenants") expect(tables.has(fk.foreign_table), fk.conname).toBe(true);
    }
  });

  it("enables and forces row-level security on every tenant-owned table", async () => {
    const result = await database.handle.db.execute(sql`
      select relname, relrowsecurity, relforcerowsecurity from pg_class c
      join pg_namespace n on n.oid = c.relnamespace where n.nspname = current_schema() and c.relkind = 'r'`);
    const flags = new Map(rowsOf<{ relname: string; relrowsecurity: boolean; relforcerowsecurity: boolean }>(result).map((r) => [r.relname, r]));
    for (const table of await tenantTables(database.handle.db)) {
      expect(flags.get(table)?.relrowsecurity, table).toBe(true);
      expect(flags.get(table)?.relforcerowsecurity, table).toBe(true);
    }
  });

  // Only PostgreSQL can show this: PGlite runs as superuser, and superusers bypass RLS by design.
  if (target === "postgres") it("lets the database itself hide other tenants' rows (RLS, as a non-superuser)", async () => {
    const db = database.handle.db;
    const [a, b] = await withSystem(db, async (tx) =>
      tx.insert(tenants).values([{ slug: "rls-a", name: "A" }, { slug: "rls-b", name: "B" }]).returning(),
    );
    for (const tenant of [a!, b!]) {
      await withTenant(db, tenant.id, (tx) =>
        tx.insert(users).values({ tenantId: tenant.id, username: `u-${tenant.slug}`, displayName: "X", email: "x@x.example", passwordHash: "x", roles: ["controller"] }),
      );
    }
    // No WHERE clause: only the policy stands between tenant A and tenant B.
    const seenByA = await withTenant(db, a!.id, (tx) => tx.select({ username: users.username }).from(users));
    expect(seenByA.map((r) => r.username)).toEqual(["u-rls-a"]);
    const seenWithoutTenant = await db.transaction((tx) => tx.select().from(users));
    expect(seenWithoutTenant).toEqual([]);
    await expect(
      withTenant(db, a!.id, (tx) =>
        tx.insert(users).values({ tenantId: b!.id, username: "indringer", displayName: "X", email: "x@x.example", passwordHash: "x", roles: ["controller"] }),
      ),
    ).rejects.toThrow();
  });
});
