import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadEncryptionKey } from "./encryption-key";
import { createFieldCipher } from "./field-cipher";

describe("field cipher", () => {
  const cipher = createFieldCipher(randomBytes(32));

  it("round-trips and never repeats a ciphertext", () => {
    const a = cipher.encrypt("111222333");
    const b = cipher.encrypt("111222333");
    expect(a).not.toBe(b);
    expect(a).not.toContain("111222333");
    expect(cipher.decrypt(a)).toBe("111222333");
  });

  it("refuses a tampered ciphertext or the wrong key", () => {
    const token = cipher.encrypt("111222333");
    const parts = token.split(".");
    parts[3] = Buffer.from("999999999").toString("base64url");
    expect(() => cipher.decrypt(parts.join("."))).toThrow();
    expect(() => createFieldCipher(randomBytes(32)).decrypt(token)).toThrow();
  });
});

describe("loadEncryptionKey", () => {
  it("creates a private key file in the data folder once and reuses it", () => {
    const dir = mkdtempSync(join(tmpdir(), "bw-key-"));
    try {
      const first = loadEncryptionKey({ dataDir: dir, postgres: false });
      expect(loadEncryptionKey({ dataDir: dir, postgres: false }).equals(first)).toBe(true);
      expect(statSync(join(dir, "encryption.key")).mode & 0o777).toBe(0o600);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("requires an explicit key on PostgreSQL and checks its length", () => {
    expect(() => loadEncryptionKey({ postgres: true })).toThrow(/BAATWIJZER_ENCRYPTION_KEY/);
    expect(() => loadEncryptionKey({ envKey: Buffer.alloc(16).toString("base64"), postgres: true })).toThrow(/32 bytes/);
    expect(loadEncryptionKey({ envKey: randomBytes(32).toString("base64"), postgres: true })).toHaveLength(32);
  });
});
