import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

/**
 * Where the field-encryption key comes from:
 * 1. BAATWIJZER_ENCRYPTION_KEY (32 bytes, base64) — required on PostgreSQL, keep it in a secret store;
 * 2. on the embedded database, `<data dir>/encryption.key`, created on first start (mode 0600);
 * 3. an in-memory database (tests) gets a random key for the life of the process.
 */
export function loadEncryptionKey(options: { envKey?: string; dataDir?: string; postgres: boolean }): Buffer {
  if (options.envKey) {
    const key = Buffer.from(options.envKey, "base64");
    if (key.length !== 32) throw new Error("BAATWIJZER_ENCRYPTION_KEY moet 32 bytes in base64 zijn (maak er een met: openssl rand -base64 32)");
    return key;
  }
  if (options.postgres) {
    throw new Error("Zet BAATWIJZER_ENCRYPTION_KEY (openssl rand -base64 32) om Baatwijzer op PostgreSQL te draaien.");
  }
  if (!options.dataDir) return randomBytes(32);
  const path = join(options.dataDir, "encryption.key");
  if (existsSync(path)) return Buffer.from(readFileSync(path, "utf8").trim(), "base64");
  mkdirSync(options.dataDir, { recursive: true });
  const key = randomBytes(32);
  writeFileSync(path, key.toString("base64"), { mode: 0o600 });
  return key;
}
