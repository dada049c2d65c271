import { hash, verify } from "@node-rs/argon2";
import type { PasswordHasher } from "../../domain/accounts/repository";

/**
 * argon2id with the OWASP Password Storage Cheat Sheet's first recommended setting
 * (m = 19 MiB, t = 2, p = 1). The library's default algorithm is argon2id (checked in password-hasher.test.ts).
 */
export const argon2Hasher: PasswordHasher = {
  hash: (password) => hash(password, { memoryCost: 19_456, timeCost: 2, parallelism: 1 }),
  verify: (hashed, password) => verify(hashed, password),
};
