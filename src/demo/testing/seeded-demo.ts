import { hash, verify } from "@node-rs/argon2";
import type { Db } from "../../db/connection";
import { tenants } from "../../db/schema/index";
import { withSystem } from "../../db/tenant-context";
import { type TestDatabase, type TestTarget, openTestDatabase } from "../../db/testing/databases";
import type { PasswordHasher } from "../../domain/accounts/repository";
import { seedDemoIfEmpty } from "../seed";

/** Cheap argon2id settings: the demo accounts are not what the demo tests are about. */
export const fastHasher: PasswordHasher = { hash: (password) => hash(password, { memoryCost: 1024, timeCost: 1, parallelism: 1 }), verify };

/** The one tenant of a demo database. */
export const demoTenantId = (db: Db): Promise<string> => withSystem(db, async (tx) => (await tx.select().from(tenants))[0]!.id);

/** A fresh test database with the demo seeded (dispose it in afterAll), and the demo tenant's id. */
export async function openSeededDemo(target: TestTarget, options: Parameters<typeof seedDemoIfEmpty>[2]): Promise<{ database: TestDatabase; tenantId: string }> {
  const database = await openTestDatabase(target);
  try {
    await seedDemoIfEmpty(database.handle.db, fastHasher, options);
    return { database, tenantId: await demoTenantId(database.handle.db) };
  } catch (error) {
    await database.dispose(); // the caller never gets it to dispose
    throw error;
  }
}
