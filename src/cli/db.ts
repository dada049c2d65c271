import { openDatabase } from "../db/connection";
import { migrateDatabase } from "../db/migrate";
import { loadConfig } from "../server/config";
import type { CliIo } from "./io";

/** `baatwijzer db migrate`: apply the SQL migrations and row-level security, then exit. */
export async function runDbCommand(args: string[], io: CliIo): Promise<number> {
  if (args[0] !== "migrate") {
    io.stderr("Gebruik: baatwijzer db migrate");
    return 2;
  }
  const config = loadConfig();
  const database = await openDatabase(config.databaseUrl ? { kind: "postgres", url: config.databaseUrl } : { kind: "pglite", dataDir: config.dataDir });
  try {
    await migrateDatabase(database);
    io.stdout(`Migraties toegepast op ${config.databaseUrl ? "PostgreSQL" : config.dataDir}.`);
    return 0;
  } finally {
    await database.close();
  }
}
