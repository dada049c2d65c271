import { randomBytes } from "node:crypto";
import type { Hono } from "hono";
import { hash } from "@node-rs/argon2";
import { createAccountsRepository } from "../../db/repositories/accounts";
import { tenants } from "../../db/schema/index";
import { withSystem, withTenant } from "../../db/tenant-context";
import type { PasswordHasher } from "../../domain/accounts/repository";
import type { Role } from "../../domain/access/roles";
import { DEMO_PASSWORD } from "../../demo/accounts";
import { seedDemoIfEmpty } from "../../demo/seed";
import { createApp } from "../app";
import { argon2Hasher } from "../auth/password-hasher";
import { createFieldCipher } from "../crypto/field-cipher";
import { type TestDatabase, type TestTarget, openTestDatabase } from "../../db/testing/databases";

/** Cheaper argon2id parameters for tests only (the production setting is in auth/password-hasher.ts). */
export const fastHasher: PasswordHasher = {
  hash: (password) => hash(password, { memoryCost: 1024, timeCost: 1, parallelism: 1 }),
  verify: argon2Hasher.verify,
};

/** A random key per test process. */
export const testCipher = createFieldCipher(randomBytes(32));

export interface Harness {
  readonly app: Hono;
  readonly database: TestDatabase;
  readonly clock: { now: Date };
  /** Logs in and returns a client that sends the cookie and CSRF token. */
  login(username: string, password?: string, tenant?: string): Promise<Client>;
  close(): Promise<void>;
}

export interface Client {
  readonly cookie: string;
  readonly csrfToken: string;
  request(method: string, path: string, body?: unknown, headers?: Record<string, string>): Promise<Response>;
}

/** One migrated database with the demo tenant, and the app on it, in-process (app.request()). */
export async function createHarness(target: TestTarget): Promise<Harness> {
  const database = await openTestDatabase(target);
  await seedDemoIfEmpty(database.handle.db, fastHasher);
  const clock = { now: new Date() };
  const app = createApp({ database: database.handle, passwords: fastHasher, cipher: testCipher, now: () => clock.now, secureCookies: false, demo: true, webRoot: null });
  const harness: Harness = {
    app,
    database,
    clock,
    async login(username, password = DEMO_PASSWORD, tenant) {
      const response = await app.request("/api/v1/auth/login", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ username, password, ...(tenant ? { tenant } : {}) }),
      });
      if (response.status !== 200) throw new Error(`login ${username} → ${response.status} ${await response.text()}`);
      const cookie = (response.headers.get("set-cookie") ?? "").split(";")[0]!;
      const { csrfToken } = (await response.json()) as { csrfToken: string };
      return clientFor(app, cookie, csrfToken);
    },
    close: () => database.dispose(),
  };
  return harness;
}

export function clientFor(app: Hono, cookie: string, csrfToken: string): Client {
  return {
    cookie,
    csrfToken,
    async request(method, path, body, headers = {}) {
      return app.request(path, {
        method,
        headers: {
          cookie,
          "x-csrf-token": csrfToken,
          ...(body === undefined ? {} : { "content-type": "application/json" }),
          ...headers,
        },
        body: body === undefined ? undefined : typeof body === "string" ? body : JSON.stringify(body),
      });
    },
  };
}

/** A second tenant with one user, to prove isolation. */
export async function createOtherTenant(harness: Harness, username: string, roles: Role[]): Promise<{ tenantId: string; userId: string }> {
  const db = harness.database.handle.db;
  const tenantId = await withSystem(db, async (tx) => {
    const [row] = await tx.insert(tenants).values({ slug: `ander-${Date.now()}`, name: "Gemeente Anders" }).returning();
    return row!.id;
  });
  const user = await withTenant(db, tenantId, async (tx) =>
    createAccountsRepository(tx).insertUser(tenantId, {
      username,
      displayName: "Ander Persoon",
      email: `${username}@anders.example`,
      passwordHash: await fastHasher.hash(DEMO_PASSWORD),
      roles,
      teamIds: [],
    }),
  );
  return { tenantId, userId: user.id };
}
