import { createCipheriv, createDecipheriv, randomBytes } from "node:crypto";
import type { FieldCipher } from "../../domain/households/repository";

const VERSION = "v1";

/**
 * AES-256-GCM per field: `v1.<iv>.<tag>.<ciphertext>` in base64url, a fresh 96-bit IV each time
 * (NIST SP 800-38D). The tenant-independent key comes from BAATWIJZER_ENCRYPTION_KEY (encryption-key.ts).
 */
export function createFieldCipher(key: Buffer): FieldCipher {
  if (key.length !== 32) throw new Error("De versleutelsleutel moet 32 bytes zijn");
  return {
    encrypt(plain) {
      const iv = randomBytes(12);
      const cipher = createCipheriv("aes-256-gcm", key, iv);
      const body = Buffer.concat([cipher.update(plain, "utf8"), cipher.final()]);
      return [VERSION, iv.toString("base64url"), cipher.getAuthTag().toString("base64url"), body.toString("base64url")].join(".");
    },
    decrypt(token) {
      const [version, iv, tag, body] = token.split(".");
      if (version !== VERSION || !iv || !tag || body === undefined) throw new Error("Onbekend versleutelformaat");
      const decipher = createDecipheriv("aes-256-gcm", key, Buffer.from(iv, "base64url"));
      decipher.setAuthTag(Buffer.from(tag, "base64url"));
      return Buffer.concat([decipher.update(Buffer.from(body, "base64url")), decipher.final()]).toString("utf8");
    },
  };
}
