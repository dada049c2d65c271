import { existsSync } from "node:fs";
import type { AddressInfo } from "node:net";
import { fileURLToPath } from "node:url";
import { serve } from "@hono/node-server";
import { openDatabase } from "../db/connection";
import { migrateDatabase } from "../db/migrate";
import { seedDemoIfEmpty } from "../demo/seed";
import { createApp } from "./app";
import { argon2Hasher } from "./auth/password-hasher";
import { loadEncryptionKey } from "./crypto/encryption-key";
import { createFieldCipher } from "./crypto/field-cipher";
import { scheduleRetention } from "./jobs/retention";

/** Fictional households in the demo municipality: enough for every screen to show something real. */
export const DEMO_HOUSEHOLDS = 300;

export const DEFAULT_WEB_ROOT = fileURLToPath(new URL("../../dist/web", import.meta.url));

export interface StartOptions {
  readonly port?: number;
  readonly host?: string;
  /** PGlite data folder; absent (and no databaseUrl) means an in-memory database. */
  readonly dataDir?: string;
  readonly databaseUrl?: string;
  readonly demo?: boolean;
  readonly webRoot?: string;
  readonly secureCookies?: boolean;
  /** Base64 32-byte key for field encryption (BAATWIJZER_ENCRYPTION_KEY); see crypto/encryption-key.ts. */
  readonly encryptionKey?: string;
  readonly quiet?: boolean;
  /** Fictional households for a new demo database (default none; `baatwijzer start` asks for DEMO_HOUSEHOLDS). */
  readonly sampleHouseholds?: number;
}

export interface RunningServer {
  readonly url: string;
  readonly seededDemo: boolean;
  close(): Promise<void>;
}

/** Opens the database, migrates, seeds the demo when empty and listens. */
export async function startServer(options: StartOptions = {}): Promise<RunningServer> {
  const cipher = createFieldCipher(loadEncryptionKey({ envKey: options.encryptionKey, dataDir: options.dataDir, postgres: Boolean(options.databaseUrl) }));
  const database = await openDatabase(options.databaseUrl ? { kind: "postgres", url: options.databaseUrl } : { kind: "pglite", dataDir: options.dataDir });
  try {
    await migrateDatabase(database);
    const demo = options.demo ?? true;
    const seededDemo = demo ? await seedDemoIfEmpty(database.db, argon2Hasher, { sampleHouseholds: options.sampleHouseholds ?? 0 }) : false;
    const webRoot = options.webRoot ?? DEFAULT_WEB_ROOT;
    const app = createApp({
      database,
      passwords: argon2Hasher,
      cipher,
      now: () => new Date(),
      secureCookies: options.secureCookies ?? false,
      demo,
      webRoot: existsSync(webRoot) ? webRoot : null,
    });
    const server = await new Promise<ReturnType<typeof serve>>((resolve, reject) => {
      const s = serve({ fetch: app.fetch, port: options.port ?? 3000, hostname: options.host ?? "127.0.0.1" }, () => resolve(s));
      s.once("error", reject);
    });
    const stopRetention = scheduleRetention(database.db, () => new Date());
    const address = server.address() as AddressInfo;
    const host = address.family === "IPv6" ? `[${address.address}]` : address.address;
    return {
      url: `http://${host === "0.0.0.0" ? "localhost" : host}:${address.port}`,
      seededDemo,
      async close() {
        stopRetention();
        await new Promise<void>((resolve) => server.close(() => resolve()));
        await database.close();
      },
    };
  } catch (error) {
    await database.close();
    throw error;
  }
}
