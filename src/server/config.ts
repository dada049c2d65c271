import { resolve } from "node:path";
import { z } from "zod";

const flag = z
  .enum(["0", "1", "true", "false", "yes", "no", "ja", "nee", ""])
  .transform((v) => v === "" || ["1", "true", "yes", "ja"].includes(v));

/** Environment variables understood at start; parsed once, then frozen. */
const envSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default("127.0.0.1"),
  BAATWIJZER_DATA_DIR: z.string().min(1).default("./data"),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, "DATABASE_URL moet beginnen met postgres:// of postgresql://")
    .optional(),
  BAATWIJZER_DEMO: flag.default(true),
  BAATWIJZER_SECURE_COOKIES: flag.optional(),
  BAATWIJZER_ENCRYPTION_KEY: z.string().optional(),
});

export interface Config {
  readonly port: number;
  readonly host: string;
  readonly dataDir: string;
  readonly databaseUrl: string | undefined;
  readonly demo: boolean;
  /** Secure cookies need HTTPS; on by default when running on PostgreSQL (production), off on a laptop. */
  readonly secureCookies: boolean;
  /** Base64 32-byte key for field encryption; required with DATABASE_URL. */
  readonly encryptionKey: string | undefined;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = envSchema.safeParse(Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== "")));
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `  ${issue.path.join(".")}: ${issue.message}`);
    throw new Error(`Ongeldige configuratie:\n${lines.join("\n")}`);
  }
  const e = parsed.data;
  return Object.freeze({
    port: e.PORT,
    host: e.HOST,
    dataDir: resolve(e.BAATWIJZER_DATA_DIR),
    databaseUrl: e.DATABASE_URL,
    demo: e.BAATWIJZER_DEMO,
    secureCookies: e.BAATWIJZER_SECURE_COOKIES ?? Boolean(e.DATABASE_URL),
    encryptionKey: e.BAATWIJZER_ENCRYPTION_KEY,
  });
}
