import { sql } from "drizzle-orm";
import pg from "pg";
import { describe, expect, it } from "vitest";
import { rowsOf } from "../rls";
import { openTestDatabase, testTargets } from "./databases";

const baseUrl = process.env.TEST_DATABASE_URL;

async function databaseExists(name: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: baseUrl });
  await client.connect();
  try {
    const result = await client.query("select 1 from pg_database where datname = $1", [name]);
    return result.rowCount === 1;
  } finally {
    await client.end();
  }
}

describe.each(testTargets())("test databases (%s)", (target) => {
  it("gives a migrated database and closes it on dispose", async () => {
    const database = await openTestDatabase(target);
    const tables = await database.handle.db.execute(sql`select count(*)::int as n from information_schema.tables where table_name = 'users'`);
    expect(rowsOf(tables)).toEqual([{ n: 1 }]);
    await database.dispose();
    expect(await database.handle.ping(1000)).toBe(false);
    if (target === "postgres") expect(await databaseExists(new URL(database.url ?? "").pathname.slice(1))).toBe(false);
  });
});

describe.each(testTargets().filter((target) => target === "postgres"))("throw-away databases (%s)", (target) => {
  it("still drops the database when a test left a connection open", async () => {
    const database = await openTestDatabase(target);
    const name = new URL(database.url ?? "").pathname.slice(1);
    const forgotten = new pg.Client({ connectionString: database.url });
    forgotten.on("error", () => {}); // the forced drop ends this connection from the server side
    await forgotten.connect();
    await database.dispose();
    expect(await databaseExists(name)).toBe(false);
    await forgotten.end().catch(() => {});
  });
});
