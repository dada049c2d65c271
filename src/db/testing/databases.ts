import { randomBytes } from "node:crypto";
import pg from "pg";
import { type DatabaseHandle, openDatabase } from "../connection";
import { migrateDatabase } from "../migrate";

export type TestTarget = "pglite" | "postgres";

/**
 * The databases an integration test runs on: always PGlite, and PostgreSQL when TEST_DATABASE_URL is
 * set. In CI a missing TEST_DATABASE_URL is an error, so the PostgreSQL suite cannot silently vanish.
 */
export function testTargets(): TestTarget[] {
  if (process.env.TEST_DATABASE_URL) return ["pglite", "postgres"];
  if (process.env.CI === "true") throw new Error("CI=true maar TEST_DATABASE_URL ontbreekt: de PostgreSQL-tests moeten draaien.");
  return ["pglite"];
}

export interface TestDatabase {
  readonly handle: DatabaseHandle;
  /** Connection URL of the throw-away PostgreSQL database; undefined for PGlite. */
  readonly url?: string;
  dispose(): Promise<void>;
}

/**
 * A fresh, migrated database per test file: an in-memory PGlite, or a new database on the test
 * PostgreSQL server (created here, dropped in dispose) so files can run in parallel.
 */
export async function openTestDatabase(target: TestTarget): Promise<TestDatabase> {
  if (target === "pglite") {
    const handle = await openDatabase({ kind: "pglite" });
    await migrateDatabase(handle);
    return { handle, dispose: () => handle.close() };
  }
  const baseUrl = process.env.TEST_DATABASE_URL;
  if (!baseUrl) throw new Error("TEST_DATABASE_URL ontbreekt");
  const name = `bw_test_${randomBytes(6).toString("hex")}`;
  const admin = new pg.Client({ connectionString: baseUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(baseUrl);
  url.pathname = `/${name}`;
  const handle = await openDatabase({ kind: "postgres", url: url.toString() });
  await migrateDatabase(handle);
  return {
    handle,
    url: url.toString(),
    async dispose() {
      await handle.close();
      await dropTestDatabase(baseUrl, name);
    },
  };
}

/**
 * Drops a throw-away database. A plain DROP first: PostgreSQL itself stops an autovacuum worker that is
 * busy in it, whereas WITH (FORCE) refuses outright when that worker is there and the test role lacks
 * pg_signal_backend (CI's role is deliberately not a superuser). FORCE stays the fallback for a client
 * connection a test left open, after which a short retry covers a worker that was just starting.
 */
async function dropTestDatabase(baseUrl: string, name: string): Promise<void> {
  const cleanup = new pg.Client({ connectionString: baseUrl });
  await cleanup.connect();
  try {
    let lastError: unknown;
    for (let attempt = 0; attempt < 5; attempt++) {
      try {
        await cleanup.query(attempt % 2 === 0 ? `drop database if exists ${name}` : `drop database if exists ${name} with (force)`);
        return;
      } catch (error) {
        lastError = error;
        await new Promise((resolve) => setTimeout(resolve, 200 * (attempt + 1)));
      }
    }
    throw lastError;
  } finally {
    await cleanup.end();
  }
}
